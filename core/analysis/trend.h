#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <span>

namespace tp {

/** A fitted degradation trend, robust to outliers (Huber weights, MAD scale). */
struct TrendFit {
    enum class Model { Linear, Exponential };
    Model model = Model::Linear;
    double intercept = 0;     ///< at t = 0 (days from the reference time); of log(y) if exponential
    double slope = 0;         ///< per day; of log(y) if exponential
    double cov[3] = {0, 0, 0}; ///< var(intercept), cov, var(slope)
    double scale = 0;         ///< robust residual scale (of log(y) if exponential)
    double medianAbsResidual = 0; ///< in the indicator's units: the selection criterion
    double slopeP = 1;        ///< one-sided p-value of the slope having the tested sign
    int points = 0;
    int dof = 0;
    double driftVariance = 0; ///< slope variance added by the back-test (per day^2; 0: none needed)

    /** The trend's value at t (days) and its two-sided band at `level` (e.g. 0.8 -> P10..P90). */
    double valueAt(double t) const;
    /** Quantile of the trend's mean at t, the slope's drift (driftVariance) included. */
    double boundAt(double t, double quantile) const;
};

/** Fits y = a + b t, or log y = a + b t (y > 0), with Huber-weighted least squares. */
std::optional<TrendFit> fitTrend(std::span<const double> tDays, std::span<const double> y, TrendFit::Model model);

struct RulOptions {
    double limit = 0;
    bool rising = true;          ///< the indicator degrades upwards (dP, temperature, vibration)
    double horizonDays = 365;
    int minPoints = 20;
    double minSpanDays = 2;
    double significance = 0.05;  ///< of the one-sided slope test
    double level = 0.8;          ///< of the P10..P90 band
};

/**
 * Remaining useful life to a threshold crossing: the running-mode trend of an indicator is fit
 * by a linear and an exponential model; the exponential one is used when it has the smaller
 * median absolute residual (in the indicator's units; both have two parameters) and a quadratic
 * term is significant in the direction of the trend (the trend accelerates). Autocorrelated
 * noise widens the band (Bartlett's effective sample size from the lag-1 correlation of a
 * quadratic's residuals, so that a bent trend does not read as correlated noise). P50 is when the fitted trend
 * crosses the limit; P10 and P90 when the upper and lower bounds of its 80 % confidence band do
 * (Student t on the parameters' covariance; for the exponential model in log space). States say
 * honestly when there is nothing to forecast.
 *
 * The band is checked against the series' own history, since a trend's confidence band says
 * nothing about a wrong model: the chosen model is refitted from five earlier origins (50 ..
 * 90 % of the window) and each refit's extrapolation is compared with the median of the points
 * up to the next origin, in standard errors of that refit (its mean's and the median's). The
 * back-tests share data, so the band is widened only when the mean square of the misses
 * exceeds the 95 % point of chi-square with one degree of freedom (what one miss reaches by
 * chance). It is then widened as a drifting slope would: the slope's variance gains the mean
 * of (miss^2 - se^2) / ahead^2, so the band stays as it was now and grows with the horizon, as
 * the misses did. An accelerating (exponential) fit's P90
 * is no earlier than the crossing of the straight line fitted to the same window.
 */
struct RulForecast {
    Q_DECLARE_TR_FUNCTIONS(tp::RulForecast)
public:
    enum class State {
        Forecast,            ///< P50 within the horizon
        NoSignificantTrend,  ///< the slope is not significantly toward the limit
        BeyondHorizon,       ///< a significant trend, but it crosses after the horizon
        AlreadyBeyond,       ///< the trend is past the limit now
        InsufficientData,
    };
    State state = State::InsufficientData;
    std::optional<double> p10Days, p50Days, p90Days; ///< RUL from `now`; empty beyond the horizon
    std::optional<TrendFit> fit;
    double current = 0;     ///< the trend's value now
    double bandInflation = 1; ///< the band's half-width at the crossing over the fit's own (drift)
    QString modelName() const;
    static QString stateId(State s);
    static QString stateText(State s); ///< translated, for people
};

/** `tDays` relative to now (negative: the past), sorted or not; running-mode samples only. */
RulForecast forecastThresholdCrossing(std::span<const double> tDays, std::span<const double> y, const RulOptions &options);

} // namespace tp
