#pragma once

#include "facets/facetselection.h"
#include "facets/fieldfacetindex.h"
#include "facets/fieldselection.h"
#include "library/savedview.h"

#include <QStringList>

// Between a SavedView (names and terms, corpus-independent) and the facets' selections (author ids
// of one corpus). An author a view names who is not in the corpus shown is left out of the
// selection and reported, so recalling a view in another corpus says what it could not restore.
namespace SavedViewState {

// "year", "category", "venue", "keyword": the keys of SavedView::fields.
QString fieldKey(FieldFacetIndex::Kind kind);

SavedView::Facet fromAuthors(const FacetSelection &selection, const AuthorTable &authors);
FacetSelection toAuthors(const SavedView::Facet &facet, const AuthorTable &authors, QStringList *missing = nullptr);

SavedView::Facet fromField(const FieldSelection &selection);
FieldSelection toField(const SavedView::Facet &facet);

} // namespace SavedViewState
