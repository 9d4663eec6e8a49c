#include "map/neighbourhood.h"

#include "map/mapterms.h"

#include <algorithm>
#include <numeric>

namespace {
// The k rows with the smallest key (ties by row), `self` excluded.
template<class Key>
std::vector<qsizetype> nearest(qsizetype n, qsizetype self, int k, Key key)
{
    std::vector<qsizetype> rows(static_cast<size_t>(n));
    std::iota(rows.begin(), rows.end(), 0);
    rows.erase(rows.begin() + self);
    const size_t count = std::min(rows.size(), size_t(k));
    std::partial_sort(rows.begin(), rows.begin() + ptrdiff_t(count), rows.end(), [&key](qsizetype a, qsizetype b) {
        const double ka = key(a), kb = key(b);
        return ka != kb ? ka < kb : a < b;
    });
    rows.resize(count);
    std::sort(rows.begin(), rows.end());
    return rows;
}
} // namespace

double Neighbourhood::preservation(const MapTerms &terms, const std::vector<float> &x, const std::vector<float> &y,
                                   int k, int sample)
{
    const qsizetype n = qsizetype(x.size());
    if (n < 2 || k < 1)
        return 0;
    // `sample` > 0: every (n / sample)-th paper, so 100k papers can be scored in minutes.
    const qsizetype step = sample > 0 ? std::max<qsizetype>(1, n / sample) : 1;
    double total = 0;
    qsizetype scored = 0;
    for (qsizetype i = 0; i < n; i += step) {
        if (terms.isEmptyRow(i))
            continue;
        const auto text = nearest(n, i, k, [&](qsizetype j) { return -double(terms.cosine(i, j)); });
        const auto map = nearest(n, i, k, [&](qsizetype j) {
            const double dx = x[size_t(i)] - x[size_t(j)], dy = y[size_t(i)] - y[size_t(j)];
            return dx * dx + dy * dy;
        });
        std::vector<qsizetype> common;
        std::set_intersection(text.begin(), text.end(), map.begin(), map.end(), std::back_inserter(common));
        total += double(common.size()) / double(text.size());
        ++scored;
    }
    return scored ? total / double(scored) : 0;
}
