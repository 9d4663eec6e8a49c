#pragma once

#include "corpus/corpus.h"

#include <QStringList>

#include <memory>
#include <span>
#include <vector>

class QCollator;

// What the author facet precomputes once per corpus so that every keystroke is integer work:
// the papers of each author and the authors of each paper (both flat, each pair once), each
// author's place in name (collation) order, and every word of every normalized name in sorted
// order, so a filter text finds its authors by binary search instead of scanning all names.
class AuthorIndex
{
public:
    using Id = AuthorTable::Id;

    AuthorIndex() = default;
    AuthorIndex(std::shared_ptr<const Corpus> corpus, const QCollator &collator);

    const Corpus *corpus() const { return m_corpus.get(); }
    qsizetype size() const { return qsizetype(m_rankOf.size()); }
    qsizetype paperCount() const { return m_paperStart.empty() ? 0 : qsizetype(m_paperStart.size() - 1); }
    // Position of the author's display name in collation order ("Schölkopf" next to "Scholz").
    quint32 nameRank(Id id) const { return m_rankOf[id]; }
    Id idAtRank(quint32 rank) const { return m_idByRank[rank]; }
    // The rows of the papers this author is on, in corpus order.
    std::span<const quint32> rowsOf(Id id) const
    {
        return {m_rows.data() + m_rowStart[id], m_rows.data() + m_rowStart[id + 1]};
    }
    quint32 corpusCount(Id id) const { return m_rowStart[id + 1] - m_rowStart[id]; }
    // The distinct authors of a paper (a record naming someone twice lists them once).
    std::span<const Id> authorsOf(quint32 row) const
    {
        return {m_paperAuthors.data() + m_paperStart[row], m_paperAuthors.data() + m_paperStart[row + 1]};
    }

    // Folds a filter text into the words matchesFilter expects ("Sergey L" → ["sergey", "l"]).
    static QStringList filterWords(const QString &text);
    // True when every word is a prefix of some word of the author's normalized name.
    bool matchesFilter(Id id, const QStringList &words) const;
    // Every author matchesFilter accepts, each once, in no particular order; all authors for no words.
    std::vector<Id> authorsMatching(const QStringList &words) const;

private:
    struct NameWord
    {
        quint32 pos; // into m_keyText
        quint32 length;
        // Longest common prefix with an earlier word of the same name ("sergey sergeevich": 5 for
        // the second word), so a prefix longer than this is met here first.
        quint32 sharedWithEarlier;
        Id id;
    };
    void buildPaperLists();
    void buildNameWords();
    QStringView wordText(const NameWord &w) const;
    std::pair<size_t, size_t> wordRange(const QString &prefix) const;

    std::shared_ptr<const Corpus> m_corpus;
    std::vector<quint32> m_rankOf;
    std::vector<Id> m_idByRank;
    std::vector<quint32> m_rowStart; // rows of author a: m_rows[m_rowStart[a] .. m_rowStart[a + 1])
    std::vector<quint32> m_rows;
    std::vector<quint32> m_paperStart; // authors of row r: m_paperAuthors[m_paperStart[r] .. m_paperStart[r + 1])
    std::vector<Id> m_paperAuthors;
    QString m_keyText; // every normalized name, back to back, for filtering without copies
    std::vector<quint32> m_keyStart;
    std::vector<NameWord> m_words; // every word of every key, sorted by its text
};
