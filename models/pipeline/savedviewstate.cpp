#include "pipeline/savedviewstate.h"

namespace SavedViewState {

QString fieldKey(FieldFacetIndex::Kind kind)
{
    switch (kind) {
    case FieldFacetIndex::Kind::Year: return QStringLiteral("year");
    case FieldFacetIndex::Kind::Category: return QStringLiteral("category");
    case FieldFacetIndex::Kind::Venue: return QStringLiteral("venue");
    case FieldFacetIndex::Kind::Keyword: return QStringLiteral("keyword");
    }
    return {};
}

SavedView::Facet fromAuthors(const FacetSelection &selection, const AuthorTable &authors)
{
    SavedView::Facet facet;
    facet.matchAny = selection.mode() == FacetSelection::Mode::Any;
    for (const FacetSelection::Id id : selection.order())
        if (qsizetype(id) < authors.size())
            facet.terms.append({authors.displayName(id), selection.state(id) == FacetSelection::State::Excluded});
    return facet;
}

FacetSelection toAuthors(const SavedView::Facet &facet, const AuthorTable &authors, QStringList *missing)
{
    FacetSelection selection;
    selection.setMode(facet.matchAny ? FacetSelection::Mode::Any : FacetSelection::Mode::All);
    for (const SavedView::Term &term : facet.terms) {
        const qint64 id = authors.find(term.text);
        if (id < 0) {
            if (missing)
                missing->append(term.text);
            continue;
        }
        selection.setState(AuthorTable::Id(id),
                           term.excluded ? FacetSelection::State::Excluded : FacetSelection::State::Included);
    }
    return selection;
}

SavedView::Facet fromField(const FieldSelection &selection)
{
    SavedView::Facet facet;
    facet.matchAny = selection.mode() == FieldSelection::Mode::Any;
    for (const FieldSelection::Term &term : selection.terms())
        facet.terms.append({term.text, term.state == FieldSelection::State::Excluded});
    return facet;
}

FieldSelection toField(const SavedView::Facet &facet)
{
    FieldSelection selection;
    selection.setMode(facet.matchAny ? FieldSelection::Mode::Any : FieldSelection::Mode::All);
    for (const SavedView::Term &term : facet.terms)
        selection.setState(term.text, term.excluded ? FieldSelection::State::Excluded : FieldSelection::State::Included);
    return selection;
}

} // namespace SavedViewState
