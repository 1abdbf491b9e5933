#include "robuststats.h"

#include <algorithm>
#include <cmath>

namespace tp {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    const size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    double m = v[mid];
    if (v.size() % 2 == 0)
        m = (m + *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid))) / 2;
    return m;
}

double quantile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    const double pos = std::clamp(p, 0.0, 1.0) * double(v.size() - 1);
    const auto lo = static_cast<size_t>(std::floor(pos));
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(lo), v.end());
    const double a = v[lo];
    if (lo + 1 >= v.size())
        return a;
    const double b = *std::min_element(v.begin() + std::ptrdiff_t(lo) + 1, v.end());
    return a + (pos - double(lo)) * (b - a);
}

double robustSigma(const std::vector<double> &values, double centre)
{
    std::vector<double> dev(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        dev[i] = std::abs(values[i] - centre);
    return 1.4826 * median(std::move(dev));
}

} // namespace tp
