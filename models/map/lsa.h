#pragma once

#include <QtGlobal>

#include <Eigen/Dense>

#include <atomic>

class MapTerms;

// Latent semantic analysis: a randomized truncated SVD (Halko, Martinsson & Tropp 2011, with two
// power iterations) of the tf-idf matrix, fixed seed, so the same corpus gives the same space.
// Each paper becomes a `dimensions`-long vector (U·Σ), rows L2-normalised; empty rows stay zero.
namespace Lsa {
using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// An empty matrix when *cancelled became true.
Matrix reduce(const MapTerms &terms, int dimensions, quint32 seed, const std::atomic<bool> *cancelled = nullptr);
} // namespace Lsa
