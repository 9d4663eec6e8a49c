#pragma once

#include "library/libraryscope.h"
#include "search/rowset.h"

#include <QObject>
#include <QPointer>

#include <memory>

class AuthorIndex;
class Corpus;
class FacetSelection;
class LibraryDecorationModel;
class LibraryScopeProxyModel;
class LibraryStore;
class LibraryTermSource;
class PaperModel;
class QAbstractItemModel;
class QItemSelectionModel;
class QModelIndex;
class SearchController;
class SearchResultsModel;

// The chain of models the paper list shows, without a screen: PaperModel → SearchResultsModel (its
// SearchController is the one place rows are filtered: query, facet rows, scope rows) →
// LibraryDecorationModel (stars, read state, lists) → LibraryScopeProxyModel (a list's own order,
// drops). It owns the library scope — the scope's papers go to the search as a RowSet and follow
// the store — and keeps the current paper of the view's selection model across refreshes: after
// each new result, resultsRefreshed() says where that paper is now. changed() fires once per change
// of what the list shows or of the criteria (the status line's cue).
class ResultsPipeline : public QObject
{
    Q_OBJECT

public:
    explicit ResultsPipeline(QObject *parent = nullptr);
    ~ResultsPipeline() override;

    PaperModel *paperModel() const { return m_papers; }
    SearchController *search() const { return m_search; }
    SearchResultsModel *results() const;
    LibraryDecorationModel *decoration() const { return m_decoration; }
    LibraryScopeProxyModel *scopeProxy() const { return m_scopeProxy; }
    QAbstractItemModel *model() const; // the end of the chain, what the paper list shows

    void setCorpus(std::shared_ptr<const Corpus> corpus);
    void setStore(LibraryStore *store);
    void setQueryText(const QString &text);
    // Returns whether the search runs again (an equal set changes nothing).
    bool setFacetRows(const RowSet &rows);
    // The author facet's criteria as rows: worked out once per selection from the index's paper
    // lists (an index of another corpus than the shown one: each paper is tested instead).
    // fieldRows, when not empty, is ANDed in: the rows the metadata facets accept.
    void setFacetSelection(const FacetSelection &selection, const AuthorIndex &index,
                           const std::vector<bool> &fieldRows = {});
    void setScope(const LibraryScope &scope);
    LibraryScope scope() const;

    // The view's selection model (on model()), whose current paper is kept across refreshes.
    void setSelectionModel(QItemSelectionModel *selection);
    QModelIndex indexOfCorpusRow(int corpusRow) const; // in model(); invalid when not shown
    QModelIndex indexOfPaper(const QString &id) const;
    QString currentPaperId() const;
    int shownCount() const;
    int totalCount() const;

signals:
    // New results are in: kept is where the current paper is now (invalid when it is gone or there
    // was none), so the view can stay on it or go to the best match.
    void resultsRefreshed(const QModelIndex &kept);
    void changed();
    void scopeChanged();

private:
    RowSet scopeRows() const; // the current scope's papers in the current corpus
    void updateScopeRows();
    void resultsArrived();
    void criteriaChanged(bool searchRuns);

    PaperModel *m_papers;
    SearchController *m_search;
    LibraryDecorationModel *m_decoration;
    LibraryScopeProxyModel *m_scopeProxy;
    QPointer<LibraryStore> m_store;
    std::unique_ptr<LibraryTermSource> m_libraryTerms; // answers list: and is: in queries
    QPointer<QItemSelectionModel> m_selection;
    int m_currentRow = -1; // corpus row of the current paper, remembered before each reset
    bool m_settingCorpus = false; // one announcement for the whole corpus change
};
