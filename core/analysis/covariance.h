#pragma once

#include <Eigen/Core>

namespace tp {

/**
 * The covariance of the columns of `data` about `mean` (lower triangle, divided by n - 1): the
 * bulk of a PCA fit. On x86-64 CPUs with AVX2 and FMA (chosen at run time) it runs a copy of
 * Eigen's kernels compiled for them, about 3x faster than the baseline SSE2 build that every
 * x86-64 CPU runs.
 */
Eigen::MatrixXd centredCovariance(const Eigen::MatrixXd &data, const Eigen::VectorXd &mean);

/** Whether the AVX2/FMA kernel is in use on this CPU (for benchmarks and logs). */
bool covarianceUsesAvx2();

} // namespace tp
