#include "analysis/unitanalyzer.h"
#include "config/fleetconfigloader.h"

#include <QTest>

#include <random>

using namespace tp;

namespace {

// Four correlated tags (A..D) driven by one AR(1) load, a constant tag E and a sparse tag F.
struct Data {
    Eigen::MatrixXd frames;
    QStringList tags{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                     QStringLiteral("E"), QStringLiteral("F")};
};

Data baseline(int n, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> g;
    Data d;
    d.frames.resize(n, 6);
    double load = 0;
    for (int i = 0; i < n; ++i) {
        load = 0.9 * load + 0.4 * g(rng);
        d.frames.row(i) << 100 + 10 * load + g(rng), 50 + 5 * load + 0.5 * g(rng), 20 - 3 * load + 0.3 * g(rng),
            70 + 2 * load + 0.2 * g(rng), 5.0, i % 3 == 0 ? 1.0 + g(rng) : std::nan("");
    }
    return d;
}

UnitConfig unitWith(const QStringList &tags)
{
    UnitConfig u;
    u.unitId = QStringLiteral("T-1");
    for (const QString &name : tags) {
        TagConfig t;
        t.name = name;
        u.tags.append(t);
    }
    u.tags[3].normalLow = 60;
    u.tags[3].normalHigh = 80;
    u.tags[3].hihi = AlarmLimit{90, AlarmPriority::Critical};
    return u;
}

} // namespace

class TestUnitAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trainsAndSaysWhatItLeftOut()
    {
        const Data d = baseline(3000, 1);
        const UnitConfig unit = unitWith(d.tags);
        AnalysisConfig config;
        QString error;
        const auto model = UnitAnalyzer::train(d.frames, d.tags, 0, 3000 * 60'000, 60'000, unit, config, &error);
        QVERIFY2(model, qPrintable(error));
        QCOMPARE(model->tags, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));
        QCOMPARE(model->excluded.size(), 2);
        QVERIFY(model->excluded.join(u'|').contains(u"E: constant"));
        QVERIFY(model->excluded.join(u'|').contains(u"F: values in only 33 %"));
        QVERIFY(model->detector);
        QVERIFY(std::abs(model->baselines[0].median - 100) < 2);
        const auto back = AnalyzerModel::deserialize(model->serialize());
        QVERIFY(back);
        QCOMPARE(back->tags, model->tags);
        QCOMPARE(back->baselines[1].sigma, model->baselines[1].sigma);
        QVERIFY(!AnalyzerModel::deserialize(model->serialize().left(30)));
        // Too short a baseline is refused with the numbers.
        config.baselineMinSamples = 5000;
        QVERIFY(!UnitAnalyzer::train(d.frames, d.tags, 0, 1, 60'000, unit, config, &error));
        QVERIFY2(error.contains(u"3000") && error.contains(u"5000"), qPrintable(error));
    }

    void perTagIndicatorsAndContributions()
    {
        const Data d = baseline(3000, 2);
        const UnitConfig unit = unitWith(d.tags);
        AnalysisConfig config;
        config.sigmaConsecutive = 3;
        config.flatLine = std::chrono::minutes(30);
        auto model = UnitAnalyzer::train(d.frames, d.tags, 0, 1, 60'000, unit, config);
        QVERIFY(model);
        UnitAnalyzer analyzer(unit, config);
        analyzer.setModel(*model);
        const Data fresh = baseline(400, 3);
        qint64 ts = 0;
        auto frame = [&](int row) { return Eigen::VectorXd(fresh.frames.row(row).head(4).transpose()); };
        int anomalies = 0;
        for (int i = 0; i < 200; ++i) {
            const FrameResult r = analyzer.push(ts += 60'000, frame(i), true);
            anomalies += r.scored && r.anomaly > 1 ? 1 : 0;
        }
        QVERIFY2(anomalies < 10, qPrintable(QString::number(anomalies)));
        // Tag C drifts off its relation to the others: sigma excursion after 3 frames, the
        // detector alarms and names C first.
        FrameResult r;
        for (int i = 200; i < 260; ++i) {
            Eigen::VectorXd x = frame(i);
            x[2] += 12; // over 4 of its own sigmas, 40 of its noise around the load
            r = analyzer.push(ts += 60'000, x, true);
        }
        QVERIFY(r.flags[2] & SigmaExcursion);
        QVERIFY(!(r.flags[0] & SigmaExcursion));
        QVERIFY(r.scored && r.anomaly > 1);
        const auto top = analyzer.topContributors(3);
        QCOMPARE(top.first().first, QStringLiteral("C"));
        QVERIFY(top.first().second > 0.5);
        double sum = 0;
        for (const auto &c : analyzer.topContributors(4))
            sum += c.second;
        QVERIFY(std::abs(sum - 1.0) < 1e-9);
        // A spike is a rate of change; a frozen value becomes a flat line after 30 minutes;
        // D above its normal range and its HIHI limit.
        Eigen::VectorXd x = frame(300);
        x[0] += 80;
        QVERIFY(analyzer.push(ts += 60'000, x, true).flags[0] & RateOfChange);
        Eigen::VectorXd frozen = frame(301);
        frozen[3] = 95;
        for (int i = 0; i < 31; ++i)
            r = analyzer.push(ts += 60'000, frozen, true);
        QVERIFY(r.flags[3] & FlatLine);
        QVERIFY(r.flags[3] & OutOfRange);
        QCOMPARE(r.limitPenalty, 20.0);
        // Stopped: no flags, and the detector starts again.
        r = analyzer.push(ts += 60'000, frozen, false);
        QCOMPARE(r.flagged, 0);
        QVERIFY(!r.scored);
        r = analyzer.push(ts += 60'000, frame(310), true);
        QVERIFY(!r.scored); // lags and window refill after a stop
    }

    void healthIndexFormula()
    {
        QCOMPARE(UnitAnalyzer::healthIndex({}), 100.0);
        HealthInputs in;
        in.anomaly = 2.0;       // -40
        in.flaggedTags = 2;     // -12.5
        in.limitPenalty = 12;   // -12
        in.rulP10Days = 15;     // -12.5
        QCOMPARE(UnitAnalyzer::healthIndex(in), 23.0);
        in.limitPenalty = 100;  // capped at 30
        in.rulP10Days = 0;
        QCOMPARE(UnitAnalyzer::healthIndex(in), 0.0);
        in = {};
        in.anomaly = 0.5;       // at half the limit: nothing
        QCOMPARE(UnitAnalyzer::healthIndex(in), 100.0);
        QCOMPARE(UnitAnalyzer::healthGrade(85), QStringLiteral("Good"));
        QCOMPARE(UnitAnalyzer::healthGrade(39.9), QStringLiteral("Critical"));
    }
};

QTEST_GUILESS_MAIN(TestUnitAnalyzer)
#include "tst_unitanalyzer.moc"
