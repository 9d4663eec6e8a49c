#pragma once

#include <QtGlobal>

#include <memory>
#include <vector>

// A set of corpus rows, one bit per row, or every row (the default): the facet selection and the
// library scope each hand the search controller one of these, a plain value it compares (an equal
// set re-runs nothing) and tests each result row against. Copies share the bits.
class RowSet
{
public:
    RowSet() = default; // every row
    explicit RowSet(std::vector<bool> bits) : m_bits(std::make_shared<const std::vector<bool>>(std::move(bits))) {}
    static RowSet all() { return {}; }

    bool isAll() const { return !m_bits; }
    // Rows beyond the bits (of another corpus) are not in a set that is not every row.
    bool contains(quint32 row) const { return !m_bits || (row < m_bits->size() && (*m_bits)[row]); }

    friend bool operator==(const RowSet &a, const RowSet &b)
    {
        return a.m_bits == b.m_bits || (a.m_bits && b.m_bits && *a.m_bits == *b.m_bits);
    }

private:
    std::shared_ptr<const std::vector<bool>> m_bits;
};
