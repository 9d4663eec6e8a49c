#pragma once

#include "authorindex.h"

#include <span>
#include <vector>

// Counts the authors of a set of papers with a plain array indexed by author id (reset sparsely,
// so a query matching ten papers costs ten papers, not the whole author table) and orders them
// by count then name, or by name. Broad result sets are ordered by one pass over name order
// (a counting sort), small ones by sorting only the authors that occur.
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

    // Authors of these rows with their paper counts, in the given order; `skip` (an author id)
    // is left out, which is how co-authors of someone are counted.
    std::vector<Entry> count(std::span<const quint32> rows, Order order, qint64 skip = -1);
    // The same entries in another order.
    std::vector<Entry> reorder(const std::vector<Entry> &entries, Order order);

private:
    std::vector<Entry> ordered(const std::vector<Id> &touched, Order order);
    // ordered(), then the counts of `touched` back to zero for the next call.
    std::vector<Entry> orderedAndCleared(const std::vector<Id> &touched, Order order);

    const AuthorIndex *m_index = nullptr;
    std::vector<quint32> m_counts; // all zero between calls
};
