#include "search/searchcontroller.h"

#include "text/logging.h"
#include "corpus/papermodel.h"
#include "search/searchresultsmodel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

SearchController::SearchController(PaperModel *papers, QObject *parent)
    : QObject(parent), m_papers(papers), m_results(new SearchResultsModel(papers, this))
{
    connect(papers, &PaperModel::corpusChanged, this, &SearchController::rebuildIndex);
    rebuildIndex();
}

SearchController::~SearchController()
{
    if (m_indexCancel)
        *m_indexCancel = true;
    if (m_queryCancel)
        *m_queryCancel = true;
}

void SearchController::rebuildIndex()
{
    if (m_indexCancel)
        *m_indexCancel = true;
    m_indexCancel.reset();
    m_index.reset();
    ++m_generation; // results of the old corpus must not arrive
    const std::shared_ptr<const Corpus> corpus = m_papers->corpus();
    const auto offered = std::exchange(m_offered, nullptr);
    m_indexOffered = false;
    if (!corpus)
        return;
    if (offered && offered->corpus() == corpus) {
        m_indexOffered = true;
        setIndex(offered);
        return;
    }
    if (corpus->size() < m_asyncThreshold) {
        setIndex(SearchIndex::build(corpus));
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_indexCancel = cancel;
    QThreadPool::globalInstance()->start([self = QPointer(this), corpus, cancel] {
        auto index = SearchIndex::build(corpus, cancel.get());
        if (!index)
            return;
        // Delivered through the application object: this controller may be gone by then.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, index, cancel] {
            if (!self || cancel != self->m_indexCancel)
                return;
            self->m_indexCancel.reset();
            self->setIndex(index);
        }, Qt::QueuedConnection);
    });
}

void SearchController::setIndex(std::shared_ptr<const SearchIndex> index)
{
    m_index = std::move(index);
    emit indexReady();
    refresh();
}

void SearchController::setQueryText(const QString &text)
{
    if (text == m_queryText)
        return;
    m_queryText = text;
    refresh();
}

void SearchController::setSortOrder(SortOrder order, bool reverse)
{
    if (order == m_order && reverse == m_reverse)
        return;
    m_order = order;
    m_reverse = reverse;
    refresh();
}

bool SearchController::setFacetRows(const RowSet &rows)
{
    if (rows == m_facetRows)
        return false;
    m_facetRows = rows;
    return refresh();
}

bool SearchController::setScopeRows(const RowSet &rows)
{
    if (rows == m_scopeRows)
        return false;
    m_scopeRows = rows;
    return refresh();
}

bool SearchController::setLikeness(std::shared_ptr<const std::vector<float>> scores, const RowSet &candidates)
{
    if (scores == m_likeness && candidates == m_likenessRows)
        return false;
    m_likeness = std::move(scores);
    m_likenessRows = candidates;
    return m_order == SortOrder::Likeness && refresh();
}

bool SearchController::setQueryExpander(std::shared_ptr<const QueryExpander> expander)
{
    if (expander == m_expander)
        return false;
    m_expander = std::move(expander);
    return refresh();
}

void SearchController::setLibraryTerms(const LibraryTerms *terms)
{
    m_libraryTerms = terms;
    libraryChanged();
}

bool SearchController::libraryChanged()
{
    const SearchQuery query = SearchQuery::parse(m_queryText);
    if (!query.hasLibraryTerms() || LibraryRows::resolve(query, m_libraryTerms, m_clusterTerms) == m_libraryRows)
        return false;
    return refresh();
}

const std::vector<quint32> &SearchController::rows() const
{
    return m_results->rows();
}

std::span<const quint32> SearchController::matchedRows() const
{
    return m_results->matchedRows();
}

int SearchController::totalCount() const
{
    return m_papers->rowCount();
}

bool SearchController::refresh()
{
    if (!m_index)
        return false; // the index is being built; refresh() runs again when it is ready
    if (m_queryCancel)
        *m_queryCancel = true;
    const quint64 generation = ++m_generation;
    SearchQuery query = SearchQuery::parse(m_queryText);
    QStringList notes;
    if (m_expander)
        query = m_expander->expand(query, &notes);
    if (notes != m_expansionNotes) {
        m_expansionNotes = notes;
        emit expansionNotesChanged();
    }
    m_libraryRows = LibraryRows::resolve(query, m_libraryTerms, m_clusterTerms);
    if (m_index->docCount() < quint32(m_asyncThreshold)) {
        m_queryCancel.reset();
        apply(SearchEngine::run(*m_index, query, m_order, m_reverse, nullptr, &m_libraryRows, m_likeness.get(),
                                SearchResultsModel::kFirstRanked), query);
        return true;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_queryCancel = cancel;
    QThreadPool::globalInstance()->start([self = QPointer(this), index = m_index, query, order = m_order,
                                          reverse = m_reverse, cancel, generation, library = m_libraryRows,
                                          likeness = m_likeness] {
        SearchResult result = SearchEngine::run(*index, query, order, reverse, cancel.get(), &library, likeness.get(),
                                                SearchResultsModel::kFirstRanked);
        if (result.cancelled)
            return;
        QMetaObject::invokeMethod(QCoreApplication::instance(),
                                  [self, result = std::move(result), query, generation]() mutable {
                                      if (self && generation == self->m_generation)
                                          self->apply(std::move(result), query);
                                  }, Qt::QueuedConnection);
    });
    return true;
}

void SearchController::apply(SearchResult result, const SearchQuery &query)
{
    const RowSet &liked = m_order == SortOrder::Likeness ? m_likenessRows : RowSet::all();
    if (!m_facetRows.isAll() || !m_scopeRows.isAll() || !liked.isAll()) {
        // Keeps the order of both parts of a lazily ranked result: the ranked prefix and the rest.
        size_t kept = 0;
        const size_t ranked = result.rankedCount();
        size_t keptRanked = 0;
        for (size_t i = 0; i < result.rows.size(); ++i) {
            const quint32 row = result.rows[i];
            if (i == ranked)
                keptRanked = kept;
            if (m_facetRows.contains(row) && m_scopeRows.contains(row) && liked.contains(row)) {
                result.rows[kept] = row;
                result.scores[kept++] = result.scores[i];
            }
        }
        if (ranked == result.rows.size())
            keptRanked = kept;
        result.rows.resize(kept);
        result.scores.resize(kept);
        result.unranked = kept - keptRanked;
    }
    m_results->setResult(std::move(result), query);
    emit resultsChanged();
}
