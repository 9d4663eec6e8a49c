#include "facets/authorcounter.h"

#include <algorithm>
#include <bit>

namespace {
// Buckets of the histogram that finds where the first N authors end.
constexpr quint32 kBuckets = 4096;
} // namespace

void AuthorCounter::setIndex(const AuthorIndex *index)
{
    m_index = index;
    const size_t n = index ? size_t(index->size()) : 0;
    m_counts.assign(n, 0);
    m_skip.assign(n, 0);
    m_touched.clear();
    m_dense = false;
    m_distinct = 0;
}

void AuthorCounter::clear()
{
    if (m_dense)
        std::fill(m_counts.begin(), m_counts.end(), 0);
    else
        for (Id id : m_touched)
            m_counts[id] = 0;
    m_touched.clear();
    m_dense = false;
    m_distinct = 0;
}

void AuthorCounter::count(std::span<const quint32> rows)
{
    clear();
    if (!m_index)
        return;
    const auto papers = size_t(m_index->paperCount());
    // Rows come in rank order, scattered over the corpus. Many of them are visited in corpus order
    // through a bitmap, so the per-paper lists are read front to back; a repeated row (which the
    // bitmap cannot hold twice) falls back to the plain loop.
    if (rows.size() * 32 > papers && markRows(rows)) {
        if (rows.size() * 2 > papers)
            countAllBut();
        else
            countMarked();
        return;
    }
    countRows(rows);
}

void AuthorCounter::countCoauthors(Id subject)
{
    clear();
    if (!m_index || subject >= m_counts.size())
        return;
    countRows(m_index->rowsOf(subject));
    if (m_counts[subject] > 0) {
        m_counts[subject] = 0;
        m_touched.erase(std::find(m_touched.begin(), m_touched.end(), subject));
        --m_distinct;
    }
}

void AuthorCounter::countRows(std::span<const quint32> rows)
{
    quint32 *counts = m_counts.data();
    for (quint32 row : rows) {
        for (Id id : m_index->authorsOf(row)) {
            if (counts[id]++ == 0)
                m_touched.push_back(id);
        }
    }
    m_distinct = qsizetype(m_touched.size());
}

// False when a row repeats.
bool AuthorCounter::markRows(std::span<const quint32> rows)
{
    m_rowBits.assign((size_t(m_index->paperCount()) + 63) / 64, 0);
    for (quint32 row : rows) {
        const quint64 bit = quint64(1) << (row & 63);
        if (m_rowBits[row >> 6] & bit)
            return false;
        m_rowBits[row >> 6] |= bit;
    }
    return true;
}

// Dense like the complement: with this many papers, a pass over the whole count array (in id
// order) is cheaper afterwards than visiting a long list of scattered ids.
void AuthorCounter::countMarked()
{
    quint32 *counts = m_counts.data();
    for (size_t w = 0; w < m_rowBits.size(); ++w) {
        for (quint64 bits = m_rowBits[w]; bits; bits &= bits - 1) {
            for (Id id : m_index->authorsOf(quint32(w * 64 + size_t(std::countr_zero(bits)))))
                ++counts[id];
        }
    }
    m_dense = true;
    m_distinct = qsizetype(std::count_if(m_counts.begin(), m_counts.end(), [](quint32 c) { return c != 0; }));
}

// Corpus-wide counts minus the papers that are not marked.
void AuthorCounter::countAllBut()
{
    const auto papers = size_t(m_index->paperCount());
    quint32 *counts = m_counts.data();
    for (Id id = 0; id < Id(m_counts.size()); ++id)
        counts[id] = m_index->corpusCount(id);
    for (size_t w = 0; w < m_rowBits.size(); ++w) {
        quint64 missing = ~m_rowBits[w];
        if (w + 1 == m_rowBits.size() && papers % 64)
            missing &= (quint64(1) << (papers % 64)) - 1;
        for (; missing; missing &= missing - 1) {
            for (Id id : m_index->authorsOf(quint32(w * 64 + size_t(std::countr_zero(missing)))))
                --counts[id];
        }
    }
    m_dense = true;
    m_distinct = qsizetype(std::count_if(m_counts.begin(), m_counts.end(), [](quint32 c) { return c != 0; }));
}

std::vector<AuthorCounter::Entry> AuthorCounter::top(size_t limit, Order order, std::span<const Id> skip,
                                                     qsizetype *total)
{
    if (!m_dense)
        return topOf(m_touched, limit, order, skip, total);
    // Every id may be counted: a pass over the array, not a list of ids.
    const auto all = [this](auto &&visit) {
        for (Id id = 0; id < Id(m_counts.size()); ++id)
            visit(id);
    };
    return select(all, limit, order, skip, total);
}

std::vector<AuthorCounter::Entry> AuthorCounter::topOf(std::span<const Id> candidates, size_t limit, Order order,
                                                       std::span<const Id> skip, qsizetype *total)
{
    const auto some = [candidates](auto &&visit) {
        for (Id id : candidates)
            visit(id);
    };
    return select(some, limit, order, skip, total);
}

// Two passes over the candidates: a histogram of where each would sort (by count, or by name
// rank) finds the bucket where the first `limit` end; only the authors up to it are sorted.
template<typename ForEach>
std::vector<AuthorCounter::Entry> AuthorCounter::select(ForEach forEachCandidate, size_t limit, Order order,
                                                        std::span<const Id> skip, qsizetype *total)
{
    *total = 0;
    if (!m_index)
        return {};
    for (Id id : skip)
        m_skip[id] = 1;
    std::vector<quint64> keys = candidateKeys(forEachCandidate, limit, order, total);
    for (Id id : skip)
        m_skip[id] = 0;
    return entries(std::move(keys), limit);
}

template<typename ForEach>
std::vector<quint64> AuthorCounter::candidateKeys(ForEach forEachCandidate, size_t limit, Order order,
                                                  qsizetype *total) const
{
    const quint32 *counts = m_counts.data();
    const quint8 *skip = m_skip.data();
    const AuthorIndex &index = *m_index;
    const auto authors = quint64(std::max<qsizetype>(1, index.size()));
    const auto bucketOf = [&](Id id) {
        return order == Order::ByCount ? kBuckets - 1 - std::min(counts[id], kBuckets - 1)
                                       : quint32(quint64(index.nameRank(id)) * kBuckets / authors);
    };
    std::vector<quint32> histogram(kBuckets, 0);
    qsizetype n = 0;
    forEachCandidate([&](Id id) {
        if (counts[id] && !skip[id]) {
            ++histogram[bucketOf(id)];
            ++n;
        }
    });
    *total = n;
    const quint32 cut = countThreshold(histogram, limit);
    std::vector<quint64> keys;
    keys.reserve(std::min<size_t>(size_t(n), limit * 2 + 16));
    forEachCandidate([&](Id id) {
        if (counts[id] && !skip[id] && bucketOf(id) <= cut) {
            const quint64 rank = index.nameRank(id);
            keys.push_back(order == Order::ByCount ? (quint64(~counts[id]) << 32) | rank : rank);
        }
    });
    return keys;
}

// The first bucket at which the buckets so far hold at least `limit` authors (the last one if never).
quint32 AuthorCounter::countThreshold(const std::vector<quint32> &histogram, size_t limit) const
{
    size_t sum = 0;
    for (quint32 b = 0; b < quint32(histogram.size()); ++b) {
        sum += histogram[b];
        if (sum >= limit)
            return b;
    }
    return quint32(histogram.size()) - 1;
}

// Keys sort as the list does (count descending as ~count, then name rank): the first `limit` of them.
std::vector<AuthorCounter::Entry> AuthorCounter::entries(std::vector<quint64> keys, size_t limit) const
{
    if (keys.size() > limit) {
        std::nth_element(keys.begin(), keys.begin() + qsizetype(limit), keys.end());
        keys.resize(limit);
    }
    std::sort(keys.begin(), keys.end());
    std::vector<Entry> out;
    out.reserve(keys.size());
    for (quint64 key : keys) {
        const Id id = m_index->idAtRank(quint32(key));
        out.push_back({id, m_counts[id]});
    }
    return out;
}
