#include "map/lsa.h"

#include "map/mapterms.h"

#include <Eigen/SparseCore>

#include <algorithm>
#include <cmath>
#include <random>

namespace {
using Sparse = Eigen::SparseMatrix<float, Eigen::RowMajor>;

Sparse toSparse(const MapTerms &terms)
{
    std::vector<Eigen::Triplet<float>> triplets;
    triplets.reserve(terms.weights().size());
    for (qsizetype i = 0; i < terms.rows(); ++i)
        for (quint32 k = terms.offsets()[size_t(i)]; k < terms.offsets()[size_t(i) + 1]; ++k)
            triplets.emplace_back(int(i), int(terms.weights()[k].term), terms.weights()[k].value);
    Sparse a(Eigen::Index(terms.rows()), Eigen::Index(terms.termCount()));
    a.setFromTriplets(triplets.begin(), triplets.end());
    return a;
}

// Gaussian test matrix from a fixed-seed Mersenne Twister via Box–Muller, so every standard
// library gives the same numbers (std::normal_distribution is implementation-defined).
Lsa::Matrix gaussian(Eigen::Index rows, Eigen::Index cols, quint32 seed)
{
    std::mt19937 rng(seed);
    const auto uniform = [&rng] { return (double(rng()) + 0.5) / 4294967296.0; };
    Lsa::Matrix m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i)
        m.data()[i] = float(std::sqrt(-2 * std::log(uniform())) * std::cos(6.283185307179586 * uniform()));
    return m;
}

Eigen::MatrixXf orthonormal(const Eigen::MatrixXf &y)
{
    Eigen::HouseholderQR<Eigen::MatrixXf> qr(y);
    return qr.householderQ() * Eigen::MatrixXf::Identity(y.rows(), std::min(y.rows(), y.cols()));
}
} // namespace

Lsa::Matrix Lsa::reduce(const MapTerms &terms, int dimensions, quint32 seed, const std::atomic<bool> *cancelled)
{
    const Eigen::Index n = terms.rows();
    const Sparse a = toSparse(terms);
    const Eigen::Index rank = std::min<Eigen::Index>({Eigen::Index(dimensions), n, a.cols()});
    if (rank <= 0)
        return Matrix::Zero(n, 0);
    const Eigen::Index sample = std::min<Eigen::Index>({rank + 10, n, a.cols()});
    Eigen::MatrixXf q = orthonormal(a * gaussian(a.cols(), sample, seed));
    for (int iteration = 0; iteration < 2; ++iteration) {
        if (cancelled && cancelled->load())
            return {};
        const Eigen::MatrixXf z = orthonormal(a.transpose() * q);
        q = orthonormal(a * z);
    }
    // B = Qᵀ·A is small (sample × terms); its left singular vectors come from B·Bᵀ.
    const Eigen::MatrixXf b = (a.transpose() * q).transpose();
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXf> eigen(b * b.transpose());
    Matrix out(n, rank);
    const Eigen::Index s = eigen.eigenvalues().size();
    for (Eigen::Index c = 0; c < rank; ++c) {
        const Eigen::Index k = s - 1 - c; // eigenvalues ascend
        const float sigma = std::sqrt(std::max(0.f, eigen.eigenvalues()(k)));
        Eigen::VectorXf u = q * eigen.eigenvectors().col(k);
        // A fixed sign (largest entry positive) so the space does not flip between runs.
        Eigen::Index arg = 0;
        u.cwiseAbs().maxCoeff(&arg);
        if (u(arg) < 0)
            u = -u;
        out.col(c) = u * sigma;
    }
    for (Eigen::Index i = 0; i < n; ++i) {
        const float norm = out.row(i).norm();
        if (norm > 0)
            out.row(i) /= norm;
    }
    return out;
}
