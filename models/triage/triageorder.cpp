#include "triage/triageorder.h"

#include <algorithm>
#include <cmath>
#include <limits>

QList<qsizetype> TriageOrder::mostUncertain(const QList<qsizetype> &rows, const std::vector<float> &scores)
{
    const auto uncertainty = [&scores](qsizetype row) {
        return row >= 0 && size_t(row) < scores.size() ? std::abs(scores[size_t(row)]) : std::numeric_limits<float>::infinity();
    };
    QList<qsizetype> out = rows;
    std::stable_sort(out.begin(), out.end(), [&](qsizetype a, qsizetype b) { return uncertainty(a) < uncertainty(b); });
    return out;
}
