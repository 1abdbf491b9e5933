// Compiled with -mavx2 -mfma (see core/CMakeLists.txt); called only on CPUs that have them.
#define Eigen tp_eigen_avx2
#define TP_KERNEL_NAME covarianceKernelAvx2Impl
#include "covariance_kernel.inc"
#undef Eigen

namespace tp {
void covarianceKernelAvx2(const double *data, long rows, long cols, const double *mean, double *out, double weight)
{
    covarianceKernelAvx2Impl(data, rows, cols, mean, out, weight);
}
} // namespace tp
