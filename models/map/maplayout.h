#pragma once

#include "map/lsa.h"

#include <igraph/igraph.h>

#include <vector>

class KnnGraph;

// The 2-D placement of the map. UMAP's optimisation on the kNN graph (our own: igraph 0.10.2's
// igraph_layout_umap took a minute for 434 papers here), started from the first two
// LSA components so the result is deterministic and keeps the space's global arrangement; larger
// corpora lay out landmarks that way and place every other paper among its nearest landmarks.
namespace MapLayout {
struct Points
{
    std::vector<float> x;
    std::vector<float> y;
};

// UMAP of the graph's vertices; `start` holds one LSA row per vertex. Call inside an IgraphSession.
// Empty points when igraph failed or was interrupted.
Points umap(const igraph_t *graph, const std::vector<double> &similarities, const Lsa::Matrix &start, int epochs);

// Places each query of `toLandmarks` (neighbours are landmark rows; `landmarkIndex` maps a corpus
// row to its landmark's index in `landmarks`) at the similarity-weighted mean of its neighbours,
// nudged by a small deterministic offset so papers with the same neighbours do not coincide.
void place(const KnnGraph &toLandmarks, const std::vector<qsizetype> &landmarkIndex, const Points &landmarks,
           const std::vector<quint32> &rows, Points &out);

// Scales both axes by the same factor into 0..1, centred.
void normalise(Points &points);
} // namespace MapLayout
