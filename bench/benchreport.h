#pragma once

#include "benchmethod.h"
#include "facetbench.h"

#include <QTextStream>

// Everything measured for one corpus size, printed as Markdown (pasted as is into README.md).
struct SizeResult
{
    qint64 records = 0;
    qint64 fileBytes = 0;
    double parseMs = 0;  // median over the load repeats
    double indexMs = -1; // -1: no engine in this build
    double parseCpuMs = 0; // CPU time of all threads, same runs
    double indexCpuMs = 0;
    qint64 peakRss = 0;  // bytes, while parsing and indexing
    double ftsBuildMs = -1; // -1: reused from the cache
    QStringList keys;
    std::vector<MethodTiming> methods; // ours first when present, then the baselines
    std::vector<FacetTiming> facets;   // the author facet's operations (empty without the engine)
    int facetRepeats = 0;
};

namespace BenchReport {

inline const QString kOurs = QStringLiteral("Skimmer");
inline const QString kProxy = QStringLiteral("QSortFilterProxyModel");
inline const QString kFts5 = QStringLiteral("FTS5");
inline const QString kFts5Facets = QStringLiteral("FTS5 + facets");

void printHeader(QTextStream &out, int repeats);
void print(QTextStream &out, const SizeResult &result);

} // namespace BenchReport
