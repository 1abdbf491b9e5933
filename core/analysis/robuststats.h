#pragma once

#include <vector>

namespace tp {

/** Median (the mean of the two middle values for an even count); 0 for none. */
double median(std::vector<double> values);

/** The p-quantile with linear interpolation between order statistics; 0 for none. */
double quantile(std::vector<double> values, double p);

/** 1.4826 x the median absolute deviation from `centre`: the normal sigma, robust to outliers. */
double robustSigma(const std::vector<double> &values, double centre);

} // namespace tp
