#pragma once

#include "corpus/corpus.h"

class AuthorIndex;

#include <QList>
#include <QString>

#include <span>
#include <vector>

// The author-facet criteria as a plain value: authors a paper must have (all of them, or any),
// authors it must not have. Setters say whether anything changed, so callers re-filter only then.
class FacetSelection
{
public:
    using Id = AuthorTable::Id;
    enum class Mode { All, Any };
    enum class State { Off, Included, Excluded };

    const QList<Id> &included() const { return m_included; }
    const QList<Id> &excluded() const { return m_excluded; }
    // Included and excluded authors in the order they were chosen (the chip bar's order).
    const QList<Id> &order() const { return m_order; }
    Mode mode() const { return m_mode; }
    bool isEmpty() const { return m_included.isEmpty() && m_excluded.isEmpty(); }
    State state(Id id) const;

    // Moves an author to a state; an author is never both included and excluded.
    bool setState(Id id, State state);
    // Off → Included → Excluded → Off, the order of a tri-state click.
    bool cycle(Id id);
    bool setMode(Mode mode);
    bool clear();
    // Removes the most recently added author (included or excluded); false when there is none.
    bool removeLast();

    bool accepts(const Corpus &corpus, quint32 row) const;
    // The rows (in their order) this selection accepts; all of them when the selection is empty.
    std::vector<quint32> filter(const Corpus &corpus, std::span<const quint32> rows) const;
    // The same through the index's paper lists: only the papers of the selected authors are
    // examined, then each row is one bit test (the whole corpus in about a millisecond).
    std::vector<quint32> filter(const AuthorIndex &index, std::span<const quint32> rows) const;
    // Per corpus row (of the index's corpus): does this selection accept it.
    std::vector<bool> acceptedRows(const AuthorIndex &index) const;

    // "by Sergey Levine and Chelsea Finn, not by Pieter Abbeel"; empty for an empty selection.
    QString describe(const AuthorTable &authors) const;

    friend bool operator==(const FacetSelection &, const FacetSelection &) = default;

private:
    QList<Id> m_included;
    QList<Id> m_excluded;
    QList<Id> m_order; // every selected author, oldest first (for removeLast and the chip order)
    Mode m_mode = Mode::All;
};
