#include "analysis/trend.h"

#include <QTest>

#include <cmath>
#include <random>
#include <vector>

using namespace tp;

namespace {

struct Series {
    std::vector<double> t, y;
};

// Every 6 hours over the last `days`, f(t) plus Gaussian noise.
template<typename F>
Series series(F f, double days, double noise, std::mt19937_64 &rng)
{
    std::normal_distribution<double> g;
    Series s;
    for (double t = -days; t <= 0; t += 0.25) {
        s.t.push_back(t);
        s.y.push_back(f(t) + noise * g(rng));
    }
    return s;
}

} // namespace

class TestTrend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linearCrossingIsFoundWithAnHonestBand()
    {
        // 10 + 0.5 * (t + 20) crosses 30 in 20 days. Over many noisy histories the 80 % band should
        // hold the true crossing about 80 % of the time.
        std::mt19937_64 rng(42);
        RulOptions o;
        o.limit = 30;
        int inside = 0, runs = 300, widened = 0;
        double sumP50 = 0;
        for (int i = 0; i < runs; ++i) {
            const Series s = series([](double t) { return 10 + 0.5 * (t + 20); }, 30, 1.0, rng);
            const RulForecast f = forecastThresholdCrossing(s.t, s.y, o);
            QCOMPARE(f.state, RulForecast::State::Forecast);
            QVERIFY(f.p10Days && f.p50Days);
            // A band widened by a chance miss of the back-test may end beyond the horizon.
            QVERIFY(f.p90Days || f.bandInflation > 1.0);
            QVERIFY(*f.p10Days <= *f.p50Days && (!f.p90Days || *f.p50Days <= *f.p90Days));
            sumP50 += *f.p50Days;
            inside += (*f.p10Days <= 20.0 && (!f.p90Days || 20.0 <= *f.p90Days)) ? 1 : 0;
            widened += f.bandInflation > 1.0 ? 1 : 0;
        }
        // The truth: 10 + 0.5 * (t + 20) = 30 at t = 20 days from now.
        QVERIFY2(std::abs(sumP50 / runs - 20.0) < 0.3, qPrintable(QString::number(sumP50 / runs)));
        const double coverage = double(inside) / runs;
        qInfo("mean P50 %.2f days (truth 20), 80 %% band coverage %.3f, widened by the back-test %d of %d", sumP50 / runs,
              coverage, widened, runs);
        QVERIFY2(widened <= runs / 10, qPrintable(QString::number(widened))); // a right model is rarely widened
        QVERIFY2(coverage > 0.72 && coverage < 0.88, qPrintable(QString::number(coverage)));
    }

    // Autocorrelated noise (AR(1), phi 0.8, as hourly process data has): the band widens with
    // the effective sample size and still covers the truth about as often as it says.
    void autocorrelatedNoiseKeepsTheBandHonest()
    {
        std::mt19937_64 rng(9);
        std::normal_distribution<double> g;
        RulOptions o;
        o.limit = 30;
        int inside = 0, linear = 0, widened = 0;
        const int runs = 300;
        for (int i = 0; i < runs; ++i) {
            std::vector<double> t, y;
            double e = 0;
            for (double d = -30; d <= 0; d += 0.25) {
                e = 0.8 * e + 0.6 * g(rng);
                t.push_back(d);
                y.push_back(10 + 0.5 * (d + 20) + e);
            }
            const RulForecast f = forecastThresholdCrossing(t, y, o);
            QCOMPARE(f.state, RulForecast::State::Forecast);
            QVERIFY(f.p10Days && f.p50Days && (f.p90Days || f.bandInflation > 1.0));
            inside += (*f.p10Days <= 20.0 && (!f.p90Days || 20.0 <= *f.p90Days)) ? 1 : 0;
            linear += f.fit->model == TrendFit::Model::Linear ? 1 : 0;
            widened += f.bandInflation > 1.0 ? 1 : 0;
        }
        const double coverage = double(inside) / runs;
        qInfo("AR(1) noise: 80 %% band coverage %.3f, widened by the back-test %d of %d", coverage, widened, runs);
        QVERIFY2(widened <= runs / 10, qPrintable(QString::number(widened))); // correlated noise is no drift
        QVERIFY2(coverage > 0.70 && coverage < 0.90, qPrintable(QString::number(coverage)));
        QVERIFY(linear > runs * 9 / 10); // a straight trend stays straight
    }

    // A trend that set in during the window: flat for 18 days, then rising 0.8 a day. One
    // straight line over the window is too shallow, and its own confidence band says nothing
    // about that; the back-test sees the earlier fits miss and widens the band to the truth.
    void aTrendThatSetInWidensTheBand()
    {
        std::mt19937_64 rng(11);
        RulOptions o;
        o.limit = 30;
        const double truth = (30.0 - (10.0 + 0.8 * 12)) / 0.8; // 13 days at the current slope
        int inside = 0, widened = 0;
        double meanInflation = 0, p10 = 0;
        const int runs = 100;
        for (int i = 0; i < runs; ++i) {
            const Series s = series([](double t) { return 10.0 + 0.8 * std::max(0.0, t + 12); }, 30, 0.3, rng);
            const RulForecast f = forecastThresholdCrossing(s.t, s.y, o);
            QCOMPARE(f.state, RulForecast::State::Forecast);
            QVERIFY(f.p10Days && f.p50Days);
            QVERIFY(f.fit->driftVariance > 0);
            // The drift widens the band ahead, not now: the band at t = 0 is the fit's own.
            TrendFit plain = *f.fit;
            plain.driftVariance = 0;
            QCOMPARE(f.fit->boundAt(0, 0.9), plain.boundAt(0, 0.9));
            QVERIFY(f.fit->boundAt(10, 0.9) > plain.boundAt(10, 0.9));
            meanInflation += f.bandInflation / runs;
            widened += f.bandInflation > 1.0 ? 1 : 0;
            p10 += *f.p10Days / runs;
            inside += (*f.p10Days <= truth && (!f.p90Days || truth <= *f.p90Days)) ? 1 : 0;
        }
        qInfo("trend set in: widened %d of %d, mean inflation %.2f, mean P10 %.1f days (truth %.1f), band holds the truth in %d",
              widened, runs, meanInflation, p10, truth, inside);
        QCOMPARE(widened, runs);
        QVERIFY2(inside >= runs * 8 / 10, qPrintable(QString::number(inside)));
    }

    void exponentialGrowthIsModelledAsSuch()
    {
        std::mt19937_64 rng(1);
        // A filter dP: 0.3 bar doubling every 20 days; change-out at 2.0 bar.
        const double k = std::log(2.0) / 20.0;
        const Series s = series([&](double t) { return 0.6 * std::exp(k * t); }, 40, 0.01, rng);
        RulOptions o;
        o.limit = 2.0;
        const RulForecast f = forecastThresholdCrossing(s.t, s.y, o);
        QCOMPARE(f.state, RulForecast::State::Forecast);
        QCOMPARE(f.fit->model, TrendFit::Model::Exponential);
        const double truth = std::log(2.0 / 0.6) / k; // 34.7 days
        QVERIFY2(std::abs(*f.p50Days - truth) < 0.05 * truth, qPrintable(QString::number(*f.p50Days)));
        QVERIFY(f.p10Days && f.p90Days && *f.p10Days < truth && truth < *f.p90Days);
    }

    void outliersDoNotMoveTheForecast()
    {
        std::mt19937_64 rng(3);
        Series s = series([](double t) { return 70 + 0.2 * t; }, 60, 0.3, rng); // bearing degC
        for (size_t i = 0; i < s.y.size(); i += 17)
            s.y[i] += 25; // spikes
        RulOptions o;
        o.limit = 80;
        const RulForecast f = forecastThresholdCrossing(s.t, s.y, o);
        QCOMPARE(f.state, RulForecast::State::Forecast);
        QVERIFY2(std::abs(*f.p50Days - 50.0) < 2.0, qPrintable(QString::number(*f.p50Days)));
    }

    void fallingIndicatorTowardALowerLimit()
    {
        std::mt19937_64 rng(4);
        const Series s = series([](double t) { return 25 - 0.1 * t; }, 30, 0.5, rng); // surge margin %
        RulOptions o;
        o.limit = 10;
        o.rising = false;
        const RulForecast f = forecastThresholdCrossing(s.t, s.y, o);
        QCOMPARE(f.state, RulForecast::State::Forecast);
        QVERIFY2(std::abs(*f.p50Days - 150.0) < 15.0, qPrintable(QString::number(*f.p50Days)));
        QVERIFY(*f.p10Days < *f.p50Days);
    }

    void honestStates()
    {
        std::mt19937_64 rng(5);
        RulOptions o;
        o.limit = 30;
        // Flat: no significant trend.
        const Series flat = series([](double) { return 10.0; }, 30, 1.0, rng);
        QCOMPARE(forecastThresholdCrossing(flat.t, flat.y, o).state, RulForecast::State::NoSignificantTrend);
        // Improving: a trend away from the limit is not a forecast either.
        const Series away = series([](double t) { return 10.0 - 0.2 * t; }, 30, 0.5, rng);
        QCOMPARE(forecastThresholdCrossing(away.t, away.y, o).state, RulForecast::State::NoSignificantTrend);
        // Slow: crosses in about 2000 days, beyond a 365-day horizon.
        const Series slow = series([](double t) { return 10 + 0.01 * t; }, 60, 0.05, rng);
        const RulForecast beyond = forecastThresholdCrossing(slow.t, slow.y, o);
        QCOMPARE(beyond.state, RulForecast::State::BeyondHorizon);
        QVERIFY(!beyond.p50Days);
        // Already past the limit.
        const Series past = series([](double t) { return 31 + 0.1 * t; }, 30, 0.1, rng);
        QCOMPARE(forecastThresholdCrossing(past.t, past.y, o).state, RulForecast::State::AlreadyBeyond);
        // Too few points, or too short a span.
        const std::vector<double> t{-1, -0.5, 0}, y{1, 2, 3};
        QCOMPARE(forecastThresholdCrossing(t, y, o).state, RulForecast::State::InsufficientData);
        const Series brief = series([](double t) { return 10 + t; }, 1, 0.1, rng);
        QCOMPARE(forecastThresholdCrossing(brief.t, brief.y, o).state, RulForecast::State::InsufficientData);
        QVERIFY(!RulForecast::stateText(RulForecast::State::BeyondHorizon).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrend)
#include "tst_trend.moc"
