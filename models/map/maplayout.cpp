#include "map/maplayout.h"

#include "map/knngraph.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace {
constexpr double kStartSpread = 10; // UMAP's own spectral start spans about ±10

// Starting coordinates: LSA components 1 and 2 (component 0 is the corpus's common direction).
bool fillStart(igraph_matrix_t *res, const Lsa::Matrix &start)
{
    const Eigen::Index n = start.rows();
    if (igraph_matrix_init(res, n, 2) != IGRAPH_SUCCESS)
        return false;
    for (int axis = 0; axis < 2; ++axis) {
        const Eigen::Index c = std::min<Eigen::Index>(axis + 1, start.cols() - 1);
        float lo = 0, hi = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            const float v = c >= 0 ? start(i, c) : 0.f;
            lo = i ? std::min(lo, v) : v;
            hi = i ? std::max(hi, v) : v;
        }
        const double scale = hi > lo ? 2 * kStartSpread / (hi - lo) : 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            const double v = c >= 0 ? start(i, c) : 0.0;
            // A tiny index-based offset keeps papers with identical vectors apart.
            MATRIX(*res, i, axis) = (v - lo) * scale - kStartSpread + 1e-3 * double((i * (axis ? 7 : 13)) % 17);
        }
    }
    return true;
}
struct Edge
{
    quint32 a, b;
    double weight;
};

// UMAP's curve for min_dist 0.05, spread 1: 1 / (1 + a·d^(2b)).
constexpr double kA = 1.7, kB = 0.87;
constexpr int kNegativeSamples = 5;
constexpr double kClip = 4;

double clip(double v)
{
    return std::clamp(v, -kClip, kClip);
}

// UMAP's stochastic gradient descent (McInnes et al. 2018): edges are sampled in proportion to their
// weight and pull their ends together; a few random papers per sample push away. A fixed-seed
// Mersenne Twister makes it deterministic.
void optimise(const std::vector<Edge> &edges, MapLayout::Points &p, int epochs)
{
    if (edges.empty() || p.x.size() < 2)
        return;
    double maxWeight = 0;
    for (const Edge &e : edges)
        maxWeight = std::max(maxWeight, e.weight);
    std::vector<double> every(edges.size()), next(edges.size());
    for (size_t e = 0; e < edges.size(); ++e)
        next[e] = every[e] = maxWeight / edges[e].weight;
    std::mt19937 rng(1234567);
    const auto n = quint32(p.x.size());
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        const double alpha = 1.0 - double(epoch - 1) / epochs;
        for (size_t e = 0; e < edges.size(); ++e) {
            if (next[e] > epoch)
                continue;
            next[e] += every[e];
            const quint32 i = edges[e].a, j = edges[e].b;
            double dx = p.x[i] - p.x[j], dy = p.y[i] - p.y[j];
            double d2 = dx * dx + dy * dy;
            if (d2 > 0) {
                const double g = -2 * kA * kB * std::pow(d2, kB - 1) / (1 + kA * std::pow(d2, kB));
                const float mx = float(alpha * clip(g * dx)), my = float(alpha * clip(g * dy));
                p.x[i] += mx, p.y[i] += my, p.x[j] -= mx, p.y[j] -= my;
            }
            for (int s = 0; s < kNegativeSamples; ++s) {
                const quint32 k = rng() % n;
                if (k == i)
                    continue;
                dx = p.x[i] - p.x[k], dy = p.y[i] - p.y[k];
                d2 = dx * dx + dy * dy;
                const double g = 2 * kB / ((0.001 + d2) * (1 + kA * std::pow(d2, kB)));
                p.x[i] += float(alpha * (d2 > 0 ? clip(g * dx) : kClip));
                p.y[i] += float(alpha * (d2 > 0 ? clip(g * dy) : 0));
            }
        }
    }
}
} // namespace

MapLayout::Points MapLayout::umap(const igraph_t *graph, const std::vector<double> &similarities,
                                  const Lsa::Matrix &start, int epochs)
{
    Points out;
    igraph_matrix_t res;
    if (!fillStart(&res, start))
        return out;
    const Eigen::Index n = start.rows();
    out.x.resize(size_t(n));
    out.y.resize(size_t(n));
    for (Eigen::Index i = 0; i < n; ++i) {
        out.x[size_t(i)] = float(MATRIX(res, i, 0));
        out.y[size_t(i)] = float(MATRIX(res, i, 1));
    }
    igraph_matrix_destroy(&res);
    std::vector<Edge> edges;
    for (igraph_integer_t e = 0; e < igraph_ecount(graph); ++e)
        edges.push_back({quint32(IGRAPH_FROM(graph, e)), quint32(IGRAPH_TO(graph, e)), similarities[size_t(e)] * similarities[size_t(e)]});
    optimise(edges, out, epochs);
    return out;
}

void MapLayout::place(const KnnGraph &toLandmarks, const std::vector<qsizetype> &landmarkIndex, const Points &landmarks,
                      const std::vector<quint32> &rows, Points &out)
{
    for (qsizetype q = 0; q < toLandmarks.size(); ++q) {
        double x = 0, y = 0, total = 0;
        for (const KnnGraph::Neighbour &nb : toLandmarks.neighbours(q)) {
            const qsizetype l = landmarkIndex[nb.row];
            const double w = double(nb.similarity) * nb.similarity + 1e-6;
            x += w * landmarks.x[size_t(l)];
            y += w * landmarks.y[size_t(l)];
            total += w;
        }
        const quint32 row = rows[size_t(q)];
        // A golden-angle spiral step per row: deterministic, and papers that share neighbours fan out.
        const double angle = 2.399963229728653 * row;
        const double radius = total > 0 ? 0.15 : 0.5;
        out.x[row] = float((total > 0 ? x / total : 0) + radius * std::cos(angle));
        out.y[row] = float((total > 0 ? y / total : 0) + radius * std::sin(angle));
    }
}

void MapLayout::normalise(Points &points)
{
    if (points.x.empty())
        return;
    const auto [xlo, xhi] = std::minmax_element(points.x.begin(), points.x.end());
    const auto [ylo, yhi] = std::minmax_element(points.y.begin(), points.y.end());
    const double span = std::max({double(*xhi - *xlo), double(*yhi - *ylo), 1e-9});
    const double xoff = (span - (*xhi - *xlo)) / 2, yoff = (span - (*yhi - *ylo)) / 2;
    const float x0 = *xlo, y0 = *ylo;
    for (size_t i = 0; i < points.x.size(); ++i) {
        points.x[i] = float((points.x[i] - x0 + xoff) / span);
        points.y[i] = float((points.y[i] - y0 + yoff) / span);
    }
}
