#include "enginemethod.h"

#include "benchreport.h"
#include "processstats.h"
#include "search/searchengine.h"
#include "search/searchquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>

std::unique_ptr<EngineMethod> EngineMethod::create(std::shared_ptr<const Corpus> corpus, int repeats, double *indexMs,
                                                   double *indexCpuMs)
{
    std::vector<double> times;
    std::vector<double> cpuTimes;
    std::shared_ptr<const SearchIndex> index;
    for (int i = 0; i < std::max(1, repeats); ++i) {
        index.reset();
        QElapsedTimer t;
        t.start();
        const double cpu = ProcessStats::cpuMs();
        index = SearchIndex::build(corpus);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        cpuTimes.push_back(ProcessStats::cpuMs() - cpu);
    }
    *indexMs = medianOf(times);
    *indexCpuMs = medianOf(cpuTimes);
    return std::unique_ptr<EngineMethod>(new EngineMethod(std::move(corpus), std::move(index)));
}

EngineMethod::EngineMethod(std::shared_ptr<const Corpus> corpus, std::shared_ptr<const SearchIndex> index, Facets facets)
    : m_index(std::move(index)), m_results(&m_papers), m_facetMode(facets)
{
    m_papers.setCorpus(corpus);
    if (m_facetMode == Facets::Recount) {
        m_facets.setCorpus(std::move(corpus));
        waitForAuthorIndex(m_facets);
    }
}

void EngineMethod::waitForAuthorIndex(const AuthorFacetModel &facets)
{
    // Large corpora get their author index on a worker: until it is ready a recount does nothing,
    // which would time a keystroke without its facet.
    while (facets.isIndexing())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

QString EngineMethod::name() const
{
    return BenchReport::kOurs;
}

qint64 EngineMethod::run(const QString &keystroke)
{
    SearchQuery query = SearchQuery::parse(keystroke);
    // Ranked as the window ranks: the first screens now, the rest when a view asks.
    SearchResult result = SearchEngine::run(*m_index, query, SortOrder::Relevance, false, nullptr, nullptr, nullptr,
                                            SearchResultsModel::kFirstRanked);
    m_results.setResult(std::move(result), std::move(query));
    // The author facets recount over the new results, as the window does on every keystroke.
    if (m_facetMode == Facets::Recount)
        m_facets.setResultRows(m_results.matchedRows());
    const int rows = m_results.rowCount();
    for (int row = 0; row < std::min(rows, kVisibleRows); ++row) {
        const QModelIndex index = m_results.index(row);
        m_results.data(index, PaperRoles::HeadlineMatchesRole);
        m_results.data(index, PaperRoles::SnippetRole);
    }
    return rows;
}
