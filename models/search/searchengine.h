#pragma once

#include "search/libraryterms.h"
#include "search/searchindex.h"
#include "search/searchquery.h"

#include <atomic>
#include <vector>

// Likeness: by a score per corpus row (a list classifier's, SearchController::setLikeness), best first.
enum class SortOrder { Relevance, CorpusOrder, FirstAuthor, AuthorCount, Likeness };

struct SearchResult
{
    std::vector<quint32> rows;  // corpus rows in display order
    std::vector<float> scores;  // parallel to rows (0 without a query)
    bool cancelled = false;
};

// Evaluates a SearchQuery against a SearchIndex: matching papers, BM25F-ranked (an author hit weighs
// more than a tl;dr hit, which weighs more than an abstract hit), ties in corpus order, then sorted
// as asked. Without positive words every paper matches (minus exclusions) in corpus order. Library
// terms (list:, is:) read their rows from library (resolved beforehand; none: no library).
namespace SearchEngine {

SearchResult run(const SearchIndex &index, const SearchQuery &query, SortOrder order = SortOrder::Relevance,
                 bool reverse = false, const std::atomic_bool *cancel = nullptr,
                 const LibraryRows *library = nullptr, const std::vector<float> *likeness = nullptr);

// Sorts rows (and scores alongside) as `order` says; rows must come in ascending corpus order.
// Likeness reads likeness[row] (rows beyond it last); without it, it sorts as Relevance.
void sort(const SearchIndex &index, SearchResult &result, SortOrder order, bool reverse,
          const std::vector<float> *likeness = nullptr);

} // namespace SearchEngine
