#include "search/semanticspace.h"

#include <algorithm>
#include <cmath>

std::shared_ptr<SemanticSpace> SemanticSpace::fromRows(const float *data, qsizetype rows, int dimensions)
{
    std::vector<qint8> codes(size_t(rows) * size_t(std::max(0, dimensions)));
    for (size_t i = 0; i < codes.size(); ++i)
        codes[i] = qint8(std::lround(std::clamp(data[i], -1.f, 1.f) * 127.f));
    return fromCodes(std::move(codes), rows, dimensions);
}

std::shared_ptr<SemanticSpace> SemanticSpace::fromCodes(std::vector<qint8> codes, qsizetype rows, int dimensions)
{
    if (rows < 0 || dimensions < 0 || codes.size() != size_t(rows) * size_t(dimensions))
        return nullptr;
    return std::shared_ptr<SemanticSpace>(new SemanticSpace(std::move(codes), rows, dimensions));
}

SemanticSpace::SemanticSpace(std::vector<qint8> codes, qsizetype rows, int dimensions)
    : m_codes(std::move(codes)), m_norms(size_t(rows), 0.f), m_rows(rows), m_dimensions(dimensions)
{
    for (qsizetype i = 0; i < rows; ++i) {
        const qint8 *v = m_codes.data() + i * dimensions;
        qint64 sum = 0;
        for (int d = 0; d < dimensions; ++d)
            sum += int(v[d]) * int(v[d]);
        m_norms[size_t(i)] = float(std::sqrt(double(sum)));
    }
}

float SemanticSpace::cosine(qsizetype a, qsizetype b) const
{
    if (a < 0 || b < 0 || a >= m_rows || b >= m_rows || m_norms[size_t(a)] == 0 || m_norms[size_t(b)] == 0)
        return 0;
    const qint8 *x = m_codes.data() + a * m_dimensions, *y = m_codes.data() + b * m_dimensions;
    qint64 dot = 0;
    for (int d = 0; d < m_dimensions; ++d)
        dot += int(x[d]) * int(y[d]);
    return float(double(dot) / (double(m_norms[size_t(a)]) * m_norms[size_t(b)]));
}

std::vector<float> SemanticSpace::unitCentroid(const QList<qsizetype> &rows) const
{
    std::vector<float> c(size_t(m_dimensions), 0.f);
    for (const qsizetype r : rows) {
        if (r < 0 || r >= m_rows || m_norms[size_t(r)] == 0)
            continue;
        const qint8 *v = m_codes.data() + r * m_dimensions;
        for (int d = 0; d < m_dimensions; ++d)
            c[size_t(d)] += float(v[d]) / m_norms[size_t(r)];
    }
    double norm = 0;
    for (const float x : c)
        norm += double(x) * x;
    if (norm > 0)
        for (float &x : c)
            x = float(x / std::sqrt(norm));
    return c;
}

QList<SimilarityIndex::Match> SemanticSpace::rerank(QList<SimilarityIndex::Match> candidates,
                                                    const std::vector<float> &query, int count) const
{
    for (SimilarityIndex::Match &m : candidates) {
        double dot = 0;
        const qint8 *v = m_codes.data() + m.row * m_dimensions;
        for (int d = 0; d < m_dimensions; ++d)
            dot += double(v[d]) * query[size_t(d)];
        const double semantic = m_norms[size_t(m.row)] > 0 ? std::max(0.0, dot / m_norms[size_t(m.row)]) : 0;
        m.score = std::min(1.0, kTfidfWeight * m.score + (1 - kTfidfWeight) * semantic);
    }
    // Stable, and tf-idf's order breaks ties: the same input always gives the same list.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto &a, const auto &b) { return a.score > b.score; });
    if (candidates.size() > count)
        candidates.resize(std::max(0, count));
    return candidates;
}

QList<SimilarityIndex::Match> SemanticSpace::similar(const SimilarityIndex &index, qsizetype row, int count) const
{
    if (index.paperCount() != m_rows || row < 0 || row >= m_rows || count <= 0)
        return {};
    return rerank(index.similar(row, std::max(count, kCandidates)), unitCentroid({row}), count);
}

QList<SimilarityIndex::Match> SemanticSpace::similarToAll(const SimilarityIndex &index, const QList<qsizetype> &rows,
                                                          int count) const
{
    if (index.paperCount() != m_rows || count <= 0)
        return {};
    return rerank(index.similarToAll(rows, std::max(count, kCandidates)), unitCentroid(rows), count);
}
