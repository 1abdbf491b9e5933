#include "covariance.h"

#define TP_KERNEL_NAME covarianceKernelBaseline
#include "covariance_kernel.inc"

namespace tp {

#ifdef TP_HAVE_AVX2_KERNEL
void covarianceKernelAvx2(const double *data, long rows, long cols, const double *mean, double *out, double weight);
#endif

bool covarianceUsesAvx2()
{
#ifdef TP_HAVE_AVX2_KERNEL
    static const bool yes = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return yes;
#else
    return false;
#endif
}

Eigen::MatrixXd centredCovariance(const Eigen::MatrixXd &data, const Eigen::VectorXd &mean)
{
    const Eigen::Index n = data.rows(), m = data.cols();
    Eigen::MatrixXd cov = Eigen::MatrixXd::Zero(m, m);
    if (n < 2 || m == 0)
        return cov;
    const double weight = 1.0 / double(n - 1);
#ifdef TP_HAVE_AVX2_KERNEL
    if (covarianceUsesAvx2()) {
        covarianceKernelAvx2(data.data(), long(n), long(m), mean.data(), cov.data(), weight);
        return cov;
    }
#endif
    covarianceKernelBaseline(data.data(), long(n), long(m), mean.data(), cov.data(), weight);
    return cov;
}

} // namespace tp
