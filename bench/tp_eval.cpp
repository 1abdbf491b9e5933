// tp_eval: the analysis engine on public benchmarks, against published results.
//
//   tp_eval tep DIR [--json FILE]
//       Tennessee Eastman (Braatz set): the Chiang-Russell-Braatz PCA protocol (standardise on
//       d00.dat, 11 components, 99 % limits, T^2 from the F distribution, SPE from
//       Jackson-Mudholkar), detection rates on samples 161-960 of every dNN_te.dat present and
//       false-alarm rates on d00_te.dat; then the same for the best detector. Limits come from
//       the training file only.
//
// Prints a table; --json writes the layout of issue 5 so that versions can be compared.

#include "analysis/detector.h"
#include "analysis/pca.h"
#include "analysis/numerictable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <map>

using namespace tp;

namespace {

int usage()
{
    std::fprintf(stderr,
                 "usage: tp_eval tep DIR [--json FILE] [--lags N] [--window N] [--confidence P] [--variance P]\n"
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
        if (!writeJson(jsonPath, {{QStringLiteral("pca"), pcaJson}, {QStringLiteral("best"), bestJson}}))
            return 1;
    }
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
    return usage();
}
