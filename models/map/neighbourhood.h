#pragma once

#include <QtGlobal>

#include <vector>

class MapTerms;

// How faithful a map is: the mean overlap between each paper's k nearest papers by tf-idf cosine
// and its k nearest on the map (Euclidean), over papers with terms. 1 is perfect; a random
// placement scores about k/n. Exact (quadratic), for benchmarks and tests.
namespace Neighbourhood {
double preservation(const MapTerms &terms, const std::vector<float> &x, const std::vector<float> &y, int k = 10,
                    int sample = 0);
} // namespace Neighbourhood
