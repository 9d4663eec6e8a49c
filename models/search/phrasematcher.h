#pragma once

#include "search/hitlist.h"
#include "search/searchindex.h"
#include "search/searchquery.h"

// Finds the papers matching one phrase (a single word is a one-word phrase) and scores them with
// BM25F: per field, a saturated term frequency normalized by field length, weighted
// author > tl;dr > abstract, times the inverse document frequency.
namespace PhraseMatcher {

// About how many papers the phrase can match (cheap: posting list lengths only).
size_t estimate(const SearchIndex &index, const SearchQuery::Phrase &phrase);

// `within`, when given, limits the search to those papers (ascending): a short prefix ANDed with a
// rarer word then scans the few candidates' token streams instead of every posting of the prefix.
HitList match(const SearchIndex &index, const SearchQuery::Phrase &phrase, const HitList *within = nullptr);

} // namespace PhraseMatcher
