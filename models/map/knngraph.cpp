#include "map/knngraph.h"

#include "map/mapterms.h"

#include <algorithm>
#include <numeric>

namespace {
constexpr Eigen::Index kBlock = 256;

std::vector<quint32> allRows(Eigen::Index n)
{
    std::vector<quint32> rows(static_cast<size_t>(n));
    std::iota(rows.begin(), rows.end(), 0u);
    return rows;
}

Lsa::Matrix gather(const Lsa::Matrix &space, const quint32 *rows, Eigen::Index count)
{
    Lsa::Matrix out(count, space.cols());
    for (Eigen::Index r = 0; r < count; ++r)
        out.row(r) = space.row(rows[r]);
    return out;
}

// The `count` candidates with the largest similarity in one row, `self` excluded; ties broken by
// index, so the graph does not depend on the sort's implementation.
std::vector<quint32> topCandidates(const Eigen::Ref<const Eigen::RowVectorXf> &row, const std::vector<quint32> &ids,
                                   quint32 self, size_t count)
{
    std::vector<quint32> order;
    order.reserve(ids.size());
    for (size_t j = 0; j < ids.size(); ++j)
        if (ids[j] != self)
            order.push_back(quint32(j));
    count = std::min(count, order.size());
    std::partial_sort(order.begin(), order.begin() + ptrdiff_t(count), order.end(), [&row](quint32 a, quint32 b) {
        return row(a) != row(b) ? row(a) > row(b) : a < b;
    });
    order.resize(count);
    for (quint32 &j : order)
        j = ids[j];
    return order;
}

std::vector<KnnGraph::Neighbour> rerank(const MapTerms &terms, quint32 i, const std::vector<quint32> &rows, size_t k)
{
    std::vector<KnnGraph::Neighbour> found;
    if (terms.isEmptyRow(i))
        return found;
    for (quint32 j : rows)
        if (!terms.isEmptyRow(j))
            found.push_back({j, terms.cosine(i, j)});
    std::sort(found.begin(), found.end(), [](const KnnGraph::Neighbour &a, const KnnGraph::Neighbour &b) {
        return a.similarity != b.similarity ? a.similarity > b.similarity : a.row < b.row;
    });
    found.resize(std::min(found.size(), k));
    return found;
}
} // namespace

bool KnnGraph::build(const Lsa::Matrix &space, const MapTerms &terms, int k, const std::vector<quint32> &queries,
                     const std::vector<quint32> &candidates, const std::atomic<bool> *cancelled)
{
    const std::vector<quint32> q = queries.empty() ? allRows(space.rows()) : queries;
    const std::vector<quint32> c = candidates.empty() ? allRows(space.rows()) : candidates;
    const Lsa::Matrix candidateSpace = gather(space, c.data(), Eigen::Index(c.size()));
    m_offsets.assign(1, 0);
    m_entries.clear();
    const size_t wanted = size_t(k) * kCandidateFactor;
    for (size_t begin = 0; begin < q.size(); begin += kBlock) {
        if (cancelled && cancelled->load())
            return false;
        const Eigen::Index rows = Eigen::Index(std::min(size_t(kBlock), q.size() - begin));
        const Lsa::Matrix sims = gather(space, q.data() + begin, rows) * candidateSpace.transpose();
        for (Eigen::Index r = 0; r < rows; ++r) {
            const quint32 i = q[begin + size_t(r)];
            const auto found = rerank(terms, i, topCandidates(sims.row(r), c, i, wanted), size_t(k));
            m_entries.insert(m_entries.end(), found.begin(), found.end());
            m_offsets.push_back(quint32(m_entries.size()));
        }
    }
    return true;
}
