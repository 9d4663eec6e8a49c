#pragma once

#include "corpus/corpus.h"

#include <QString>
#include <QStringList>

#include <span>
#include <vector>

// The values of one metadata field (year, arXiv category, venue, keyword) per paper, interned, for
// facets beyond authors: counts of a result set per value and the papers holding a value. Empty for
// a corpus without that field, so its facet can be hidden. Categories are two levels: a value
// "cs.LG" belongs to the group "cs", and matchingValues("cs") is every category of that group.
class FieldFacetIndex
{
public:
    enum class Kind { Year, Category, Venue, Keyword };
    // year, category, venue, keyword; false for anything else.
    static bool parseKind(const QString &name, Kind *kind);

    FieldFacetIndex(const Corpus &corpus, Kind kind);

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_values.isEmpty(); }
    qsizetype valueCount() const { return m_values.size(); }
    // Papers of the corpus the index was built from.
    size_t rowCount() const { return m_begin.empty() ? 0 : m_begin.size() - 1; }
    // Values in order: years ascending, the others by case-insensitive text.
    QString value(qsizetype id) const { return m_values.at(id); }
    std::span<const quint32> valuesOf(quint32 row) const
    {
        return std::span<const quint32>(m_ids.data() + m_begin[row], m_begin[row + 1] - m_begin[row]);
    }
    // Ids of the values `text` names, ignoring case: the value itself, for a category group
    // ("cs") every category in it, for a year range "2015..2019" every year in it.
    std::vector<quint32> matchingValues(const QString &text) const;
    // Per value id, how many of `rows` (distinct) hold it.
    std::vector<quint32> count(std::span<const quint32> rows) const;

private:
    Kind m_kind;
    QStringList m_values;
    std::vector<quint32> m_ids;   // value ids of all papers, paper after paper
    std::vector<size_t> m_begin;  // size() + 1, into m_ids
};
