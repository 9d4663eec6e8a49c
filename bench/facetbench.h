#pragma once

#include "corpus/corpus.h"
#include "search/searchindex.h"

#include <QString>

#include <memory>
#include <vector>

// The author facet's own operations, timed one by one as the window runs them: recounting over a
// query's results, selecting and excluding the top authors (filter the results by the selection,
// then recount), and typing in the facet filter field.
struct FacetTiming
{
    QString label;
    double median = 0; // wall ms over the repeats
    double p95 = 0;
    double cpuMedian = 0; // CPU ms (this process) over the same repeats
    double cpuP95 = 0;
    qint64 papers = 0; // result papers after the operation
    qint64 listed = 0; // rows the facet list shows after it
    qint64 hidden = 0; // matching authors past the list's bound
};

namespace FacetBench {

// The facet sequence of operations, each run `repeats` times on a model of its own.
std::vector<FacetTiming> run(std::shared_ptr<const Corpus> corpus, const SearchIndex &index, int repeats);
// The facet filter field's keystrokes ("s" … "sergey l").
QStringList filterKeystrokes();

} // namespace FacetBench
