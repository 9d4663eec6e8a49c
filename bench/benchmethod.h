#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// One way of answering a keystroke (our engine, the naive proxy, FTS5): run() does everything the
// GUI would do for that keystroke and returns the number of matching papers.
class BenchMethod
{
public:
    virtual ~BenchMethod() = default;
    virtual QString name() const = 0;
    virtual qint64 run(const QString &keystroke) = 0;
};

// A method's results over the keystroke sequence: per keystroke the median time over the repeats
// and the hit count, and over the sequence the median, 95th percentile and slowest keystroke.
struct MethodTiming
{
    QString name;
    std::vector<double> msPerKey;
    std::vector<qint64> hitsPerKey;
    double median = 0;
    double p95 = 0;
    double max = 0;
    // The same from CPU time (this process, all threads): what the keystroke costs when the
    // machine is shared and wall time includes waiting for a core.
    std::vector<double> cpuMsPerKey;
    double cpuMedian = 0;
    double cpuP95 = 0;
};

double medianOf(std::vector<double> values);
// Nearest-rank percentile, p in (0, 100].
double percentileOf(std::vector<double> values, double p);

// Runs the whole sequence `repeats` times (the sequence in order, as a user types it).
MethodTiming measureMethod(BenchMethod &method, const QStringList &keys, int repeats);
