#pragma once

#include <QtGlobal>

#include <igraph/igraph.h>

#include <atomic>
#include <mutex>
#include <vector>

class KnnGraph;

// igraph as Debian builds it is not thread-safe (IGRAPH_THREAD_SAFE 0) and aborts on errors by
// default. A session holds the one process-wide lock for as long as igraph is used, turns errors
// into return codes, makes the cancel flag interrupt long igraph loops, and seeds igraph's random
// generator so results are the same on every run.
class IgraphSession
{
public:
    IgraphSession(quint32 seed, const std::atomic<bool> *cancelled);
    ~IgraphSession();
    IgraphSession(const IgraphSession &) = delete;
    IgraphSession &operator=(const IgraphSession &) = delete;

    // Whether the cancel flag may interrupt igraph's loops (the default). igraph 0.10.2 crashes
    // freeing its cleanup stack when Leiden is interrupted, so clustering runs uninterrupted.
    void setInterruptible(bool interruptible);

    // The kNN graph as an undirected igraph graph, each pair once; `weights` gets the similarity of
    // every edge (floored, so no edge weighs zero). `local` maps corpus rows to vertex ids (all rows
    // when empty). False when igraph failed.
    static bool toGraph(const KnnGraph &knn, const std::vector<qsizetype> &local, igraph_t *graph,
                        std::vector<double> &weights);

private:
    std::unique_lock<std::mutex> m_lock;
    igraph_error_handler_t *m_oldError = nullptr;
    igraph_interruption_handler_t *m_oldInterrupt = nullptr;
};
