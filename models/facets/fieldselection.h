#pragma once

#include "facets/facetselection.h"
#include "facets/fieldfacetindex.h"

#include <QList>
#include <QString>

#include <vector>

// The criteria of one metadata facet (year, category, venue, keyword) as a plain value: terms a
// paper must match (all of them, or any) and terms it must not. A term is what
// FieldFacetIndex::matchingValues understands: a value ("cs.LG"), a category group ("cs") or a
// year range ("2015..2019"). Terms compare without case. Setters say whether anything changed.
class FieldSelection
{
public:
    using State = FacetSelection::State;
    using Mode = FacetSelection::Mode;
    struct Term
    {
        QString text;
        State state = State::Off;
        friend bool operator==(const Term &, const Term &) = default;
    };

    // Every chosen term, oldest first (the chip bar's order).
    const QList<Term> &terms() const { return m_terms; }
    Mode mode() const { return m_mode; }
    bool isEmpty() const { return m_terms.isEmpty(); }
    State state(const QString &term) const;

    bool setState(const QString &term, State state);
    // Off → Included → Excluded → Off.
    bool cycle(const QString &term);
    bool setMode(Mode mode);
    bool clear();
    // The year facet: the single included term becomes "first..last" (or "first" when equal).
    bool setYearRange(int first, int last);
    // The included year range, when the selection has one ("2019" is 2019..2019); false otherwise.
    bool yearRange(int *first, int *last) const;

    // Per corpus row of the index: does this selection accept it (all true when empty).
    std::vector<bool> acceptedRows(const FieldFacetIndex &index) const;

    friend bool operator==(const FieldSelection &, const FieldSelection &) = default;

private:
    QList<Term> m_terms;
    Mode m_mode = Mode::Any;
};
