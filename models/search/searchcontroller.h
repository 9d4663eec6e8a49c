#pragma once

#include "search/queryexpander.h"
#include "search/searchengine.h"
#include "search/searchindex.h"
#include "search/searchquery.h"
#include "search/rowset.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <span>

class PaperModel;
class SearchResultsModel;

// Owns the search of the current corpus: builds its index (off the GUI thread for large corpora),
// keeps the query text and sort order, and on every change runs the engine — synchronously for small
// corpora, in a worker for large ones, where a newer keystroke cancels and supersedes the running
// query so typing never waits — then keeps the rows the facet selection and the library scope let
// through and updates the SearchResultsModel in one step. It is the only place rows are filtered:
// its criteria are typed values (the query text, two RowSets), never predicates.
class SearchController : public QObject
{
    Q_OBJECT

public:
    // 2,000 papers index in ~30 ms; 10k took 140 ms on the GUI thread (skimmer-stall-bench).
    static constexpr int kDefaultAsyncThreshold = 2000;

    explicit SearchController(PaperModel *papers, QObject *parent = nullptr);
    ~SearchController() override;

    SearchResultsModel *resultsModel() const { return m_results; }
    std::shared_ptr<const SearchIndex> index() const { return m_index; }
    bool isIndexing() const { return m_indexCancel != nullptr; }

    QString queryText() const { return m_queryText; }
    void setQueryText(const QString &text);
    SortOrder sortOrder() const { return m_order; }
    bool isReversed() const { return m_reverse; }
    void setSortOrder(SortOrder order, bool reverse = false);
    // Corpora with at least this many papers are indexed and searched in a worker thread.
    void setAsyncThreshold(int papers) { m_asyncThreshold = papers; }
    // An index already built for the corpus the paper model gets next (a saved index image): used
    // instead of indexing when that corpus arrives; any other corpus drops it.
    void offerIndex(std::shared_ptr<const SearchIndex> index) { m_offered = std::move(index); }
    // Whether the current index came from offerIndex() rather than being built here.
    bool isIndexOffered() const { return m_indexOffered; }

    // The rows the author facets and the library scope let through (every row by default), kept
    // after the engine. An equal set changes nothing; returns whether the search runs again.
    bool setFacetRows(const RowSet &rows);
    bool setScopeRows(const RowSet &rows);
    const RowSet &facetRows() const { return m_facetRows; }
    // Who answers the library terms (list:, is:) of queries; null: no library. Not owned.
    void setLibraryTerms(const LibraryTerms *terms);
    // Who answers cluster: terms (the paper map); null: no map. Not owned. Call libraryChanged()
    // when its map changes.
    void setClusterTerms(const ClusterTerms *terms) { m_clusterTerms = terms; }
    // The library (or the map) changed: a query with library terms runs again when their rows did change.
    bool libraryChanged();
    const RowSet &scopeRows() const { return m_scopeRows; }
    // Who widens queries before they run (acronyms); null: the query runs as typed, so the matching
    // papers are exactly the full-text engine's. Returns whether the search runs again.
    bool setQueryExpander(std::shared_ptr<const QueryExpander> expander);
    const QueryExpander *queryExpander() const { return m_expander.get(); }
    // What the expander added to the current query (empty without one).
    QStringList expansionNotes() const { return m_expansionNotes; }
    // What SortOrder::Likeness sorts by: a score per corpus row (null: not trained yet, relevance
    // meanwhile) and the rows it may show (those outside the list and its "not relevant" votes).
    // Returns whether the search runs again.
    bool setLikeness(std::shared_ptr<const std::vector<float>> scores, const RowSet &candidates);
    const RowSet &likenessRows() const { return m_likenessRows; }

    // The result rows in display order (ranks a lazily ranked result whole) and, for counting, as
    // a set in no particular order (never ranks).
    const std::vector<quint32> &rows() const;
    std::span<const quint32> matchedRows() const;
    int totalCount() const;

signals:
    void resultsChanged();
    void indexReady();
    void expansionNotesChanged();

private:
    void rebuildIndex();
    void setIndex(std::shared_ptr<const SearchIndex> index);
    bool refresh();
    void apply(SearchResult result, const SearchQuery &query);

    PaperModel *m_papers;
    SearchResultsModel *m_results;
    std::shared_ptr<const SearchIndex> m_index;
    std::shared_ptr<const SearchIndex> m_offered;
    bool m_indexOffered = false;
    std::shared_ptr<std::atomic_bool> m_indexCancel;
    std::shared_ptr<std::atomic_bool> m_queryCancel;
    quint64 m_generation = 0;
    QString m_queryText;
    SortOrder m_order = SortOrder::Relevance;
    bool m_reverse = false;
    int m_asyncThreshold = kDefaultAsyncThreshold;
    RowSet m_facetRows;
    RowSet m_scopeRows;
    std::shared_ptr<const std::vector<float>> m_likeness;
    RowSet m_likenessRows;
    const LibraryTerms *m_libraryTerms = nullptr;
    const ClusterTerms *m_clusterTerms = nullptr;
    LibraryRows m_libraryRows; // of the last query run
    std::shared_ptr<const QueryExpander> m_expander;
    QStringList m_expansionNotes;
};
