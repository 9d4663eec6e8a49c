#include "authorcounter.h"

#include <algorithm>

void AuthorCounter::setIndex(const AuthorIndex *index)
{
    m_index = index;
    m_counts.assign(index ? size_t(index->size()) : 0, 0);
}

std::vector<AuthorCounter::Entry> AuthorCounter::count(std::span<const quint32> rows, Order order, qint64 skip)
{
    std::vector<Id> touched;
    if (!m_index || !m_index->corpus())
        return {};
    const Corpus &corpus = *m_index->corpus();
    quint32 *counts = m_counts.data();
    for (quint32 row : rows) {
        const auto ids = corpus.authorIds(row);
        const bool repeats = m_index->hasRepeatedAuthor(row);
        for (size_t k = 0; k < ids.size(); ++k) {
            const Id id = ids[k];
            if (repeats && std::find(ids.begin(), ids.begin() + k, id) != ids.begin() + k)
                continue;
            if (counts[id]++ == 0)
                touched.push_back(id);
        }
    }
    if (skip >= 0 && m_counts[size_t(skip)] > 0) {
        m_counts[size_t(skip)] = 0;
        touched.erase(std::find(touched.begin(), touched.end(), Id(skip)));
    }
    return orderedAndCleared(touched, order);
}

std::vector<AuthorCounter::Entry> AuthorCounter::reorder(const std::vector<Entry> &entries, Order order)
{
    std::vector<Id> touched;
    touched.reserve(entries.size());
    for (const Entry &e : entries) {
        m_counts[e.id] = e.count;
        touched.push_back(e.id);
    }
    return orderedAndCleared(touched, order);
}

std::vector<AuthorCounter::Entry> AuthorCounter::orderedAndCleared(const std::vector<Id> &touched, Order order)
{
    std::vector<Entry> out = ordered(touched, order);
    for (Id id : touched)
        m_counts[id] = 0;
    return out;
}

std::vector<AuthorCounter::Entry> AuthorCounter::ordered(const std::vector<Id> &touched, Order order)
{
    std::vector<Entry> out;
    out.reserve(touched.size());
    const quint32 *counts = m_counts.data();
    const AuthorIndex &index = *m_index;
    // Sorting k authors costs k log k comparisons; a pass over name order costs the whole table.
    const bool broad = touched.size() * 16 > size_t(index.size());
    if (!broad) {
        for (Id id : touched)
            out.push_back({id, counts[id]});
        std::sort(out.begin(), out.end(), [&](const Entry &a, const Entry &b) {
            if (order == Order::ByCount && a.count != b.count)
                return a.count > b.count;
            return index.nameRank(a.id) < index.nameRank(b.id);
        });
        return out;
    }
    const auto n = quint32(index.size());
    if (order == Order::ByName) {
        for (quint32 rank = 0; rank < n; ++rank) {
            const Id id = index.idAtRank(rank);
            if (counts[id])
                out.push_back({id, counts[id]});
        }
        return out;
    }
    // Counting sort: slots for higher counts come first; name order is kept within a count.
    quint32 maxCount = 0;
    for (Id id : touched)
        maxCount = std::max(maxCount, counts[id]);
    std::vector<quint32> next(size_t(maxCount) + 2, 0);
    for (Id id : touched)
        ++next[maxCount - counts[id] + 1];
    for (size_t c = 1; c < next.size(); ++c)
        next[c] += next[c - 1];
    out.resize(touched.size());
    for (quint32 rank = 0; rank < n; ++rank) {
        const Id id = index.idAtRank(rank);
        if (const quint32 c = counts[id])
            out[next[maxCount - c]++] = {id, c};
    }
    return out;
}
