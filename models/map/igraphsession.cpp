#include "map/igraphsession.h"

#include "map/knngraph.h"

#include <algorithm>

namespace {
std::mutex g_igraphMutex;
const std::atomic<bool> *g_cancelled = nullptr; // guarded by g_igraphMutex
bool g_interruptible = true;                     // guarded by g_igraphMutex

igraph_error_t interruptWhenCancelled(void *)
{
    return g_interruptible && g_cancelled && g_cancelled->load() ? IGRAPH_INTERRUPTED : IGRAPH_SUCCESS;
}

constexpr double kMinWeight = 1e-3;
} // namespace

IgraphSession::IgraphSession(quint32 seed, const std::atomic<bool> *cancelled) : m_lock(g_igraphMutex)
{
    g_cancelled = cancelled;
    g_interruptible = true;
    m_oldError = igraph_set_error_handler(igraph_error_handler_ignore);
    m_oldInterrupt = igraph_set_interruption_handler(interruptWhenCancelled);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    igraph_rng_seed(igraph_rng_default(), seed);
}

IgraphSession::~IgraphSession()
{
    igraph_set_interruption_handler(m_oldInterrupt);
    igraph_set_error_handler(m_oldError);
    g_cancelled = nullptr;
}

void IgraphSession::setInterruptible(bool interruptible)
{
    g_interruptible = interruptible;
}

bool IgraphSession::toGraph(const KnnGraph &knn, const std::vector<qsizetype> &local, igraph_t *graph,
                            std::vector<double> &weights)
{
    struct Edge
    {
        qsizetype a, b;
        double w;
    };
    std::vector<Edge> edges;
    for (qsizetype i = 0; i < knn.size(); ++i)
        for (const KnnGraph::Neighbour &nb : knn.neighbours(i)) {
            const qsizetype j = local.empty() ? qsizetype(nb.row) : local[nb.row];
            if (j >= 0 && j != i)
                edges.push_back({std::min(i, j), std::max(i, j), std::max(double(nb.similarity), kMinWeight)});
        }
    std::sort(edges.begin(), edges.end(), [](const Edge &x, const Edge &y) {
        return x.a != y.a ? x.a < y.a : x.b != y.b ? x.b < y.b : x.w > y.w;
    });
    edges.erase(std::unique(edges.begin(), edges.end(),
                            [](const Edge &x, const Edge &y) { return x.a == y.a && x.b == y.b; }),
                edges.end());
    igraph_vector_int_t list;
    if (igraph_vector_int_init(&list, igraph_integer_t(edges.size() * 2)) != IGRAPH_SUCCESS)
        return false;
    weights.clear();
    for (size_t e = 0; e < edges.size(); ++e) {
        VECTOR(list)[2 * e] = edges[e].a;
        VECTOR(list)[2 * e + 1] = edges[e].b;
        weights.push_back(edges[e].w);
    }
    const bool ok = igraph_create(graph, &list, igraph_integer_t(knn.size()), IGRAPH_UNDIRECTED) == IGRAPH_SUCCESS;
    igraph_vector_int_destroy(&list);
    return ok;
}
