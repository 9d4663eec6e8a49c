#include "benchmethod.h"

#include "processstats.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

double medianOf(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double percentileOf(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::ceil(p / 100.0 * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

MethodTiming measureMethod(BenchMethod &method, const QStringList &keys, int repeats)
{
    MethodTiming t;
    t.name = method.name();
    std::vector<std::vector<double>> samples(size_t(keys.size()));
    std::vector<std::vector<double>> cpuSamples(size_t(keys.size()));
    t.hitsPerKey.assign(size_t(keys.size()), -1);
    QElapsedTimer timer;
    for (int r = 0; r < std::max(1, repeats); ++r) {
        for (qsizetype k = 0; k < keys.size(); ++k) {
            timer.start();
            const double cpu = ProcessStats::cpuMs();
            const qint64 hits = method.run(keys.at(k));
            samples[size_t(k)].push_back(double(timer.nsecsElapsed()) / 1e6);
            cpuSamples[size_t(k)].push_back(ProcessStats::cpuMs() - cpu);
            t.hitsPerKey[size_t(k)] = hits;
        }
    }
    for (const auto &s : samples)
        t.msPerKey.push_back(medianOf(s));
    t.median = medianOf(t.msPerKey);
    t.p95 = percentileOf(t.msPerKey, 95);
    t.max = *std::max_element(t.msPerKey.begin(), t.msPerKey.end());
    for (const auto &s : cpuSamples)
        t.cpuMsPerKey.push_back(medianOf(s));
    t.cpuMedian = medianOf(t.cpuMsPerKey);
    t.cpuP95 = percentileOf(t.cpuMsPerKey, 95);
    return t;
}
