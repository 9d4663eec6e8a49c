#pragma once

#include "search/similaritycheck.h"
#include "search/similarityindex.h"

#include <QList>

#include <memory>
#include <vector>

// The map's semantic space (LSA, models/map/lsa.h) kept for "similar papers": one unit vector per
// paper, quantised to 8 bits a dimension (a quarter of the floats' memory; cosines within about
// ±0.01). similar() and similarToAll() re-order tf-idf's kCandidates best matches by a blend of
// their tf-idf cosine and their cosine here — measured better than either alone against shared
// authors and planted topics (skimmer-similarity-bench --quality, README "Reading") — and keep
// tf-idf's shared terms as the explanation. Whether the app uses it at all is the corpus's own
// self-check (SimilarityCheck, set once by whoever builds the space). Immutable once shared.
class SemanticSpace
{
public:
    static constexpr int kCandidates = 50;
    static constexpr double kTfidfWeight = 0.7; // the rest is the semantic cosine (README "Reading": 0.5 and 0.85 did worse)

    // rows × dimensions floats, row-major, each row of unit length or zero.
    static std::shared_ptr<SemanticSpace> fromRows(const float *data, qsizetype rows, int dimensions);
    // Codes as codes() gives them; null when their size is not rows × dimensions.
    static std::shared_ptr<SemanticSpace> fromCodes(std::vector<qint8> codes, qsizetype rows, int dimensions);

    qsizetype size() const { return m_rows; }
    int dimensions() const { return m_dimensions; }
    const std::vector<qint8> &codes() const { return m_codes; }
    // The corpus's self-check; blends() false (tf-idf alone) until one ran and picked the blend.
    const SimilarityCheck &check() const { return m_check; }
    void setCheck(const SimilarityCheck &check) { m_check = check; }
    bool blends() const { return m_check.blends(); }
    // Cosine of two papers' vectors (0 when one is zero).
    float cosine(qsizetype a, qsizetype b) const;

    // The papers most like `row` / all of `rows`, best first, never a query row; empty when the
    // index is of a corpus of another size than this space.
    QList<SimilarityIndex::Match> similar(const SimilarityIndex &index, qsizetype row, int count) const;
    QList<SimilarityIndex::Match> similarToAll(const SimilarityIndex &index, const QList<qsizetype> &rows, int count) const;

private:
    SemanticSpace(std::vector<qint8> codes, qsizetype rows, int dimensions);
    // Re-orders the candidates by their blended score against the unit vector `query`.
    QList<SimilarityIndex::Match> rerank(QList<SimilarityIndex::Match> candidates, const std::vector<float> &query,
                                         int count) const;
    std::vector<float> unitCentroid(const QList<qsizetype> &rows) const;

    std::vector<qint8> m_codes;
    std::vector<float> m_norms; // per row, of its codes
    qsizetype m_rows = 0;
    int m_dimensions = 0;
    SimilarityCheck m_check;
};
