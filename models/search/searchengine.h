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
    std::vector<quint32> rows;  // corpus rows in display order (but see unranked)
    std::vector<float> scores;  // parallel to rows (0 without a query)
    // Ranked lazily (SearchEngine::run with rankFirst): the last `unranked` rows are not in display
    // order yet but in corpus order, each scoring no higher than any row before them; the rows before
    // them are final. SearchEngine::rankAll() puts them in order (a stable sort of the tail alone).
    size_t unranked = 0;
    bool cancelled = false;
    size_t rankedCount() const { return rows.size() - unranked; }
};

// Evaluates a SearchQuery against a SearchIndex: matching papers, BM25F-ranked (an author hit weighs
// more than a tl;dr hit, which weighs more than an abstract hit), ties in corpus order, then sorted
// as asked. Without positive words every paper matches (minus exclusions) in corpus order. Library
// terms (list:, is:) read their rows from library (resolved beforehand; none: no library).
namespace SearchEngine {

// With rankFirst, a relevance order (not reversed) ranks only a prefix of at least rankFirst rows (all
// rows of the best score buckets, see SearchResult::unranked); the set of rows is the same.
inline constexpr size_t kRankAll = size_t(-1);
SearchResult run(const SearchIndex &index, const SearchQuery &query, SortOrder order = SortOrder::Relevance,
                 bool reverse = false, const std::atomic_bool *cancel = nullptr,
                 const LibraryRows *library = nullptr, const std::vector<float> *likeness = nullptr,
                 size_t rankFirst = kRankAll);

// Ranks the rows a lazy run left unranked: afterwards the result is what an eager run returns.
void rankAll(SearchResult &result);
// Ranks by relevance only the first rows (at least `first`) and leaves the rest unranked, in corpus
// order; rows must come in ascending corpus order.
void rankPrefix(SearchResult &result, size_t first);

// Sorts rows (and scores alongside) as `order` says; rows must come in ascending corpus order.
// Likeness reads likeness[row] (rows beyond it last); without it, it sorts as Relevance.
void sort(const SearchIndex &index, SearchResult &result, SortOrder order, bool reverse,
          const std::vector<float> *likeness = nullptr);

} // namespace SearchEngine
