#pragma once

#include <QHash>
#include <QList>
#include <QString>

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

    // Building (used by the parser): returns the id for a spelling, counting one occurrence.
    Id intern(const QString &spelling);
    void finish();

private:
    QList<QString> m_keys;
    QList<QString> m_display;
    QList<int> m_paperCounts;
    QHash<QString, Id> m_idByKey;
    QHash<QString, Id> m_idBySpelling;
    // Per author: spelling -> count, only kept while building.
    QList<QHash<QString, int>> m_spellings;
    QList<QString> m_firstSpelling;
};
