#include "map/mapclusters.h"

#include "map/mapterms.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {
constexpr int kLabelWords = 3;
constexpr int kLeidenIterations = 8; // "until stable" (-1) never ended on some graphs
constexpr double kBeta = 0.01;

} // namespace

std::vector<int> MapClusters::renumber(const std::vector<int> &raw)
{
    const int count = raw.empty() ? 0 : std::max(0, *std::max_element(raw.begin(), raw.end()) + 1);
    std::vector<qsizetype> size(size_t(count), 0), first(size_t(count), -1);
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] < 0)
            continue;
        ++size[size_t(raw[i])];
        if (first[size_t(raw[i])] < 0)
            first[size_t(raw[i])] = qsizetype(i);
    }
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return size[size_t(a)] != size[size_t(b)] ? size[size_t(a)] > size[size_t(b)] : first[size_t(a)] < first[size_t(b)];
    });
    std::vector<int> rank(static_cast<size_t>(count));
    for (int r = 0; r < count; ++r)
        rank[size_t(order[size_t(r)])] = r;
    std::vector<int> out(raw.size());
    for (size_t i = 0; i < raw.size(); ++i)
        out[i] = raw[i] < 0 ? PaperMap::kUnclustered : rank[size_t(raw[i])];
    // Clusters that lost every member are gone: ranks past the last used one are never handed out.
    return out;
}

namespace {

// "privacy" after "private": the same word for a reader, skipped.
bool nearDuplicate(const QString &word, const QStringList &chosen)
{
    for (const QString &c : chosen) {
        const qsizetype common = std::min<qsizetype>({word.size(), c.size(), 5});
        if (word.startsWith(c.left(common)) && common >= 4)
            return true;
    }
    return false;
}
} // namespace

std::vector<int> MapClusters::leiden(const igraph_t *graph, const std::vector<double> &weights, double resolution)
{
    const igraph_integer_t n = igraph_vcount(graph);
    igraph_vector_t w, strength;
    igraph_vector_int_t membership;
    igraph_vector_init(&w, igraph_integer_t(weights.size()));
    for (size_t e = 0; e < weights.size(); ++e)
        VECTOR(w)[e] = weights[e];
    igraph_vector_init(&strength, n);
    igraph_vector_int_init(&membership, n);
    igraph_integer_t count = 0;
    bool ok = igraph_strength(graph, &strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &w) == IGRAPH_SUCCESS;
    const double total = ok ? igraph_vector_sum(&strength) : 0;
    // Modularity: node weights are strengths and the resolution is divided by 2m.
    ok = ok && total > 0
        && igraph_community_leiden(graph, &w, &strength, resolution / total, kBeta, false, kLeidenIterations,
                                   &membership, &count, nullptr) == IGRAPH_SUCCESS;
    std::vector<int> raw;
    if (ok)
        for (igraph_integer_t i = 0; i < n; ++i)
            raw.push_back(int(VECTOR(membership)[i]));
    igraph_vector_int_destroy(&membership);
    igraph_vector_destroy(&strength);
    igraph_vector_destroy(&w);
    Q_UNUSED(count);
    return ok ? renumber(raw) : std::vector<int>{};
}

std::vector<QStringList> MapClusters::labelWords(const MapTerms &terms, const std::vector<int> &membership,
                                                 int clusters, int count)
{
    const size_t t = size_t(terms.termCount());
    std::vector<std::vector<float>> tf(size_t(clusters), std::vector<float>(t, 0.f));
    std::vector<double> words(size_t(clusters), 0), total(t, 0);
    for (size_t i = 0; i < membership.size(); ++i) {
        if (membership[i] < 0)
            continue;
        for (quint32 k = terms.offsets()[i]; k < terms.offsets()[i + 1]; ++k) {
            const MapTerms::Entry &e = terms.counts()[k];
            tf[size_t(membership[i])][e.term] += e.value;
            words[size_t(membership[i])] += e.value;
            total[e.term] += e.value;
        }
    }
    const double average = std::accumulate(words.begin(), words.end(), 0.0) / std::max(1, clusters);
    std::vector<QStringList> out(static_cast<size_t>(clusters));
    for (int c = 0; c < clusters; ++c) {
        std::vector<std::pair<double, quint32>> scored;
        for (quint32 term = 0; term < t; ++term)
            if (tf[size_t(c)][term] > 1 || (tf[size_t(c)][term] > 0 && words[size_t(c)] < 50))
                scored.push_back({-(tf[size_t(c)][term] / words[size_t(c)]) * std::log(1 + average / total[term]), term});
        std::sort(scored.begin(), scored.end());
        for (const auto &[score, term] : scored) {
            if (out[size_t(c)].size() >= count)
                break;
            if (!nearDuplicate(terms.terms()[term], out[size_t(c)]))
                out[size_t(c)].append(terms.terms()[term]);
        }
    }
    return out;
}

PaperMap::Level MapClusters::describe(const MapTerms &terms, std::vector<int> membership, const std::vector<float> &x,
                                      const std::vector<float> &y, double resolution)
{
    PaperMap::Level level;
    level.resolution = resolution;
    const int count = membership.empty() ? 0 : *std::max_element(membership.begin(), membership.end()) + 1;
    level.clusters.resize(size_t(std::max(0, count)));
    for (size_t i = 0; i < membership.size(); ++i) {
        if (membership[i] < 0)
            continue;
        PaperMap::Cluster &c = level.clusters[size_t(membership[i])];
        ++c.size;
        c.x += x[i];
        c.y += y[i];
    }
    const std::vector<QStringList> words = labelWords(terms, membership, count, kLabelWords);
    for (int c = 0; c < count; ++c) {
        PaperMap::Cluster &cluster = level.clusters[size_t(c)];
        cluster.x /= float(std::max(1, cluster.size));
        cluster.y /= float(std::max(1, cluster.size));
        cluster.words = words[size_t(c)];
        cluster.label = cluster.words.join(QStringLiteral(", "));
    }
    level.membership = std::move(membership);
    return level;
}
