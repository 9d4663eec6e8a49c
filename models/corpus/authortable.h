#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

// Authors interned once per corpus: one id per normalized name (case, accents, spacing folded).
// Papers hold author ids, so counting and filtering by author is integer work.
class AuthorTable
{
public:
    using Id = quint32;

    qsizetype size() const { return m_keys.size(); }
    // The most frequent spelling of this author in the corpus (first seen wins a tie).
    QString displayName(Id id) const { return m_display.at(id); }
    QString key(Id id) const { return m_keys.at(id); }
    // Number of papers this author appears on in the whole corpus.
    int paperCount(Id id) const { return m_paperCounts.at(id); }
    // -1 when no author has this normalized name.
    qint64 find(const QString &name) const;

    // Building (used by the parser, on an empty table): the corpus's distinct spellings in order of
    // first occurrence, each with its key (TextFold::authorKey) and number of occurrences. Returns
    // each spelling's id; ids follow first occurrence.
    std::vector<Id> internAll(const std::vector<QString> &spellings, const std::vector<QString> &keys,
                              const std::vector<int> &counts);

private:
    friend class IndexImage; // writes and restores the table (models/image)
    QList<QString> m_keys;
    QList<QString> m_display;
    QList<int> m_paperCounts;
    QHash<QString, Id> m_idByKey;
};
