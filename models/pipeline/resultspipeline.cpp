#include "pipeline/resultspipeline.h"

#include "corpus/papermodel.h"
#include "facets/authorindex.h"
#include "facets/facetselection.h"
#include "library/librarydecorationmodel.h"
#include "library/libraryscopeproxymodel.h"
#include "library/librarystore.h"
#include "library/librarytermsource.h"
#include "search/searchcontroller.h"
#include "search/searchresultsmodel.h"

#include <QItemSelectionModel>

ResultsPipeline::ResultsPipeline(QObject *parent)
    : QObject(parent), m_papers(new PaperModel(this)), m_search(new SearchController(m_papers, this)),
      m_decoration(new LibraryDecorationModel(this)), m_scopeProxy(new LibraryScopeProxyModel(this)),
      m_libraryTerms(std::make_unique<LibraryTermSource>([this] { return m_papers->corpus().get(); }, nullptr))
{
    m_search->setLibraryTerms(m_libraryTerms.get());
    m_decoration->setSourceModel(m_search->resultsModel());
    m_scopeProxy->setSourceModel(m_decoration);
    m_scopeProxy->setPaperModel(m_papers);
    // After the search has re-indexed: the scope's rows are worked out for the new corpus.
    connect(m_papers, &PaperModel::corpusChanged, this, &ResultsPipeline::updateScopeRows);
    connect(results(), &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_selection ? m_selection->currentIndex() : QModelIndex();
        m_currentRow = current.isValid() ? current.data(PaperRoles::CorpusIndexRole).toInt() : -1;
    });
    connect(m_search, &SearchController::resultsChanged, this, &ResultsPipeline::resultsArrived);
}

ResultsPipeline::~ResultsPipeline()
{
    // The end of the chain first, so no stage outlives the one it reads from.
    delete m_scopeProxy;
    delete m_decoration;
    delete m_search;
    delete m_papers;
    m_libraryTerms.reset();
}

SearchResultsModel *ResultsPipeline::results() const
{
    return m_search->resultsModel();
}

QAbstractItemModel *ResultsPipeline::model() const
{
    return m_scopeProxy;
}

void ResultsPipeline::setCorpus(std::shared_ptr<const Corpus> corpus)
{
    m_settingCorpus = true;
    m_papers->setCorpus(std::move(corpus));
    m_settingCorpus = false;
    resultsArrived(); // the new corpus is shown whole while a large one is still being indexed
}

void ResultsPipeline::setStore(LibraryStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_decoration->setStore(store);
    m_scopeProxy->setStore(store); // first: the list's order is current when the search reports
    m_libraryTerms->setStore(store);
    if (m_store)
        connect(m_store, &LibraryStore::changed, this, [this] {
            // Bookmark or read toggles inside the "All" scope change nothing here, unless the
            // query names the library (is:starred, list:A).
            if (!m_scopeProxy->scope().isAll())
                updateScopeRows();
            m_search->libraryChanged();
        });
    updateScopeRows();
    m_search->libraryChanged();
}

void ResultsPipeline::setQueryText(const QString &text)
{
    m_search->setQueryText(text);
}

bool ResultsPipeline::setFacetRows(const RowSet &rows)
{
    return m_search->setFacetRows(rows);
}

void ResultsPipeline::setFacetSelection(const FacetSelection &selection, const AuthorIndex &index,
                                        const std::vector<bool> &fieldRows)
{
    const auto corpus = m_papers->corpus();
    RowSet rows;
    if (!selection.isEmpty() && corpus && index.corpus() == corpus.get()) {
        rows = RowSet(selection.acceptedRows(index));
    } else if (!selection.isEmpty() && corpus) {
        std::vector<bool> accepted(size_t(corpus->size()));
        for (quint32 row = 0; row < accepted.size(); ++row)
            accepted[row] = selection.accepts(*corpus, row);
        rows = RowSet(std::move(accepted));
    }
    if (!fieldRows.empty() && corpus) {
        std::vector<bool> accepted = fieldRows;
        accepted.resize(size_t(corpus->size()), false);
        if (!selection.isEmpty()) {
            for (quint32 row = 0; row < accepted.size(); ++row)
                accepted[row] = accepted[row] && rows.contains(row);
        }
        rows = RowSet(std::move(accepted));
    }
    // The selection changed even when its rows did not: the words describing it did.
    criteriaChanged(setFacetRows(rows));
}

void ResultsPipeline::setScope(const LibraryScope &scope)
{
    if (scope == m_scopeProxy->scope())
        return;
    m_scopeProxy->setScope(scope);
    const bool searchRuns = m_search->setScopeRows(scopeRows());
    emit scopeChanged();
    criteriaChanged(searchRuns);
}

LibraryScope ResultsPipeline::scope() const
{
    return m_scopeProxy->scope();
}

RowSet ResultsPipeline::scopeRows() const
{
    const auto corpus = m_papers->corpus();
    return corpus && m_store && m_store->isOpen() ? m_scopeProxy->scope().rows(*corpus, *m_store) : RowSet();
}

void ResultsPipeline::updateScopeRows()
{
    m_search->setScopeRows(scopeRows());
}

void ResultsPipeline::criteriaChanged(bool searchRuns)
{
    // A search that runs reports through resultsArrived(); otherwise the rows stay and only the
    // words describing them change.
    if (!searchRuns && !m_settingCorpus)
        emit changed();
}

void ResultsPipeline::resultsArrived()
{
    if (m_settingCorpus)
        return;
    emit resultsRefreshed(indexOfCorpusRow(m_currentRow));
    emit changed();
}

void ResultsPipeline::setSelectionModel(QItemSelectionModel *selection)
{
    m_selection = selection;
}

QModelIndex ResultsPipeline::indexOfCorpusRow(int corpusRow) const
{
    const int row = corpusRow >= 0 ? results()->rowOfSource(corpusRow) : -1;
    if (row < 0)
        return {};
    return m_scopeProxy->mapFromSource(m_decoration->mapFromSource(results()->index(row, 0)));
}

QModelIndex ResultsPipeline::indexOfPaper(const QString &id) const
{
    const auto corpus = m_papers->corpus();
    return indexOfCorpusRow(corpus && !id.isEmpty() ? int(corpus->indexOfId(id)) : -1);
}

QString ResultsPipeline::currentPaperId() const
{
    return m_selection ? m_selection->currentIndex().data(PaperRoles::IdRole).toString() : QString();
}

int ResultsPipeline::shownCount() const
{
    return m_scopeProxy->rowCount();
}

int ResultsPipeline::totalCount() const
{
    return m_papers->rowCount();
}
