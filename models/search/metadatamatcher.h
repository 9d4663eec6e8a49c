#pragma once

#include "search/hitlist.h"
#include "search/metadatatokens.h"
#include "search/searchquery.h"

// Finds the papers whose metadata fields (title, venue, categories, keywords, DOI; the phrase's
// field mask says which) hold a phrase, scored with BM25F like PhraseMatcher so the scores add up
// with the index's fields. A scan of the papers' short metadata token streams: metadata fields are
// a few tokens each, and only corpora from other formats have them.
namespace MetadataMatcher {

// The metadata part of a field mask, or 0.
constexpr quint8 metadataFields(quint8 mask) { return mask & SearchQuery::MetadataFields; }

HitList match(const MetadataTokens &tokens, const SearchQuery::Phrase &phrase, const HitList *within = nullptr);

} // namespace MetadataMatcher
