#include "analysis/rullearner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace tp;

namespace {

// Run-to-failure runs in C-MAPSS form with six operating regimes (the settings of FD002):
// every sensor is a regime level plus a degradation that grows toward the end of life.
std::vector<Trajectory> simulate(int runs, unsigned seed, bool truncate, std::vector<double> *truth = nullptr)
{
    const double regimes[6][3] = {{0, 0, 100}, {10, 0.25, 100}, {20, 0.7, 100}, {25, 0.62, 60}, {35, 0.84, 100}, {42, 0.84, 100}};
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> g;
    std::uniform_int_distribution<int> life(150, 300), regime(0, 5);
    std::vector<Trajectory> out;
    for (int u = 1; u <= runs; ++u) {
        const int length = life(rng);
        const int cycles = truncate ? std::uniform_int_distribution<int>(40, length - 5)(rng) : length;
        Trajectory t;
        t.unit = u;
        t.settings.resize(cycles, 3);
        t.sensors.resize(cycles, 5);
        for (int c = 0; c < cycles; ++c) {
            const int r = regime(rng);
            for (int s = 0; s < 3; ++s)
                t.settings(c, s) = regimes[r][s] + 0.001 * g(rng);
            const double wear = std::exp(0.03 * (c - length)); // 1 at the end of life
            for (int s = 0; s < 4; ++s)
                t.sensors(c, s) = 100 * (s + 1) + 10 * r * (s + 1) + (s % 2 ? -5.0 : 5.0) * wear + 0.3 * g(rng);
            t.sensors(c, 4) = 518.67; // a constant sensor, as C-MAPSS has
        }
        if (truth)
            truth->push_back(length - cycles);
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace

class TestRulLearner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void learnsAcrossOperatingRegimes()
    {
        const auto train = simulate(60, 1, false);
        QString error;
        // 800 training cycles (not 3000): six kernel fits (five folds and the final model) stay
        // quick in the sanitizer build; the accuracy asserted below holds with them.
        RulLearner::Options options;
        options.maxTrain = 800;
        const auto model = RulLearner::fit(train, options, &error);
        QVERIFY2(model, qPrintable(error));
        QCOMPARE(model->regimes(), 6);
        std::vector<double> truth;
        const auto test = simulate(60, 2, true, &truth);
        double ss = 0, ssMean = 0, mean = 0;
        int covered = 0;
        for (double t : truth)
            mean += std::min(125.0, t) / double(truth.size());
        for (size_t i = 0; i < test.size(); ++i) {
            const RulLearner::Prediction p = model->predict(test[i]);
            const double capped = std::min(125.0, truth[i]);
            ss += (p.rul - capped) * (p.rul - capped);
            ssMean += (mean - capped) * (mean - capped);
            covered += p.low <= capped && capped <= p.high ? 1 : 0;
            QVERIFY(p.low <= p.rul && p.rul <= p.high);
        }
        const double rmse = std::sqrt(ss / double(test.size())), rmseMean = std::sqrt(ssMean / double(test.size()));
        const double coverage = double(covered) / double(test.size());
        qInfo("RMSE %.1f against %.1f for the mean; 80 %% interval coverage %.2f", rmse, rmseMean, coverage);
        QVERIFY(rmse < 0.5 * rmseMean);
        QVERIFY(coverage > 0.6 && coverage < 0.97);
    }

    void readsTheFileFormat()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("train_FD009.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray text;
        for (int unit = 1; unit <= 2; ++unit)
            for (int cycle = 1; cycle <= 3 + unit; ++cycle) {
                text += QByteArray::number(unit) + ' ' + QByteArray::number(cycle) + " 0.0 0.0 100.0";
                for (int s = 0; s < 21; ++s)
                    text += ' ' + QByteArray::number(s + cycle * 0.1);
                text += "  \n";
            }
        f.write(text);
        f.close();
        QString error;
        const auto runs = readCmapss(f.fileName(), &error);
        QVERIFY2(runs, qPrintable(error));
        QCOMPARE(runs->size(), size_t(2));
        QCOMPARE((*runs)[1].unit, 2);
        QCOMPARE((*runs)[1].cycles(), 5);
        QCOMPARE((*runs)[0].sensors.cols(), Eigen::Index(21));
        QCOMPARE((*runs)[0].sensors(2, 0), 0.3);
        QFile bad(dir.filePath(QStringLiteral("bad.txt")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("1 1 0 0 100 5 6\n1 2 0 0 100 5 six\n");
        bad.close();
        QVERIFY(!readCmapss(bad.fileName(), &error));
        QVERIFY2(error.contains(u"line 2, column 7"), qPrintable(error));
        QVERIFY(!RulLearner::fit(simulate(3, 3, false), {}, &error));
        QVERIFY2(error.contains(u"at least 5"), qPrintable(error));
        // A stop asked for before or during the fits ends it with no model.
        const std::atomic_bool cancel{true};
        QVERIFY(!RulLearner::fit(simulate(10, 1, false), {}, &error, &cancel));
        QCOMPARE(error, QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestRulLearner)
#include "tst_rullearner.moc"
