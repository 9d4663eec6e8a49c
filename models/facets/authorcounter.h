#pragma once

#include "facets/authorindex.h"

#include <span>
#include <vector>

// Counts the authors of a set of papers into a plain array indexed by author id and hands out the
// first N of them in count-then-name or name order. A small set of papers is counted paper by
// paper (reset sparsely, so ten papers cost ten papers); more than half the corpus as the
// corpus-wide counts minus the papers left out, so "every paper but a few" costs the few.
// Choosing the first N never sorts every author: a histogram of counts finds the cut, and only
// the authors above it are sorted.
class AuthorCounter
{
public:
    using Id = AuthorTable::Id;
    enum class Order { ByCount, ByName };
    struct Entry
    {
        Id id = 0;
        quint32 count = 0;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    void setIndex(const AuthorIndex *index);

    // Counts the authors of these rows (distinct rows; each paper counts once per author).
    void count(std::span<const quint32> rows);
    // Counts the co-authors of `subject` over the subject's papers; the subject itself counts 0.
    void countCoauthors(Id subject);
    quint32 countOf(Id id) const { return id < m_counts.size() ? m_counts[id] : 0; }
    // Authors with a nonzero count.
    qsizetype distinct() const { return m_distinct; }

    // The first `limit` counted authors in `order`, leaving out those in `skip`; `*total` gets how
    // many counted authors there are without the limit (also leaving out `skip`).
    std::vector<Entry> top(size_t limit, Order order, std::span<const Id> skip, qsizetype *total);
    // The same, among `candidates` only (distinct ids, e.g. the authors a filter text matches).
    std::vector<Entry> topOf(std::span<const Id> candidates, size_t limit, Order order, std::span<const Id> skip,
                             qsizetype *total);

private:
    void clear();
    void countRows(std::span<const quint32> rows);
    bool markRows(std::span<const quint32> rows);
    void countMarked();
    void countAllBut();
    template<typename ForEach>
    std::vector<Entry> select(ForEach forEachCandidate, size_t limit, Order order, std::span<const Id> skip,
                              qsizetype *total);
    template<typename ForEach>
    std::vector<quint64> candidateKeys(ForEach forEachCandidate, size_t limit, Order order, qsizetype *total) const;
    quint32 countThreshold(const std::vector<quint32> &histogram, size_t limit) const;
    std::vector<Entry> entries(std::vector<quint64> keys, size_t limit) const;

    const AuthorIndex *m_index = nullptr;
    std::vector<quint32> m_counts; // of the last count(); zero for authors not counted
    std::vector<Id> m_touched;     // the nonzero ids when !m_dense
    bool m_dense = false;          // counted by complement: any id may be nonzero
    qsizetype m_distinct = 0;
    std::vector<quint64> m_rowBits; // scratch: the rows of a count through the bitmap
    std::vector<quint8> m_skip;     // scratch: authors left out of top(), all zero between calls
};
