#pragma once

#include "corpus.h"

#include <QStringList>

#include <memory>
#include <span>
#include <vector>

class QCollator;

// What the author facet precomputes once per corpus so that every keystroke is integer work:
// the papers of each author, and each author's place in name (collation) order.
class AuthorIndex
{
public:
    using Id = AuthorTable::Id;

    AuthorIndex() = default;
    AuthorIndex(std::shared_ptr<const Corpus> corpus, const QCollator &collator);

    const Corpus *corpus() const { return m_corpus.get(); }
    qsizetype size() const { return qsizetype(m_rankOf.size()); }
    // Position of the author's display name in collation order ("Schölkopf" next to "Scholz").
    quint32 nameRank(Id id) const { return m_rankOf[id]; }
    Id idAtRank(quint32 rank) const { return m_idByRank[rank]; }
    // The rows of the papers this author is on, in corpus order.
    std::span<const quint32> rowsOf(Id id) const;
    // True when the record names one author twice (counting must then skip the repeat).
    bool hasRepeatedAuthor(quint32 row) const { return m_repeats[row]; }

    // Folds a filter text into the words matchesFilter expects ("Sergey L" → ["sergey", "l"]).
    static QStringList filterWords(const QString &text);
    // True when every word is a prefix of some word of the author's normalized name.
    bool matchesFilter(Id id, const QStringList &words) const;
    // True when every author matching `narrower` also matches `wider` (typing more of a filter).
    static bool refines(const QStringList &narrower, const QStringList &wider);

private:
    std::shared_ptr<const Corpus> m_corpus;
    std::vector<quint32> m_rankOf;
    std::vector<Id> m_idByRank;
    std::vector<quint32> m_rowStart; // rows of author a: m_rows[m_rowStart[a] .. m_rowStart[a + 1])
    std::vector<quint32> m_rows;
    std::vector<bool> m_repeats;
    QString m_keyText; // every normalized name, back to back, for filtering without copies
    std::vector<quint32> m_keyStart;
};
