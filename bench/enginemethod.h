#pragma once

#include "facets/authorfacetmodel.h"
#include "benchmethod.h"
#include "corpus/papermodel.h"
#include "search/searchindex.h"
#include "search/searchresultsmodel.h"

#include <memory>

// Skimmer's own path for a keystroke, as the window runs it: parse the query, evaluate it on the
// index (ranked), hand the result to the results model, recount the author facets over the results,
// and read what the view paints for the first screenful of rows (headline matches and snippet).
// Without facets it is the search engine's path alone (skimmer-search-bench).
class EngineMethod : public BenchMethod
{
public:
    enum class Facets { Recount, Off };

    EngineMethod(std::shared_ptr<const Corpus> corpus, std::shared_ptr<const SearchIndex> index,
                 Facets facets = Facets::Recount);
    // Builds the index `repeats` times; stores the median wall and CPU build times.
    static std::unique_ptr<EngineMethod> create(std::shared_ptr<const Corpus> corpus, int repeats, double *indexMs,
                                                double *indexCpuMs);

    std::shared_ptr<const SearchIndex> searchIndex() const { return m_index; }
    QString name() const override;
    qint64 run(const QString &keystroke) override;
    const SearchResultsModel &results() const { return m_results; }

    static constexpr int kVisibleRows = 20;
    // Runs the event loop until the facet model's author index (built on a worker) is installed.
    static void waitForAuthorIndex(const AuthorFacetModel &facets);

private:
    std::shared_ptr<const SearchIndex> m_index;
    PaperModel m_papers;
    SearchResultsModel m_results;
    AuthorFacetModel m_facets;
    Facets m_facetMode;
};
