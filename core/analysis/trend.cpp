#include "trend.h"

#include "robuststats.h"

#include <Eigen/Dense>

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace tp {

namespace {

double studentQuantile(int dof, double q)
{
    return boost::math::quantile(boost::math::students_t_distribution<double>(std::max(1, dof)), q);
}

// First t in (0, horizon] where g(t) >= 0 (g continuous); none if it never gets there.
std::optional<double> firstRoot(const std::function<double(double)> &g, double horizon)
{
    if (g(0) >= 0)
        return 0.0;
    const int steps = 512;
    double prev = 0;
    for (int i = 1; i <= steps; ++i) {
        const double t = horizon * i / steps;
        if (g(t) >= 0) {
            double lo = prev, hi = t;
            for (int k = 0; k < 60; ++k) {
                const double mid = (lo + hi) / 2;
                (g(mid) >= 0 ? hi : lo) = mid;
            }
            return hi;
        }
        prev = t;
    }
    return std::nullopt;
}

// Residuals of the least-squares quadratic a + b t + c t^2 (t centred).
std::vector<double> quadraticResiduals(std::span<const double> t, std::span<const double> y)
{
    const Eigen::Index n = Eigen::Index(t.size());
    const auto [lo, hi] = std::minmax_element(t.begin(), t.end());
    const double mid = (*lo + *hi) / 2;
    Eigen::MatrixXd x(n, 3);
    Eigen::VectorXd v(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double d = t[size_t(i)] - mid;
        x.row(i) << 1.0, d, d * d;
        v[i] = y[size_t(i)];
    }
    const Eigen::VectorXd r = v - x * x.colPivHouseholderQr().solve(v);
    return {r.data(), r.data() + n};
}

// Is y's curvature significant and in the direction of its slope? Least squares of
// y = a + b t + c t^2 with the linear fit's effective degrees of freedom.
bool significantAcceleration(const std::vector<double> &t, const std::vector<double> &y, const TrendFit &linear, double significance)
{
    const Eigen::Index n = Eigen::Index(t.size());
    Eigen::MatrixXd x(n, 3);
    Eigen::VectorXd v(n);
    const double mid = (*std::min_element(t.begin(), t.end()) + *std::max_element(t.begin(), t.end())) / 2;
    for (Eigen::Index i = 0; i < n; ++i) {
        const double d = t[size_t(i)] - mid;
        x.row(i) << 1.0, d, d * d;
        v[i] = y[size_t(i)];
    }
    const Eigen::Matrix3d xtx = x.transpose() * x;
    const Eigen::LDLT<Eigen::Matrix3d> ldlt(xtx);
    if (ldlt.info() != Eigen::Success)
        return false;
    const Eigen::Vector3d beta = ldlt.solve(x.transpose() * v);
    const double ss = (v - x * beta).squaredNorm();
    const double inflate = double(n) / std::max(3.0, double(linear.dof + 2));
    const double var = inflate * ss / double(std::max<Eigen::Index>(1, n - 3)) * ldlt.solve(Eigen::Vector3d::UnitZ())[2];
    if (!(var > 0))
        return false;
    const double tStat = beta[2] / std::sqrt(var) * (linear.slope >= 0 ? 1.0 : -1.0);
    const double p = boost::math::cdf(boost::math::complement(boost::math::students_t_distribution<double>(std::max(1, linear.dof - 1)), tStat));
    return p < significance;
}

// The slope variance (per day^2, in the model's space) the band lacks for the model's
// extrapolations from earlier origins to have hit the recent points, 0 when their misses are
// within chance (see RulForecast). t sorted ascending.
double backtestDrift(const std::vector<double> &t, const std::vector<double> &y, TrendFit::Model model)
{
    const size_t n = t.size();
    const double t0 = t.front(), span = t.back() - t.front();
    const double origins[] = {0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
    const size_t minFit = std::max<size_t>(10, n / 5);
    double sumSquares = 0, drift = 0;
    int misses = 0;
    size_t begin = 0; // first point after the origin
    for (size_t k = 0; k + 1 < std::size(origins); ++k) {
        const double origin = t0 + origins[k] * span;
        const double next = k + 2 == std::size(origins) ? t.back() : t0 + origins[k + 1] * span;
        while (begin < n && t[begin] <= origin)
            ++begin;
        size_t end = begin;
        while (end < n && t[end] <= next)
            ++end;
        if (begin < minFit || end - begin < 3)
            continue;
        const auto refit = fitTrend(std::span(t).first(begin), std::span(y).first(begin), model);
        if (!refit)
            continue;
        std::vector<double> judged;
        for (size_t i = begin; i < end; ++i)
            judged.push_back(model == TrendFit::Model::Exponential ? std::log(std::max(y[i], 1e-300)) : y[i]);
        const double tm = (t[begin + (end - begin - 1) / 2] + t[begin + (end - begin) / 2]) / 2; // the median's time
        const double predicted = refit->intercept + refit->slope * tm;
        const double meanVar = refit->cov[0] + 2 * tm * refit->cov[1] + tm * tm * refit->cov[2];
        // The median of autocorrelated points varies as much as that of fewer independent ones
        // (the refit's effective sample size, dof + 2 of its points).
        const double correlated = double(refit->points) / double(refit->dof + 2);
        const double medianSe = 1.2533 * refit->scale * std::sqrt(std::max(1.0, correlated) / double(judged.size()));
        const double se = std::sqrt(std::max(0.0, meanVar) + medianSe * medianSe);
        if (!(se > 0))
            continue;
        const double miss = median(judged) - predicted;
        const double ahead = tm - t[begin - 1];
        sumSquares += miss * miss / (se * se);
        // What a drifting slope must add to the band to make this miss typical.
        drift += ahead > 0 ? (miss * miss - se * se) / (ahead * ahead) : 0.0;
        ++misses;
    }
    if (misses == 0)
        return 0.0;
    static const double chance = boost::math::quantile(boost::math::chi_squared_distribution<double>(1), 0.95);
    return sumSquares / misses > chance ? std::max(0.0, drift / misses) : 0.0;
}

} // namespace

double TrendFit::valueAt(double t) const
{
    const double v = intercept + slope * t;
    return model == Model::Exponential ? std::exp(v) : v;
}

double TrendFit::boundAt(double t, double quantile) const
{
    const double se = std::sqrt(std::max(0.0, cov[0] + 2 * t * cov[1] + t * t * (cov[2] + driftVariance)));
    const double v = intercept + slope * t + studentQuantile(dof, quantile) * se;
    return model == Model::Exponential ? std::exp(v) : v;
}

std::optional<TrendFit> fitTrend(std::span<const double> t, std::span<const double> y, TrendFit::Model model)
{
    const size_t n = std::min(t.size(), y.size());
    if (n < 3)
        return std::nullopt;
    std::vector<double> z(n);
    for (size_t i = 0; i < n; ++i) {
        if (model == TrendFit::Model::Exponential) {
            if (!(y[i] > 0))
                return std::nullopt;
            z[i] = std::log(y[i]);
        } else {
            z[i] = y[i];
        }
    }
    std::vector<double> w(n, 1.0), r(n);
    double a = 0, b = 0, s = 0;
    double sw = 0, swt = 0, swtt = 0;
    for (int iter = 0; iter < 50; ++iter) {
        sw = swt = swtt = 0;
        double swz = 0, swtz = 0;
        for (size_t i = 0; i < n; ++i) {
            sw += w[i];
            swt += w[i] * t[i];
            swtt += w[i] * t[i] * t[i];
            swz += w[i] * z[i];
            swtz += w[i] * t[i] * z[i];
        }
        const double det = sw * swtt - swt * swt;
        if (!(det > 0))
            return std::nullopt; // all at one time
        const double na = (swtt * swz - swt * swtz) / det;
        const double nb = (sw * swtz - swt * swz) / det;
        const bool converged = iter > 0 && std::abs(na - a) <= 1e-10 * (1 + std::abs(a)) && std::abs(nb - b) <= 1e-10 * (1 + std::abs(b));
        a = na;
        b = nb;
        for (size_t i = 0; i < n; ++i)
            r[i] = z[i] - (a + b * t[i]);
        s = robustSigma(r, 0.0);
        if (converged || !(s > 0))
            break;
        for (size_t i = 0; i < n; ++i) {
            const double u = std::abs(r[i]) / (1.345 * s);
            w[i] = u <= 1 ? 1.0 : 1.0 / u; // Huber
        }
    }
    TrendFit fit;
    fit.model = model;
    fit.intercept = a;
    fit.slope = b;
    fit.scale = s;
    fit.points = int(n);
    // Residual variance, inflated for autocorrelated noise (lag-1, Bartlett's effective n).
    double ss = 0;
    for (size_t i = 0; i < n; ++i)
        ss += w[i] * r[i] * r[i];
    // The noise's lag-1 autocorrelation, from the residuals of a quadratic in time: the
    // straight line's own residuals would read a misfit (a trend that set in during the window)
    // as correlation near 1 and call any trend insignificant.
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t i, size_t j) { return t[i] < t[j]; });
    const std::vector<double> e = quadraticResiduals(t.first(n), z);
    double lag = 0, var = 0;
    for (size_t k = 0; k < n; ++k) {
        var += e[order[k]] * e[order[k]];
        if (k > 0)
            lag += e[order[k]] * e[order[k - 1]];
    }
    // With the small-sample bias correction for AR(1): r + (1 + 4r)/n.
    double rho = var > 0 ? lag / var : 0.0;
    rho = std::clamp(rho + (1 + 4 * rho) / double(n), 0.0, 0.99);
    const double nEff = std::max(3.0, double(n) * (1 - rho) / (1 + rho));
    fit.dof = std::max(1, int(std::floor(nEff)) - 2);
    const double sigma2 = ss / std::max(1.0, sw - 2.0);
    const double det = sw * swtt - swt * swt;
    const double inflate = double(n) / nEff;
    fit.cov[0] = inflate * sigma2 * swtt / det;
    fit.cov[1] = -inflate * sigma2 * swt / det;
    fit.cov[2] = inflate * sigma2 * sw / det;
    std::vector<double> abs(n);
    for (size_t i = 0; i < n; ++i)
        abs[i] = std::abs(y[i] - fit.valueAt(t[i]));
    fit.medianAbsResidual = median(abs);
    const double se = std::sqrt(fit.cov[2]);
    const double tStat = se > 0 ? b / se : (b > 0 ? 1e9 : b < 0 ? -1e9 : 0.0);
    fit.slopeP = boost::math::cdf(boost::math::complement(boost::math::students_t_distribution<double>(fit.dof), tStat));
    return fit;
}

QString RulForecast::modelName() const
{
    if (!fit)
        return {};
    return fit->model == TrendFit::Model::Linear ? tr("linear") : tr("exponential");
}

QString RulForecast::stateId(State s)
{
    switch (s) {
    case State::Forecast: return QStringLiteral("forecast");
    case State::NoSignificantTrend: return QStringLiteral("no_trend");
    case State::BeyondHorizon: return QStringLiteral("beyond_horizon");
    case State::AlreadyBeyond: return QStringLiteral("beyond_limit");
    case State::InsufficientData: return QStringLiteral("insufficient_data");
    }
    return {};
}

QString RulForecast::stateText(State s)
{
    switch (s) {
    case State::Forecast: return tr("Forecast");
    case State::NoSignificantTrend: return tr("No significant degradation trend");
    case State::BeyondHorizon: return tr("Beyond the forecast horizon");
    case State::AlreadyBeyond: return tr("Already beyond the limit");
    case State::InsufficientData: return tr("Insufficient data");
    }
    return {};
}

RulForecast forecastThresholdCrossing(std::span<const double> tIn, std::span<const double> yIn, const RulOptions &o)
{
    RulForecast f;
    std::vector<std::pair<double, double>> points;
    const size_t n = std::min(tIn.size(), yIn.size());
    points.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if (std::isfinite(tIn[i]) && std::isfinite(yIn[i]))
            points.emplace_back(tIn[i], yIn[i]);
    }
    std::sort(points.begin(), points.end()); // in time, for the back-test
    std::vector<double> t, y;
    t.reserve(points.size());
    y.reserve(points.size());
    for (const auto &[pt, py] : points) {
        t.push_back(pt);
        y.push_back(py);
    }
    if (int(t.size()) < std::max(3, o.minPoints))
        return f;
    const auto [lo, hi] = std::minmax_element(t.begin(), t.end());
    if (*hi - *lo < o.minSpanDays)
        return f;
    auto linear = fitTrend(t, y, TrendFit::Model::Linear);
    auto exponential = fitTrend(t, y, TrendFit::Model::Exponential);
    if (!linear && !exponential)
        return f;
    // The exponential model only when the trend significantly accelerates (and fits better):
    // otherwise noise alone would pick it for a straight trend and forecast early.
    const bool accelerating = linear && exponential && exponential->medianAbsResidual < linear->medianAbsResidual
        && significantAcceleration(t, y, *linear, o.significance);
    f.fit = (!exponential || (linear && !accelerating)) ? linear : exponential;
    TrendFit &fit = *f.fit;
    f.current = fit.valueAt(0);
    const double sign = o.rising ? 1.0 : -1.0;
    if (sign * (f.current - o.limit) >= 0) {
        f.state = RulForecast::State::AlreadyBeyond;
        f.p10Days = f.p50Days = f.p90Days = 0.0;
        return f;
    }
    const double p = o.rising ? fit.slopeP : 1.0 - fit.slopeP;
    if (p > o.significance) {
        f.state = RulForecast::State::NoSignificantTrend;
        return f;
    }
    fit.driftVariance = backtestDrift(t, y, fit.model);
    const double upper = (1 + o.level) / 2, lower = (1 - o.level) / 2;
    // Early (P10): the band's edge toward the limit; late (P90): the far edge.
    f.p10Days = firstRoot([&](double d) { return sign * (fit.boundAt(d, o.rising ? upper : lower) - o.limit); }, o.horizonDays);
    f.p50Days = firstRoot([&](double d) { return sign * (fit.valueAt(d) - o.limit); }, o.horizonDays);
    f.p90Days = firstRoot([&](double d) { return sign * (fit.boundAt(d, o.rising ? lower : upper) - o.limit); }, o.horizonDays);
    if (fit.model == TrendFit::Model::Exponential && f.p90Days && linear) {
        // An acceleration may not last: the late edge is no earlier than the straight line's crossing.
        const auto straight = firstRoot([&](double d) { return sign * (linear->valueAt(d) - o.limit); }, o.horizonDays);
        f.p90Days = straight ? std::optional(std::max(*f.p90Days, *straight)) : std::nullopt;
    }
    f.state = f.p50Days ? RulForecast::State::Forecast : RulForecast::State::BeyondHorizon;
    // How much wider the drift made the band where it matters: at the crossing.
    const double at = f.p50Days.value_or(o.horizonDays);
    const double plain = fit.cov[0] + 2 * at * fit.cov[1] + at * at * fit.cov[2];
    f.bandInflation = plain > 0 ? std::sqrt((plain + at * at * fit.driftVariance) / plain) : 1.0;
    return f;
}

} // namespace tp
