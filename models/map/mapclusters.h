#pragma once

#include "map/papermap.h"

#include <igraph/igraph.h>

#include <vector>

class MapTerms;

// Clusters of the map and their names. Leiden (igraph's, modularity with a resolution parameter)
// on the kNN graph gives one partition per zoom level; each cluster is named by class-based tf-idf
// (BERTopic's c-TF-IDF): the words frequent in the cluster and rare across the others.
namespace MapClusters {
// Cluster ids per vertex, largest cluster 0. Call inside an IgraphSession. Empty when igraph failed.
std::vector<int> leiden(const igraph_t *graph, const std::vector<double> &weights, double resolution);

// Renumbers clusters by decreasing size (ties: lowest first member), so ids are stable;
// kUnclustered stays.
std::vector<int> renumber(const std::vector<int> &raw);

// The level's clusters (labels, sizes, centres) from its membership and the papers' points.
PaperMap::Level describe(const MapTerms &terms, std::vector<int> membership, const std::vector<float> &x,
                         const std::vector<float> &y, double resolution);

// The top words of each cluster (at most `count`), strongest first; near-duplicates skipped.
std::vector<QStringList> labelWords(const MapTerms &terms, const std::vector<int> &membership, int clusters, int count);
} // namespace MapClusters
