// tp_eval: the analysis engine on public benchmarks, against published results.
//
//   tp_eval tep DIR [--json FILE]
//       Tennessee Eastman (Braatz set): the Chiang-Russell-Braatz PCA protocol (standardise on
//       d00.dat, 11 components, 99 % limits, T^2 from the F distribution, SPE from
//       Jackson-Mudholkar), detection rates on samples 161-960 of every dNN_te.dat present and
//       false-alarm rates on d00_te.dat; then the same for the best detector. Limits come from
//       the training file only.
//
//   tp_eval cmapss DIR --subset FD00x [--json FILE]
//       C-MAPSS turbofans: RulLearner trained on train_FD00x, evaluated at each test engine's last
//       cycle against RUL_FD00x: RMSE and PHM08 score with the true RUL capped at 125 and
//       uncapped, and the 80 % interval's coverage and mean width.
//
//   tp_eval ims DIR [--json FILE] [--window HOURS]
//       IMS bearing run-to-failure tests (mean absolute acceleration per 10-minute snapshot):
//       threshold-crossing forecasts along each failed bearing's degradation. Protocol: trailing
//       near-zero rows dropped; baseline = the first 20 % of the run (median, robust sigma);
//       limit = baseline + 80 % of the way to the peak of the 1-hour rolling median (the failure
//       level of a run-to-failure test); true crossing = the first time that rolling median
//       reaches the limit; onset = the first hour-long excursion above baseline + 6 sigma.
//       From onset to crossing, every snapshot forecasts from the trailing 48 hours (--window)
//       (forecastThresholdCrossing, 30-day horizon). Scores: alpha-lambda accuracy (alpha 0.2:
//       P50 within 20 % of the true RUL), the share whose P10-P90 band holds the true RUL (of
//       all snapshots, an honest "no trend" counting as a miss, and of the forecasts alone).
//       TP_EVAL_TRACE=1 prints every forecast.
//
// Prints a table; --json writes the layout of issue 5 so that versions can be compared.

#include "analysis/detector.h"
#include "analysis/pca.h"
#include "analysis/numerictable.h"
#include "analysis/robuststats.h"
#include "analysis/rullearner.h"
#include "analysis/trend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QDateTime>
#include <QTextStream>

#include <cstdio>
#include <algorithm>
#include <map>
#include <vector>

using namespace tp;

namespace {

int usage()
{
    std::fprintf(stderr,
                 "usage: tp_eval tep DIR [--json FILE] [--lags N] [--window N] [--confidence P] [--variance P]\n"
                 "       tp_eval cmapss DIR --subset FD001|FD002|FD003|FD004 [--json FILE]\n"
                 "       tp_eval ims DIR [--json FILE] [--window HOURS]\n"
                 "  (the options change the best detector from its defaults, to study its sensitivity)\n");
    return 2;
}

std::optional<Eigen::MatrixXd> readTep(const QString &path)
{
    QString error;
    auto m = readNumericTable(path, &error);
    if (!m) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return std::nullopt;
    }
    if (m->rows() == 52 && m->cols() != 52) // d00.dat is stored transposed (52 x 500)
        m = Eigen::MatrixXd(m->transpose());
    if (m->cols() != 52) {
        std::fprintf(stderr, "%s: %lld columns, expected 52\n", qPrintable(path), static_cast<long long>(m->cols()));
        return std::nullopt;
    }
    return m;
}

double rateAbove(const Eigen::VectorXd &stat, double limit, Eigen::Index from)
{
    if (stat.size() <= from)
        return 0;
    const Eigen::VectorXd tail = stat.tail(stat.size() - from);
    return (tail.array() > limit).cast<double>().mean();
}

bool writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(f.errorString()));
        return false;
    }
    f.write(QJsonDocument(o).toJson());
    return true;
}

int runTep(const QString &dir, const QString &jsonPath, const QHash<QString, double> &knobs)
{
    const auto train = readTep(dir + QStringLiteral("/d00.dat"));
    const auto normalTest = readTep(dir + QStringLiteral("/d00_te.dat"));
    if (!train || !normalTest)
        return 1;
    std::map<int, Eigen::MatrixXd> faults;
    for (int f = 1; f <= 21; ++f) {
        const QString path = dir + QStringLiteral("/d%1_te.dat").arg(f, 2, 10, QLatin1Char('0'));
        if (!QFileInfo::exists(path))
            continue;
        auto m = readTep(path);
        if (!m)
            return 1;
        faults.emplace(f, std::move(*m));
    }
    if (faults.empty()) {
        std::fprintf(stderr, "%s: no dNN_te.dat fault files\n", qPrintable(dir));
        return 1;
    }
    const Eigen::Index faultStart = 160; // the fault is active from sample 161

    // --- the published protocol --------------------------------------------------------
    PcaOptions options;
    options.components = 11;
    options.confidence = 0.99;
    QString error;
    const auto pca = PcaModel::fit(*train, options, &error);
    if (!pca) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // Published (Chiang, Russell & Braatz 2001) T^2 / SPE detection rates, for comparison.
    const std::map<int, std::pair<double, double>> published = {
        {1, {.992, .997}}, {2, {.985, .986}}, {3, {.008, .012}}, {4, {.200, .962}}, {5, {.225, .254}},
        {6, {.990, 1.0}}, {7, {.915, 1.0}}, {8, {.966, .974}}, {9, {.013, .011}}, {10, {.333, .339}},
        {11, {.206, .644}}, {12, {.972, .925}}, {13, {.940, .955}}, {14, {.988, 1.0}}, {15, {.013, .015}},
        {16, {.184, .234}}, {17, {.741, .892}}, {18, {.889, .899}}, {19, {.004, .127}}, {20, {.300, .452}},
        {21, {.264, .430}}};
    const Eigen::MatrixX2d normalScores = pca->scoreAll(*normalTest);
    const double farT2 = rateAbove(normalScores.col(0), pca->t2Limit(), 0);
    const double farSpe = rateAbove(normalScores.col(1), pca->speLimit(), 0);
    std::printf("TEP, PCA (%d components, %.0f %% limits: T^2 %.2f, SPE %.2f), trained on d00.dat (%d samples)\n",
                pca->components(), 100 * options.confidence, pca->t2Limit(), pca->speLimit(), pca->trainingSamples());
    std::printf("%-6s %8s %8s %10s %10s %8s\n", "fault", "T2", "SPE", "pub. T2", "pub. SPE", "max dev");
    QJsonObject t2Json, speJson;
    double worst = 0;
    for (const auto &[f, data] : faults) {
        const Eigen::MatrixX2d s = pca->scoreAll(data);
        const double t2 = rateAbove(s.col(0), pca->t2Limit(), faultStart);
        const double spe = rateAbove(s.col(1), pca->speLimit(), faultStart);
        const auto pub = published.at(f);
        const double dev = std::max(std::abs(t2 - pub.first), std::abs(spe - pub.second));
        worst = std::max(worst, dev);
        std::printf("%-6d %8.3f %8.3f %10.3f %10.3f %8.3f\n", f, t2, spe, pub.first, pub.second, dev);
        t2Json.insert(QString::number(f), t2);
        speJson.insert(QString::number(f), spe);
    }
    std::printf("false alarms on d00_te.dat: T2 %.3f, SPE %.3f; largest deviation from the published rates %.3f "
                "(target <= 0.03)\n\n", farT2, farSpe, worst);

    // --- why the published table differs ---------------------------------------------------
    // The same model with its limits moved to the 99th percentile of d00_te.dat (a normal run
    // twice as long as d00.dat, with up to 1.36x its standard deviations) reproduces the
    // published rates: the published thresholds correspond to about 1 % false alarms on the
    // normal test run rather than on the training run. This calibration reads a test file, so
    // it is a diagnostic only; the table above and the JSON keep the training-only limits.
    std::vector<double> normalT2(normalScores.col(0).begin(), normalScores.col(0).end());
    std::vector<double> normalSpe(normalScores.col(1).begin(), normalScores.col(1).end());
    const double testT2Limit = quantile(std::move(normalT2), options.confidence);
    const double testSpeLimit = quantile(std::move(normalSpe), options.confidence);
    std::printf("Diagnostic, not a protocol: the same model with limits at the 99th percentile of d00_te.dat "
                "(T^2 %.2f, SPE %.2f)\n", testT2Limit, testSpeLimit);
    std::printf("%-6s %8s %8s %10s %10s %8s\n", "fault", "T2", "SPE", "pub. T2", "pub. SPE", "max dev");
    double worstRecalibrated = 0;
    QJsonObject recalibratedJson;
    for (const auto &[f, data] : faults) {
        const Eigen::MatrixX2d s = pca->scoreAll(data);
        const double t2 = rateAbove(s.col(0), testT2Limit, faultStart);
        const double spe = rateAbove(s.col(1), testSpeLimit, faultStart);
        const auto pub = published.at(f);
        const double dev = std::max(std::abs(t2 - pub.first), std::abs(spe - pub.second));
        worstRecalibrated = std::max(worstRecalibrated, dev);
        std::printf("%-6d %8.3f %8.3f %10.3f %10.3f %8.3f%s\n", f, t2, spe, pub.first, pub.second, dev,
                    f == 3 || f == 9 || f == 15 ? "   (undetectable)" : "");
        recalibratedJson.insert(QString::number(f), QJsonObject{{QStringLiteral("T2"), t2}, {QStringLiteral("SPE"), spe}});
    }
    std::printf("largest deviation from the published rates with test-calibrated limits %.3f\n\n", worstRecalibrated);

    // --- the best detector -----------------------------------------------------------------
    DetectorOptions best;
    best.kind = DetectorKind::WindowedDynamicPca;
    best.lags = int(knobs.value(QStringLiteral("lags"), best.lags));
    best.window = int(knobs.value(QStringLiteral("window"), best.window));
    best.windowConfidence = knobs.value(QStringLiteral("confidence"), best.windowConfidence);
    best.pca.cumulativeVariance = knobs.value(QStringLiteral("variance"), best.pca.cumulativeVariance);
    auto detector = Detector::fit(*train, best, &error);
    if (!detector) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double far = rateAbove(detector->alarms(*normalTest).cast<double>(), 0.5, 0);
    std::printf("TEP, best detector: %s\n", qPrintable(detector->description()));
    std::printf("%-6s %8s %10s\n", "fault", "rate", "PCA SPE");
    QJsonObject rates;
    double sum = 0;
    int detectable = 0;
    for (const auto &[f, data] : faults) {
        const double rate = rateAbove(detector->alarms(data).cast<double>(), 0.5, faultStart);
        rates.insert(QString::number(f), rate);
        std::printf("%-6d %8.3f %10.3f%s\n", f, rate, speJson.value(QString::number(f)).toDouble(),
                    f == 3 || f == 9 || f == 15 ? "   (undetectable)" : "");
        if (f != 3 && f != 9 && f != 15) {
            sum += rate;
            ++detectable;
        }
    }
    const double meanDetectable = detectable > 0 ? sum / detectable : 0;
    std::printf("mean over the %d detectable faults present: %.3f (target >= 0.80); false alarms on d00_te.dat %.3f "
                "(target <= 0.02)\n", detectable, meanDetectable, far);

    if (!jsonPath.isEmpty()) {
        QJsonObject pcaJson{{QStringLiteral("T2"), t2Json}, {QStringLiteral("SPE"), speJson},
                            {QStringLiteral("far"), QJsonObject{{QStringLiteral("T2"), farT2}, {QStringLiteral("SPE"), farSpe}}}};
        QJsonObject bestJson{{QStringLiteral("name"), detector->name()}, {QStringLiteral("rates"), rates},
                             {QStringLiteral("mean_detectable"), meanDetectable}, {QStringLiteral("far"), far}};
        const QJsonObject diagnostic{{QStringLiteral("T2_limit"), testT2Limit}, {QStringLiteral("SPE_limit"), testSpeLimit},
                                     {QStringLiteral("rates"), recalibratedJson},
                                     {QStringLiteral("max_deviation"), worstRecalibrated}};
        if (!writeJson(jsonPath, {{QStringLiteral("pca"), pcaJson}, {QStringLiteral("best"), bestJson},
                                  {QStringLiteral("pca_test_calibrated_diagnostic"), diagnostic}}))
            return 1;
    }
    return 0;
}


struct ImsRun {
    std::vector<double> days; // since the start of the test
    std::vector<std::vector<double>> channels;
    QStringList names;
};

std::optional<ImsRun> readIms(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(f.errorString()));
        return std::nullopt;
    }
    QTextStream in(&f);
    ImsRun run;
    run.names = in.readLine().split(u',').mid(1);
    run.channels.resize(size_t(run.names.size()));
    qint64 first = 0;
    int line = 1;
    while (!in.atEnd()) {
        ++line;
        const QStringList cells = in.readLine().split(u',');
        if (cells.size() != run.names.size() + 1)
            continue;
        const QDateTime t = QDateTime::fromString(cells[0], QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!t.isValid()) {
            std::fprintf(stderr, "%s, line %d: \"%s\" is not a time\n", qPrintable(path), line, qPrintable(cells[0]));
            return std::nullopt;
        }
        const qint64 ms = t.toMSecsSinceEpoch();
        if (first == 0)
            first = ms;
        run.days.push_back(double(ms - first) / 86'400'000.0);
        for (int c = 0; c < run.names.size(); ++c)
            run.channels[size_t(c)].push_back(cells[c + 1].toDouble());
    }
    // Shutdown artefacts: trailing rows where a channel drops under 10 % of its median.
    auto median = [](std::vector<double> v) {
        std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
        return v[v.size() / 2];
    };
    std::vector<double> medians;
    for (const auto &c : run.channels)
        medians.push_back(median(c));
    size_t n = run.days.size();
    while (n > 0) {
        bool low = false;
        for (size_t c = 0; c < run.channels.size(); ++c)
            low = low || run.channels[c][n - 1] < 0.1 * medians[c];
        if (!low)
            break;
        --n;
    }
    run.days.resize(n);
    for (auto &c : run.channels)
        c.resize(n);
    return run;
}

int runIms(const QString &dir, const QString &jsonPath, double windowDays)
{
    struct Case {
        const char *file;
        const char *channel;
        const char *failure;
    };
    const Case cases[] = {
        {"merged_dataset_BearingTest_1.csv", "Bearing 3 C1", "inner race"},
        {"merged_dataset_BearingTest_1.csv", "Bearing 3 C2", "inner race"},
        {"merged_dataset_BearingTest_1.csv", "Bearing 4 C1", "roller"},
        {"merged_dataset_BearingTest_1.csv", "Bearing 4 C2", "roller"},
        {"merged_dataset_BearingTest_2.csv", "Bearing 1", "outer race"},
    };
    std::printf("IMS bearings: threshold-crossing forecasts from onset to crossing (alpha 0.2)\n");
    std::printf("%-34s %8s %8s %8s %9s %10s %9s %9s %10s\n", "test / channel", "onset d", "cross d", "points",
                "forecast", "alpha-acc", "coverage", "cov (fc)", "med |err|");
    QJsonArray json;
    int allPoints = 0, allWithin = 0, allCovered = 0, allForecasts = 0, allForecastsCovered = 0;
    for (const Case &c : cases) {
        const QString path = dir + u'/' + QLatin1StringView(c.file);
        if (!QFileInfo::exists(path))
            continue;
        const auto run = readIms(path);
        if (!run)
            return 1;
        const qsizetype col = run->names.indexOf(QLatin1StringView(c.channel));
        if (col < 0)
            continue;
        const std::vector<double> &y = run->channels[size_t(col)];
        const std::vector<double> &t = run->days;
        const size_t n = y.size();
        // 1-hour rolling median (6 snapshots).
        std::vector<double> smooth(n);
        for (size_t i = 0; i < n; ++i) {
            std::vector<double> w(y.begin() + std::ptrdiff_t(i >= 5 ? i - 5 : 0), y.begin() + std::ptrdiff_t(i + 1));
            std::nth_element(w.begin(), w.begin() + w.size() / 2, w.end());
            smooth[i] = w[w.size() / 2];
        }
        std::vector<double> base(y.begin(), y.begin() + std::ptrdiff_t(n / 5));
        std::nth_element(base.begin(), base.begin() + base.size() / 2, base.end());
        const double b = base[base.size() / 2];
        std::vector<double> dev;
        for (double v : base)
            dev.push_back(std::abs(v - b));
        std::nth_element(dev.begin(), dev.begin() + dev.size() / 2, dev.end());
        const double sigma = 1.4826 * dev[dev.size() / 2];
        const double peak = *std::max_element(smooth.begin(), smooth.end());
        const double limit = b + 0.8 * (peak - b);
        size_t crossing = n, onset = n;
        for (size_t i = n / 5; i < n; ++i) {
            if (smooth[i] >= limit) {
                crossing = i;
                break;
            }
        }
        for (size_t i = n / 5; i + 6 < crossing; ++i) {
            bool above = true;
            for (size_t k = i; k < i + 6; ++k)
                above = above && smooth[k] > b + 6 * sigma;
            if (above) {
                onset = i;
                break;
            }
        }
        if (crossing >= n || onset >= crossing)
            continue;
        int points = 0, forecasts = 0, within = 0, covered = 0, forecastsCovered = 0;
        std::vector<double> errors;
        for (size_t i = onset; i < crossing; ++i) {
            std::vector<double> wt, wy;
            for (size_t k = 0; k <= i; ++k) {
                if (t[i] - t[k] <= windowDays) {
                    wt.push_back(t[k] - t[i]);
                    wy.push_back(y[k]);
                }
            }
            RulOptions o;
            o.limit = limit;
            o.rising = true;
            o.horizonDays = 30;
            o.minPoints = 20;
            o.minSpanDays = 0.25;
            const RulForecast f = forecastThresholdCrossing(wt, wy, o);
            const double truth = t[crossing] - t[i];
            ++points;
            if (f.state == RulForecast::State::Forecast && f.p50Days) {
                ++forecasts;
                errors.push_back(std::abs(*f.p50Days - truth) / truth);
                within += std::abs(*f.p50Days - truth) <= 0.2 * truth ? 1 : 0;
            }
            const double lo = f.p10Days.value_or(1e9), hi = f.p90Days.value_or(1e9);
            if (qEnvironmentVariableIsSet("TP_EVAL_TRACE"))
                std::printf("trace %s %s t %.3f truth %.3f state %s model %s infl %.2f p %.3f %.3f %.3f\n", c.file + 15, c.channel, t[i], truth,
                            qPrintable(RulForecast::stateId(f.state)), qPrintable(f.modelName()), f.bandInflation,
                            f.p10Days.value_or(-1), f.p50Days.value_or(-1), f.p90Days.value_or(-1));
            const bool holds = (f.state == RulForecast::State::Forecast || f.state == RulForecast::State::BeyondHorizon)
                && lo <= truth && truth <= hi;
            covered += holds ? 1 : 0;
            forecastsCovered += holds && f.state == RulForecast::State::Forecast ? 1 : 0;
        }
        std::sort(errors.begin(), errors.end());
        const double medErr = errors.empty() ? 0 : errors[errors.size() / 2];
        const QString name = QStringLiteral("%1 / %2 (%3)").arg(QLatin1StringView(c.file).mid(15, 13), QLatin1StringView(c.channel),
                                                              QLatin1StringView(c.failure));
        std::printf("%-34s %8.2f %8.2f %8d %9.2f %10.3f %9.3f %9.3f %10.3f\n", qPrintable(name), t[onset], t[crossing], points,
                    double(forecasts) / points, double(within) / points, double(covered) / points,
                    double(forecastsCovered) / std::max(1, forecasts), medErr);
        allPoints += points;
        allForecasts += forecasts;
        allForecastsCovered += forecastsCovered;
        allWithin += within;
        allCovered += covered;
        json.append(QJsonObject{{QStringLiteral("test"), QLatin1StringView(c.file)}, {QStringLiteral("channel"), QLatin1StringView(c.channel)},
                                {QStringLiteral("onset_days"), t[onset]}, {QStringLiteral("crossing_days"), t[crossing]},
                                {QStringLiteral("limit"), limit}, {QStringLiteral("points"), points},
                                {QStringLiteral("alpha_lambda_accuracy"), double(within) / points},
                                {QStringLiteral("coverage"), double(covered) / points},
                                {QStringLiteral("coverage_of_forecasts"), double(forecastsCovered) / std::max(1, forecasts)},
                                {QStringLiteral("median_relative_error"), medErr}});
    }
    if (allPoints == 0) {
        std::fprintf(stderr, "%s: no IMS test files with a failed bearing's channel\n", qPrintable(dir));
        return 1;
    }
    std::printf("all: %d snapshots, alpha-lambda accuracy %.3f, P10-P90 coverage %.3f; %d forecasts, coverage %.3f\n", allPoints,
                double(allWithin) / allPoints, double(allCovered) / allPoints, allForecasts,
                double(allForecastsCovered) / std::max(1, allForecasts));
    if (!jsonPath.isEmpty())
        return writeJson(jsonPath, {{QStringLiteral("ims"), json},
                                    {QStringLiteral("alpha_lambda_accuracy"), double(allWithin) / allPoints},
                                    {QStringLiteral("coverage"), double(allCovered) / allPoints}}) ? 0 : 1;
    return 0;
}


int runCmapss(const QString &dir, const QString &subset, const QString &jsonPath)
{
    QString error;
    const QString trainPath = dir + QStringLiteral("/train_%1.txt").arg(subset);
    const QString testPath = dir + QStringLiteral("/test_%1.txt").arg(subset);
    const QString truthPath = dir + QStringLiteral("/RUL_%1.txt").arg(subset);
    for (const QString &p : {trainPath, testPath, truthPath}) {
        if (!QFileInfo::exists(p)) {
            std::fprintf(stderr, "%s: not found (C-MAPSS subset %s)\n", qPrintable(p), qPrintable(subset));
            return 1;
        }
    }
    const auto train = readCmapss(trainPath, &error);
    const auto test = train ? readCmapss(testPath, &error) : std::nullopt;
    const auto truth = test ? readNumericTable(truthPath, &error) : std::nullopt;
    if (!train || !test || !truth) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (truth->rows() != Eigen::Index(test->size())) {
        std::fprintf(stderr, "%s: %lld values for %zu test engines\n", qPrintable(truthPath),
                     static_cast<long long>(truth->rows()), test->size());
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    RulLearner::Options options;
    const auto model = RulLearner::fit(*train, options, &error);
    if (!model) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double fitSeconds = timer.nsecsElapsed() / 1e9;
    double ssCapped = 0, ssRaw = 0, scoreCapped = 0, scoreRaw = 0, width = 0;
    int coveredCapped = 0, coveredRaw = 0;
    auto phm = [](double d) { return d < 0 ? std::exp(-d / 13.0) - 1 : std::exp(d / 10.0) - 1; };
    for (size_t i = 0; i < test->size(); ++i) {
        const RulLearner::Prediction p = model->predict((*test)[i]);
        const double raw = (*truth)(Eigen::Index(i), 0);
        const double capped = std::min(raw, options.cap);
        ssCapped += (p.rul - capped) * (p.rul - capped);
        ssRaw += (p.rul - raw) * (p.rul - raw);
        scoreCapped += phm(p.rul - capped);
        scoreRaw += phm(p.rul - raw);
        coveredCapped += p.low <= capped && capped <= p.high ? 1 : 0;
        coveredRaw += p.low <= raw && raw <= p.high ? 1 : 0;
        width += p.high - p.low;
    }
    const double n = double(test->size());
    const double rmse = std::sqrt(ssCapped / n), rmseRaw = std::sqrt(ssRaw / n);
    std::printf("C-MAPSS %s: %zu training runs, %d regime(s), fit %.1f s; %zu test engines at their last cycle\n",
                qPrintable(subset), train->size(), model->regimes(), fitSeconds, test->size());
    std::printf("  RMSE %.2f (true RUL capped at %.0f; target <= 14), %.2f uncapped\n", rmse, options.cap, rmseRaw);
    std::printf("  PHM08 score %.1f (capped), %.1f (uncapped)\n", scoreCapped, scoreRaw);
    // The range an exactly calibrated interval's coverage falls in for this many engines.
    const double se = std::sqrt(options.coverage * (1 - options.coverage) / n);
    const double lo95 = options.coverage - 1.96 * se, hi95 = options.coverage + 1.96 * se;
    std::printf("  %.0f %% interval (normalised cross-conformal): coverage %.3f capped, %.3f uncapped (target 0.75-0.85; "
                "binomial 95 %% range for %zu engines %.2f-%.2f); mean width %.1f cycles\n", 100 * options.coverage,
                coveredCapped / n, coveredRaw / n, test->size(), lo95, hi95, width / n);
    if (!jsonPath.isEmpty())
        return writeJson(jsonPath, {{QStringLiteral("subset"), subset}, {QStringLiteral("rmse"), rmse},
                                    {QStringLiteral("rmse_uncapped"), rmseRaw}, {QStringLiteral("score"), scoreCapped},
                                    {QStringLiteral("score_uncapped"), scoreRaw}, {QStringLiteral("coverage"), coveredCapped / n},
                                    {QStringLiteral("coverage_uncapped"), coveredRaw / n},
                                    {QStringLiteral("mean_width"), width / n}}) ? 0 : 1;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString json;
    if (const qsizetype i = args.indexOf(QStringLiteral("--json")); i >= 0) {
        if (i + 1 >= args.size())
            return usage();
        json = args.at(i + 1);
        args.remove(i, 2);
    }
    QHash<QString, double> knobs;
    for (const char *name : {"lags", "window", "confidence", "variance"}) {
        const qsizetype i = args.indexOf(QStringLiteral("--") + QLatin1StringView(name));
        if (i < 0)
            continue;
        bool ok = false;
        const double v = i + 1 < args.size() ? args.at(i + 1).toDouble(&ok) : 0.0;
        if (!ok)
            return usage();
        knobs.insert(QLatin1StringView(name), v);
        args.remove(i, 2);
    }
    if (args.size() >= 2 && args[0] == u"tep")
        return runTep(args[1], json, knobs);
    if (args.size() >= 2 && args[0] == u"cmapss") {
        const qsizetype i = args.indexOf(QStringLiteral("--subset"));
        if (i < 0 || i + 1 >= args.size())
            return usage();
        return runCmapss(args[1], args.at(i + 1), json);
    }
    if (args.size() >= 2 && args[0] == u"ims")
        return runIms(args[1], json, knobs.value(QStringLiteral("window"), 48.0) / 24.0);
    return usage();
}
