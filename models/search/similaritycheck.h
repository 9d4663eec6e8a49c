#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <set>
#include <vector>

class Corpus;
class SemanticSpace;
class SimilarityIndex;

// Ground truth "shares an author with a query paper" (skimmer-similarity-bench and the self-check).
class SharedAuthors
{
public:
    explicit SharedAuthors(const Corpus &corpus);
    bool shares(const std::vector<qsizetype> &query, qsizetype row) const;
    // Rows that share an author with at least one other paper, ascending.
    std::vector<qsizetype> papersWithPeers() const;
    // Each author's rows, ascending; authors sorted by name.
    QStringList names() const;
    const std::vector<qsizetype> &rowsOf(const QString &author) const;

private:
    std::vector<std::set<QString>> m_authors; // per row
    QHash<QString, std::vector<qsizetype>> m_rows;
};

// The per-corpus decision whether similar papers use the semantic blend (SemanticSpace) or tf-idf
// alone: precision@10 of "shares an author with the query paper" over up to kSample papers that
// share an author with another (evenly spaced, so deterministic), for both. The blend only when it
// wins by kMinGain absolute and kMinRelativeGain relative over at least kMinQueries queries; with
// 50-ish queries of 10 results a smaller gain is a few hits, within the noise of the sample.
struct SimilarityCheck
{
    static constexpr int kSample = 300, kMinQueries = 50, kDepth = 10;
    static constexpr double kMinGain = 0.005, kMinRelativeGain = 0.05;

    bool ran = false; // false: too few papers with a shared author (or never checked)
    int queries = 0;
    double tfidfPrecision = 0, blendPrecision = 0;

    bool blends() const
    {
        return ran && queries >= kMinQueries && blendPrecision - tfidfPrecision >= kMinGain
            && blendPrecision >= tfidfPrecision * (1 + kMinRelativeGain);
    }
    QString describe() const;
    // The sample of rows the check queries (ascending).
    static std::vector<qsizetype> sample(const SharedAuthors &authors);
    static SimilarityCheck run(const Corpus &corpus, const SimilarityIndex &index, const SemanticSpace &space);
    // The same, building the corpus's tf-idf index only when enough papers share an author (the map's
    // worker thread: slow).
    static SimilarityCheck forCorpus(const Corpus &corpus, const SemanticSpace &space,
                                     const std::atomic<bool> *cancelled = nullptr);
};
