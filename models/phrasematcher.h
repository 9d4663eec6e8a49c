#pragma once

#include "hitlist.h"
#include "searchindex.h"
#include "searchquery.h"

// Finds the papers matching one phrase (a single word is a one-word phrase) and scores them with
// BM25F: per field, a saturated term frequency normalized by field length, weighted
// author > tl;dr > abstract, times the inverse document frequency.
namespace PhraseMatcher {

inline constexpr float kFieldWeight[SearchIndex::kFieldCount] = {4.0f, 2.0f, 1.0f};

HitList match(const SearchIndex &index, const SearchQuery::Phrase &phrase);

} // namespace PhraseMatcher
