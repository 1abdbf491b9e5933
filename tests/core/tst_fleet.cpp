#include "analysis/analysisconfig.h"
#include "config/fleetconfigloader.h"
#include "runtime/explain.h"
#include "runtime/fleet.h"
#include "runtime/unitcontroller.h"
#include "sim/simulator.h"
#include "storage/unitstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimeZone>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <stdexcept>

using namespace tp;

namespace {

// Writes one good sample of the first tags at the clock's now.
class SteadySource : public DataSource
{
public:
    explicit SteadySource(const UnitConfig &unit, double value = 50.0) : m_unit(unit), m_value(value) {}
    FetchResult fetch(UnitStore &store, const FetchContext &ctx) override
    {
        QList<Sample> samples;
        for (int i = 0; i < std::min<qsizetype>(3, m_unit.tags.size()); ++i)
            samples.append({*store.tagId(m_unit.tags[i].name), ctx.now, m_value, GoodQuality});
        FetchResult r;
        const auto stats = store.writeSamples(samples);
        r.ok = stats.has_value();
        r.valuesStored = stats ? stats->changed : 0;
        r.error = store.errorString();
        return r;
    }

private:
    UnitConfig m_unit;
    double m_value;
};

class ThrowingSource : public DataSource
{
public:
    FetchResult fetch(UnitStore &, const FetchContext &) override
    {
        throw std::runtime_error("the parser exploded at row 1043");
    }
};

// Hangs on its first fetch until cancelled (polling, as a well-behaved slow source does),
// then works normally.
class HangingSource : public SteadySource
{
public:
    HangingSource(const UnitConfig &unit, std::atomic<qint64> *hungAt) : SteadySource(unit), m_hungAt(hungAt) {}
    FetchResult fetch(UnitStore &store, const FetchContext &ctx) override
    {
        if (m_calls++ == 1) {
            m_hungAt->store(QDateTime::currentMSecsSinceEpoch());
            while (!ctx.cancelled())
                QThread::msleep(5);
            FetchResult r;
            r.cancelled = true;
            return r;
        }
        return SteadySource::fetch(store, ctx);
    }

private:
    std::atomic<qint64> *m_hungAt;
    int m_calls = 0;
};

FleetConfig demoWith(std::chrono::milliseconds refresh, std::chrono::milliseconds history)
{
    FleetConfig fleet = *FleetConfigLoader::loadDemo().fleet;
    for (UnitConfig &u : fleet.units) {
        u.refreshInterval = refresh;
        u.source.history = history;
    }
    return fleet;
}

// A fixed "now": the simulator is a function of time, so the tests see the same history.
std::shared_ptr<FleetClock> fixedClock()
{
    return std::make_shared<FleetClock>(1.0, QDateTime::fromString(QStringLiteral("2026-11-23T21:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
}

// A library of run-to-failure lives in the C-MAPSS layout from simulated sister units of
// `unit` (other seeds): each life runs from a filter change to the next, a row per day of
// running time with the tags' means. Returns the number of lives.
int writeFilterLibrary(const UnitConfig &unit, const QStringList &tags, const QString &path, int sisters)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return 0;
    QTextStream out(&file);
    constexpr qint64 hour = 3'600'000;
    for (int s = 1; s <= sisters; ++s) {
        UnitConfig sister = unit;
        sister.source.seed = quint32(1000 + s);
        const Simulator sim(sister);
        QList<int> index;
        for (const QString &tag : tags)
            for (int i = 0; i < sim.tagCount(); ++i)
                if (sim.tagName(i) == tag)
                    index.append(i);
        const qint64 cycle = sim.degradationCycle(QStringLiteral("filter_clogging"));
        const qint64 t0 = QDateTime::fromString(QStringLiteral("2024-01-01T00:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
        const qint64 start = t0 + qint64((1.0 - sim.degradation(QStringLiteral("filter_clogging"), t0)) * double(cycle)) + hour;
        std::vector<double> sum(size_t(tags.size()), 0.0), count(size_t(tags.size()), 0.0), last(size_t(tags.size()), 0.0);
        int hours = 0, row = 0;
        for (qint64 ts = start; ts < start + cycle - hour; ts += hour) {
            if (sim.runningFactor(ts) < 1.0)
                continue;
            for (qsizetype k = 0; k < index.size(); ++k) {
                const Simulator::Value v = sim.value(index[k], ts);
                if (v.quality == Simulator::Quality::Good) { // a flat line or drift stays in, as in a real library
                    sum[size_t(k)] += v.value;
                    count[size_t(k)] += 1;
                }
            }
            if (++hours < 24)
                continue;
            out << s << ' ' << ++row << " 0 0 0";
            for (size_t k = 0; k < sum.size(); ++k) {
                last[k] = count[k] > 0 ? sum[k] / count[k] : last[k];
                out << ' ' << last[k];
                sum[k] = count[k] = 0;
            }
            out << '\n';
            hours = 0;
        }
    }
    return sisters;
}

// A runtime on the fixed clock, with its stores in `dataDir`.
RuntimeOptions fixedRuntime(const QString &dataDir)
{
    RuntimeOptions options;
    options.dataDir = dataDir;
    options.clock = fixedClock();
    return options;
}

qint64 walSize(const QString &dataDir, const QString &unit)
{
    const QFileInfo wal(UnitStore::unitFilePath(dataDir, unit) + QStringLiteral("-wal"));
    return wal.exists() ? wal.size() : 0;
}

} // namespace

class TestFleet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void workerLifecycle()
    {
        QTemporaryDir data;
        FleetConfig fleetConfig = demoWith(std::chrono::hours(1), std::chrono::hours(12));
        fleetConfig.units = {*fleetConfig.findUnit(u"K-16-01")};
        RuntimeOptions options;
        options.dataDir = data.path();
        options.heartbeatMs = 200;
        {
            Fleet fleet(fleetConfig, options);
            QSignalSpy snapshots(&fleet, &Fleet::snapshotUpdated);
            fleet.start();
            UnitController *unit = fleet.unit(QStringLiteral("K-16-01"));
            QVERIFY(unit);
            QTRY_VERIFY_WITH_TIMEOUT(unit->refreshCount() >= 1, 60000);
            UnitSnapshot s = unit->snapshot();
            QCOMPARE(s.state, UnitState::Ok);
            QVERIFY(s.lastError.isEmpty());
            QVERIFY(s.valuesStored > 100 * 60); // 12 hours at 6 minutes, ~60 tags
            QVERIFY(s.mode == OperatingMode::Running || s.mode == OperatingMode::Stopped
                    || s.mode == OperatingMode::Transient);
            // The unit's tags and the two the analysis writes (health and anomaly index).
            QCOMPARE(s.tags.size(), fleetConfig.units[0].tags.size() + 4); // health, T^2, SPE, anomaly
            QVERIFY(s.tags.last().name.endsWith(u".TP-ANOMALY.PV"));
            QVERIFY(s.freshnessMs >= 0 && s.freshnessMs < 10 * 60'000);
            QVERIFY(s.tags[0].ts > 0);
            QVERIFY(snapshots.size() >= 2); // started, back-filling, refreshed
            // An on-demand refresh adds the minutes since.
            const qint64 before = s.refreshCount;
            QVERIFY(fleet.requestRefresh(QStringLiteral("K-16-01")));
            QTRY_VERIFY_WITH_TIMEOUT(unit->refreshCount() > before, 20000);
            fleet.stop();
            QVERIFY(!unit->isRunning());
            QCOMPARE(unit->snapshot().state, UnitState::Stopped);
        }
        // Stopped cleanly: WAL checkpointed, the file sound.
        QCOMPARE(walSize(data.path(), QStringLiteral("K-16-01")), 0);
        UnitStore store(QStringLiteral("K-16-01"));
        QVERIFY(store.open(UnitStore::unitFilePath(data.path(), QStringLiteral("K-16-01"))));
        QCOMPARE(*store.integrityCheck(), QStringList{QStringLiteral("ok")});
        // Every tag's evaluation mark is stored ("id:ts,...").
        // (The two derived tags have none yet: 12 hours at 6 minutes are too few for a model.)
        const QStringList marks = store.metaValue(QStringLiteral("evaluated_marks")).value_or(QString()).split(u',');
        QCOMPARE(marks.size(), fleetConfig.units[0].tags.size() + 4);
        const auto evaluated = std::count_if(marks.cbegin(), marks.cend(), [](const QString &m) { return m.section(u':', 1).toLongLong() > 0; });
        QCOMPARE(evaluated, fleetConfig.units[0].tags.size());
    }

    // Delivered live samples are analysed at once but committed per commit interval, and
    // all of them when the unit stops.
    void liveSamplesAreCommittedInBatches()
    {
        QTemporaryDir data;
        FleetConfig fleetConfig = demoWith(std::chrono::milliseconds(200), std::chrono::minutes(5));
        UnitConfig unit = *fleetConfig.findUnit(u"K-16-01");
        unit.source.interval = std::chrono::seconds(1);
        unit.source.historyInterval = std::chrono::minutes(1);
        // No analysis model (its training commits what is pending): this is about batching.
        unit.analysis = {{QStringLiteral("baseline"), QVariantMap{{QStringLiteral("min_samples"), 1'000'000}}}};
        fleetConfig.units = {unit};
        RuntimeOptions options;
        options.dataDir = data.path();
        options.commitInterval = std::chrono::hours(1);
        qint64 newestSeen = 0;
        {
            Fleet fleet(fleetConfig, options);
            fleet.start();
            UnitController *c = fleet.unit(unit.unitId);
            QTRY_VERIFY_WITH_TIMEOUT(c->refreshCount() >= 5, 20000);
            UnitStore reader(unit.unitId);
            QVERIFY(reader.open(UnitStore::unitFilePath(data.path(), unit.unitId)));
            // Five minutes at 1 s (fewer than 50,000 values): all in memory, none committed yet ...
            QCOMPARE(reader.sampleCount(), 0);
            const UnitSnapshot s = c->snapshot();
            QCOMPARE(s.state, UnitState::Ok);
            QVERIFY(s.tags[0].ts > 0);
            QVERIFY(s.freshnessMs >= 0 && s.freshnessMs < 10'000);
            reader.close();
            fleet.stop();
            for (const TagSnapshot &t : c->snapshot().tags)
                newestSeen = std::max(newestSeen, t.ts);
        }
        // ... and all of them after the stop.
        UnitStore store(unit.unitId);
        QVERIFY(store.open(UnitStore::unitFilePath(data.path(), unit.unitId)));
        QCOMPARE(store.newestSampleTime(), newestSeen);
        QVERIFY(store.sampleCount() > 20 * qint64(unit.tags.size()));
        QCOMPARE(walSize(data.path(), unit.unitId), 0);
    }

    // A tag whose rows arrive late (its export lags the others) is still evaluated: each tag
    // has its own evaluation mark.
    void lateRowsOfOneTagAreEvaluated()
    {
        QTemporaryDir data;
        FleetConfig fleetConfig = demoWith(std::chrono::hours(1), std::chrono::hours(1));
        UnitConfig unit = *fleetConfig.findUnit(u"C-201");
        for (TagConfig &t : unit.tags)
            t.role = TagRole::None; // no mode detection: alarms always evaluated
        unit.tags[1].hi = AlarmLimit{100, AlarmPriority::High};
        unit.tags[1].hihi.reset();
        unit.tags[1].onDelay = 3;
        fleetConfig.units = {unit};
        // First fetch: tag 0 up to now, tag 1 only up to 6 s ago; second: tag 1's missing
        // seconds, all above its hi limit.
        class LateSource : public DataSource
        {
        public:
            explicit LateSource(const UnitConfig &u) : m_unit(u) {}
            FetchResult fetch(UnitStore &store, const FetchContext &ctx) override
            {
                const qint64 t0 = ctx.now / 1000 * 1000;
                if (m_first == 0)
                    m_first = t0;
                QList<Sample> samples;
                const qint64 a = *store.tagId(m_unit.tags[0].name), b = *store.tagId(m_unit.tags[1].name);
                if (m_calls++ == 0) {
                    for (int i = 10; i >= 0; --i)
                        samples.append({a, t0 - i * 1000, 50.0, GoodQuality});
                    for (int i = 10; i >= 6; --i)
                        samples.append({b, t0 - i * 1000, 50.0, GoodQuality});
                } else {
                    for (int i = 5; i >= 0; --i)
                        samples.append({b, m_first - i * 1000, 150.0, GoodQuality});
                }
                FetchResult r;
                const auto stats = store.writeSamples(samples);
                r.ok = stats.has_value();
                r.valuesStored = stats ? stats->changed : 0;
                return r;
            }

        private:
            UnitConfig m_unit;
            int m_calls = 0;
            qint64 m_first = 0;
        };
        RuntimeOptions options;
        options.dataDir = data.path();
        options.sourceFactory = [](const UnitConfig &u) { return std::make_unique<LateSource>(u); };
        Fleet fleet(fleetConfig, options);
        fleet.start();
        UnitController *c = fleet.unit(unit.unitId);
        QTRY_VERIFY_WITH_TIMEOUT(c->refreshCount() >= 1, 10000);
        QVERIFY(c->snapshot().alarms.isEmpty());
        QVERIFY(fleet.requestRefresh(unit.unitId));
        QTRY_VERIFY_WITH_TIMEOUT(c->refreshCount() >= 2, 10000);
        const UnitSnapshot s = c->snapshot();
        QCOMPARE(s.alarms.size(), 1);
        QCOMPARE(s.alarms[0].key, unit.tags[1].name + QStringLiteral(":hi"));
        QCOMPARE(s.alarms[0].state, AlarmState::ActiveUnacknowledged);
        QCOMPARE(s.tags[1].value, 150.0);
        fleet.stop();
    }

    // The analysis in the runtime: a unit with a clogging filter back-fills 60 days; its first
    // refresh trains a model on the oldest 14 days, scores the rest, and forecasts.
    void analysisTrainsScoresAndForecasts()
    {
        QTemporaryDir data;
        FleetConfig fleetConfig = demoWith(std::chrono::hours(1), std::chrono::hours(24 * 60));
        UnitConfig unit = *fleetConfig.findUnit(u"K-16-01");
        fleetConfig.units = {unit};
        // The filter is then 50 days into its clogging cycle, whatever the date of the test run.
        const RuntimeOptions options = fixedRuntime(data.path());
        {
            Fleet fleet(fleetConfig, options);
            fleet.start();
            UnitController *c = fleet.unit(unit.unitId);
            QTRY_VERIFY_WITH_TIMEOUT(c->refreshCount() >= 1, 120000);
            const UnitSnapshot s = c->snapshot();
            qInfo() << "model:" << s.modelInfo;
            qInfo() << "health" << s.healthIndex.value_or(-1) << s.healthGrade << "anomaly" << s.anomaly.value_or(-1) << s.contributors;
            for (const RulSummary &r : s.rul.mid(0, 3))
                qInfo() << "rul" << r.indicator << r.stateText << r.p10Days.value_or(-1) << r.p50Days.value_or(-1) << r.p90Days.value_or(-1) << r.model << r.current.value_or(-1) << r.limit;
            for (const AlarmStatus &a : s.alarms)
                qInfo() << "alarm" << a.key << alarmStateId(a.state) << a.message;
            QVERIFY2(s.modelInfo.startsWith(u"Model of"), qPrintable(s.modelInfo));
            QVERIFY(s.healthIndex && *s.healthIndex >= 0 && *s.healthIndex < 80); // not "Good": a filter is clogging
            QVERIFY(s.anomaly && *s.anomaly > 1);
            // The most urgent tag forecast is a filter dP, toward its HIHI limit, with a band.
            const auto firstTag = std::find_if(s.rul.cbegin(), s.rul.cend(), [](const RulSummary &r) { return r.indicator != u"health_index"; });
            QVERIFY(firstTag != s.rul.cend());
            const RulSummary &first = *firstTag;
            QVERIFY2(unit.findTag(first.indicator)->kind == TagKind::DifferentialPressure, qPrintable(first.indicator));
            QCOMPARE(first.state, QStringLiteral("forecast"));
            QVERIFY(first.p10Days && first.p50Days && *first.p10Days <= *first.p50Days && (!first.p90Days || *first.p50Days <= *first.p90Days));
            const TagConfig *dp = unit.findTag(first.indicator);
            QCOMPARE(first.limit, (dp->hihi ? dp->hihi : dp->hi)->value); // HIHI, else HI
            // The simulator's own future: the filter dP first stays at the limit for three hours
            // (the filter is changed in the outage that follows).
            const Simulator sim(unit);
            int index = 0;
            while (sim.tagName(index) != first.indicator)
                ++index;
            std::optional<double> truth;
            int atLimit = 0;
            for (qint64 ts = s.now; !truth && ts < s.now + qint64(120) * 86'400'000; ts += 3'600'000) {
                const Simulator::Value v = sim.value(index, ts);
                atLimit = v.quality == Simulator::Quality::Good && v.value >= first.limit ? atLimit + 1 : 0;
                if (atLimit == 3)
                    truth = double(ts - 2 * 3'600'000 - s.now) / 86'400'000.0;
            }
            QVERIFY(truth);
            qInfo("%s reaches %g in %.1f days; forecast P10/P50/P90 %.1f / %.1f / %.1f days", qPrintable(first.indicator),
                  first.limit, *truth, *first.p10Days, *first.p50Days, first.p90Days.value_or(-1));
            QVERIFY(*first.p10Days <= *truth && (!first.p90Days || *truth <= *first.p90Days));
            // The statistical alarm names the filter dP tags as its contributors.
            const auto anomaly = std::find_if(s.alarms.cbegin(), s.alarms.cend(), [](const AlarmStatus &a) { return a.key.contains(u"TP-ANOMALY"); });
            QVERIFY(anomaly != s.alarms.cend());
            QVERIFY2(anomaly->message.contains(u"top contributors") && anomaly->message.contains(first.indicator), qPrintable(anomaly->message));
            // The health index was written for the history, so it has a forecast state too.
            const auto health = std::find_if(s.rul.cbegin(), s.rul.cend(), [](const RulSummary &r) { return r.indicator == u"health_index"; });
            QVERIFY(health != s.rul.cend() && health->state != u"insufficient_data");
            fleet.stop();
        }
        UnitStore store(unit.unitId);
        QVERIFY(store.open(UnitStore::unitFilePath(data.path(), unit.unitId)));
        const auto model = store.latestModel(QStringLiteral("unit_analyzer"));
        QVERIFY(model);
        QVERIFY(model->tags.size() > 20);
        QCOMPARE(model->trainTo - model->trainFrom, qint64(14) * 86'400'000);
        QVERIFY(store.forecasts(QStringLiteral("health_index"), 0, std::numeric_limits<qint64>::max()).size() >= 1);
        // Explaining a time afterwards re-scores it exactly as live and names the filter dPs.
        const auto anomalyId = store.tagId(unit.plant + u'.' + unit.unitId + u".TP-ANOMALY.PV");
        QVERIFY(anomalyId);
        const QList<Sample> anomalies = store.readRange(*anomalyId, 0, std::numeric_limits<qint64>::max()).value_or(QList<Sample>{});
        QVERIFY(anomalies.size() > 100);
        const Sample &asked = anomalies[anomalies.size() - 50];
        const Explanation why = explainAt(store, unit, asked.ts + 1, 4);
        QVERIFY2(why.ok && why.scored, qPrintable(why.message));
        QCOMPARE(why.frameTs, asked.ts);
        QVERIFY2(std::abs(why.anomaly - asked.value) <= 1e-9 * std::max(1.0, asked.value),
                 qPrintable(QStringLiteral("%1 vs %2").arg(why.anomaly).arg(asked.value)));
        QCOMPARE(why.contributors.size(), 4);
        QVERIFY(why.t2 > 0 && why.spe > 0 && why.t2Limit > 0 && why.speLimit > 0);
        double shares = 0;
        for (qsizetype i = 0; i < why.contributors.size(); ++i) {
            shares += why.contributors[i].second;
            if (i > 0)
                QVERIFY(why.contributors[i].second <= why.contributors[i - 1].second);
        }
        QVERIFY(shares > 0 && shares <= 1 + 1e-9);
        QVERIFY2(unit.findTag(why.contributors.front().first)->kind == TagKind::DifferentialPressure,
                 qPrintable(why.contributors.front().first));
        QVERIFY(!explainAt(store, unit, model->trainFrom - 86'400'000).ok); // before any data
        const qint64 modelId = model->id;
        store.close();
        // A restart uses the stored model (no new row) and keeps scoring.
        Fleet again(fleetConfig, options);
        again.start();
        QTRY_VERIFY_WITH_TIMEOUT(again.unit(unit.unitId)->refreshCount() >= 1, 60000);
        QVERIFY(again.unit(unit.unitId)->snapshot().modelInfo.startsWith(u"Model of"));
        again.stop();
        QVERIFY(store.open(UnitStore::unitFilePath(data.path(), unit.unitId)));
        QCOMPARE(store.latestModel(QStringLiteral("unit_analyzer"))->id, modelId);
    }

    // A healthy unit's multivariate index stays under its limit but where the simulator itself
    // put something abnormal (a sensor fault, a shutdown and its restart). A slow normal cycle
    // (the seal-oil tanks' top-ups) must not read as an anomaly.
    void healthyUnitHasNoUnexplainedAnomalies()
    {
        QTemporaryDir data;
        FleetConfig fleetConfig = demoWith(std::chrono::hours(1), std::chrono::hours(24 * 60));
        UnitConfig unit = *fleetConfig.findUnit(u"K-16-01");
        unit.source.scenarios.clear();
        fleetConfig.units = {unit};
        const RuntimeOptions options = fixedRuntime(data.path());
        {
            Fleet fleet(fleetConfig, options);
            fleet.start();
            QTRY_VERIFY_WITH_TIMEOUT(fleet.unit(unit.unitId)->refreshCount() >= 1, 120000);
            fleet.stop();
        }
        UnitStore store(unit.unitId);
        QVERIFY(store.open(UnitStore::unitFilePath(data.path(), unit.unitId)));
        const auto anomalyId = store.tagId(derivedTagName(unit, DerivedTag::Anomaly));
        QVERIFY(anomalyId);
        const QList<Sample> scored = store.readRange(*anomalyId, 0, std::numeric_limits<qint64>::max()).value_or(QList<Sample>{});
        QVERIFY(scored.size() > 1000);
        // Where the simulator made something abnormal, with margins for unloading, start-up
        // and the lags of dynamic PCA.
        const Simulator sim(unit);
        const qint64 from = scored.front().ts - 86'400'000, to = scored.back().ts + 1;
        constexpr qint64 hour = 3'600'000;
        QList<std::pair<qint64, qint64>> explained;
        for (const SimEvent &e : sim.events(from, to))
            explained.append({e.start - 6 * hour, e.restart + 24 * hour});
        for (int i = 0; i < sim.tagCount(); ++i)
            for (const SimFault &f : sim.faults(i, from, to))
                explained.append({f.start - 2 * hour, f.end + 6 * hour});
        int away = 0, aboveAway = 0, above = 0;
        for (const Sample &s : scored) {
            const bool isExplained = std::any_of(explained.cbegin(), explained.cend(), [&](const auto &w) { return s.ts >= w.first && s.ts < w.second; });
            above += s.value > 1.0 ? 1 : 0;
            if (isExplained)
                continue;
            ++away;
            aboveAway += s.value > 1.0 ? 1 : 0;
        }
        qInfo("%lld frames scored, %d away from the simulator's faults and shutdowns; above the limit: %d in all, %d of them away",
              qlonglong(scored.size()), away, above, aboveAway);
        QVERIFY(away > scored.size() / 3);
        QVERIFY2(aboveAway <= away / 100, qPrintable(QStringLiteral("%1 of %2").arg(aboveAway).arg(away)));
    }

    // A unit's life is forecast from a library of its sister units' lives (rul.learned): learned
    // on a pool thread while the unit refreshes, then forecast, shown and stored.
    void learnedRulForecastsFromALibrary()
    {
        QTemporaryDir data;
        FleetConfig fleetConfig = demoWith(std::chrono::hours(1), std::chrono::hours(24 * 60));
        UnitConfig unit = *fleetConfig.findUnit(u"K-16-01");
        const QStringList tags{QStringLiteral("PCFS.K-16-01.16PDIA-537.PV"), QStringLiteral("PCFS.K-16-01.16PDIA-534.PV"),
                               QStringLiteral("PCFS.K-16-01.16PI-506.PV")};
        const QString library = data.filePath(QStringLiteral("k16-filters.txt"));
        QCOMPARE(writeFilterLibrary(unit, tags, library, 16), 16);
        const QString wrong = data.filePath(QStringLiteral("two-sensors.txt"));
        QCOMPARE(writeFilterLibrary(unit, tags.mid(0, 2), wrong, 6), 6);
        // The current life began at the last filter change.
        const auto clock = fixedClock();
        const Simulator sim(unit);
        const qint64 now = clock->now();
        const QString scenario = QStringLiteral("filter_clogging");
        const double cycleDays = double(sim.degradationCycle(scenario)) / 86'400'000.0;
        const double progress = sim.degradation(scenario, now);
        const qint64 start = now - qint64(progress * cycleDays * 86'400'000.0);
        const double truth = (1.0 - progress) * cycleDays; // to the next change, calendar days
        auto entry = [&](const char *name, const QString &path, const QStringList &t) {
            return QVariantMap{{QStringLiteral("name"), QLatin1StringView(name)}, {QStringLiteral("library"), path},
                               {QStringLiteral("tags"), QVariant(t)},
                               {QStringLiteral("start"), QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc()).toString(Qt::ISODate)}};
        };
        unit.rul.insert(QStringLiteral("learned"), QVariantList{entry("filters", library, tags),
                                                                entry("missing", data.filePath(QStringLiteral("none.txt")), tags),
                                                                entry("wrong", wrong, tags)});
        QStringList errors;
        QCOMPARE(AnalysisConfig::fromUnit(unit, &errors).learnedRul.size(), 3);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        fleetConfig.units = {unit};
        RuntimeOptions runtime;
        runtime.dataDir = data.path();
        runtime.clock = clock;
        Fleet fleet(fleetConfig, runtime);
        fleet.start();
        UnitController *c = fleet.unit(unit.unitId);
        auto learned = [&](QStringView name) -> std::optional<RulSummary> {
            for (const RulSummary &r : c->snapshot().rul)
                if (r.indicator == u"learned:" + name.toString())
                    return r;
            return std::nullopt;
        };
        auto done = [&](QStringView name) { return learned(name) && learned(name)->state != u"learning"; };
        QTRY_VERIFY_WITH_TIMEOUT(c->refreshCount() >= 1 && done(u"filters") && done(u"missing") && done(u"wrong"), 180000);
        const RulSummary r = *learned(u"filters");
        qInfo("learned from 16 sister lives: P10/P50/P90 %.1f / %.1f / %.1f days; the filter is changed in %.1f days",
              r.p10Days.value_or(-1), r.p50Days.value_or(-1), r.p90Days.value_or(-1), truth);
        QCOMPARE(r.state, QStringLiteral("forecast"));
        QCOMPARE(r.description, QStringLiteral("k16-filters.txt"));
        QVERIFY(r.p10Days && r.p50Days && r.p90Days && *r.p10Days <= *r.p50Days && *r.p50Days <= *r.p90Days);
        QVERIFY2(*r.p10Days <= truth && truth <= *r.p90Days, qPrintable(QString::number(truth)));
        // The unit runs on; the libraries that cannot be used say why, naming the file.
        QCOMPARE(c->snapshot().state, UnitState::Ok);
        const RulSummary missing = *learned(u"missing"), bad = *learned(u"wrong");
        QCOMPARE(missing.state, QStringLiteral("unavailable"));
        QVERIFY2(missing.stateText.contains(u"none.txt") && missing.stateText.contains(u"does not exist"), qPrintable(missing.stateText));
        QCOMPARE(bad.state, QStringLiteral("unavailable"));
        QVERIFY2(bad.stateText.contains(u"two-sensors.txt") && bad.stateText.contains(u"sensor columns in the library: 2;"), qPrintable(bad.stateText));
        fleet.stop();
        UnitStore store(unit.unitId);
        QVERIFY(store.open(UnitStore::unitFilePath(data.path(), unit.unitId)));
        const QList<StoredForecast> stored = store.forecasts(QStringLiteral("learned:filters"), 0, std::numeric_limits<qint64>::max());
        QVERIFY(!stored.isEmpty());
        QCOMPARE(stored.last().model, QStringLiteral("learned"));
        QCOMPARE(stored.last().p50Days, r.p50Days);
        QVERIFY(stored.last().points >= 30); // cycles of the current life
    }

    void isolation()
    {
        QTemporaryDir data;
        const auto interval = std::chrono::milliseconds(200);
        const FleetConfig fleetConfig = demoWith(interval, std::chrono::hours(1));
        std::atomic<qint64> hungAt{0};
        RuntimeOptions options;
        options.dataDir = data.path();
        options.heartbeatMs = 200;
        options.sourceFactory = [&](const UnitConfig &unit) -> std::unique_ptr<DataSource> {
            if (unit.unitId == u"K-12-01")
                return std::make_unique<ThrowingSource>();
            if (unit.unitId == u"C-104")
                return std::make_unique<HangingSource>(unit, &hungAt);
            return std::make_unique<SteadySource>(unit);
        };
        Fleet fleet(fleetConfig, options);
        qint64 stalledAt = 0;
        QStringList stalled, recovered;
        connect(&fleet, &Fleet::unitStalled, this, [&](const QString &id) {
            stalled.append(id);
            stalledAt = QDateTime::currentMSecsSinceEpoch();
        });
        connect(&fleet, &Fleet::unitRecovered, this, [&](const QString &id) { recovered.append(id); });
        fleet.start();
        // The schedule is measured once every healthy unit has refreshed: how long thirteen
        // stores take to open at the start (long in a sanitizer build on two busy cores) is
        // not the schedule.
        const auto healthy = [](const UnitSnapshot &s) { return s.unitId != u"K-12-01" && s.unitId != u"C-104"; };
        QTRY_VERIFY_WITH_TIMEOUT(std::ranges::all_of(fleet.snapshots(), [&](const UnitSnapshot &s) {
                                     return !healthy(s) || s.refreshCount >= 1;
                                 }),
                                 60000);
        QHash<QString, qint64> before;
        for (const UnitSnapshot &s : fleet.snapshots())
            before.insert(s.unitId, s.refreshCount);
        QElapsedTimer clock;
        clock.start();
        QTest::qWait(4000);
        const qint64 elapsed = clock.elapsed();
        const QList<UnitSnapshot> snapshots = fleet.snapshots();
        fleet.stop();

        // Every healthy unit kept its schedule: one refresh per interval.
        const double expected = double(elapsed) / double(interval.count());
        for (const UnitSnapshot &s : snapshots) {
            if (!healthy(s))
                continue;
            const double done = double(s.refreshCount - before.value(s.unitId));
            QVERIFY2(std::abs(done - expected) <= 0.1 * expected + 1,
                     qPrintable(QStringLiteral("%1: %2 refreshes, expected %3").arg(s.unitId).arg(done).arg(expected)));
            QCOMPARE(s.errorCount, 0);
        }
        // The throwing unit is in error with the source's message, and kept trying.
        const UnitSnapshot broken = *std::find_if(snapshots.cbegin(), snapshots.cend(),
                                                  [](const UnitSnapshot &s) { return s.unitId == u"K-12-01"; });
        QCOMPARE(broken.state, UnitState::Error);
        QVERIFY2(broken.lastError.contains(u"the parser exploded at row 1043"), qPrintable(broken.lastError));
        QVERIFY(broken.errorCount >= 0.9 * expected);
        QCOMPARE(broken.refreshCount, 0);
        // The hanging unit was reported stalled within two heartbeats (and the time the watch
        // needs to look), its work was cancelled, and it came back and refreshed again.
        QCOMPARE(stalled, QStringList{QStringLiteral("C-104")});
        QVERIFY(hungAt.load() > 0);
        QVERIFY2(stalledAt - hungAt.load() <= 2 * options.heartbeatMs + 250,
                 qPrintable(QStringLiteral("stalled reported %1 ms after the hang").arg(stalledAt - hungAt.load())));
        QCOMPARE(recovered, QStringList{QStringLiteral("C-104")});
        const UnitSnapshot hung = *std::find_if(snapshots.cbegin(), snapshots.cend(),
                                                [](const UnitSnapshot &s) { return s.unitId == u"C-104"; });
        QVERIFY(hung.refreshCount >= 5);
    }

    // Another program holding the unit's database puts that unit in error (with SQLite's
    // reason), not in a hang; when the lock goes, the unit refreshes again.
    void lockedStoreIsAnErrorThenRecovers()
    {
        QTemporaryDir data;
        FleetConfig fleetConfig = demoWith(std::chrono::milliseconds(300), std::chrono::hours(1));
        fleetConfig.units = {*fleetConfig.findUnit(u"C-202"), *fleetConfig.findUnit(u"C-201")};
        fleetConfig.global.busyTimeout = std::chrono::milliseconds(100);
        RuntimeOptions options;
        options.dataDir = data.path();
        options.sourceFactory = [](const UnitConfig &u) { return std::make_unique<SteadySource>(u); };
        Fleet fleet(fleetConfig, options);
        fleet.start();
        UnitController *locked = fleet.unit(QStringLiteral("C-202"));
        UnitController *other = fleet.unit(QStringLiteral("C-201"));
        QTRY_VERIFY_WITH_TIMEOUT(locked->refreshCount() >= 1, 10000);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(UnitStore::unitFilePath(data.path(), QStringLiteral("C-202")).toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
        QTRY_COMPARE_WITH_TIMEOUT(locked->snapshot().state, UnitState::Error, 10000);
        QVERIFY2(locked->snapshot().lastError.contains(u"locked") || locked->snapshot().lastError.contains(u"busy"),
                 qPrintable(locked->snapshot().lastError));
        const qint64 otherBefore = other->refreshCount();
        QTest::qWait(1000);
        QVERIFY(other->refreshCount() >= otherBefore + 2); // the neighbour carries on
        QCOMPARE(other->snapshot().state, UnitState::Ok);
        QCOMPARE(sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const qint64 lockedBefore = locked->refreshCount();
        QTRY_VERIFY_WITH_TIMEOUT(locked->refreshCount() > lockedBefore, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(locked->snapshot().state, UnitState::Ok, 10000);
        QVERIFY(locked->snapshot().lastError.isEmpty());
        fleet.stop();
    }

    void alarmsSurviveARestart()
    {
        QTemporaryDir data;
        FleetConfig fleetConfig = demoWith(std::chrono::milliseconds(100), std::chrono::hours(1));
        UnitConfig unit = *fleetConfig.findUnit(u"C-201");
        // The first tag alarms above 100 after 3 samples.
        unit.tags[0].hi = AlarmLimit{100, AlarmPriority::High};
        unit.tags[0].hihi.reset();
        unit.tags[0].onDelay = 3;
        unit.tags[0].role = TagRole::None; // no mode detection: alarms always evaluated
        for (TagConfig &t : unit.tags)
            t.role = TagRole::None;
        fleetConfig.units = {unit};
        const QString key = unit.tags[0].name + QStringLiteral(":hi");
        RuntimeOptions options;
        options.dataDir = data.path();
        options.sourceFactory = [](const UnitConfig &u) { return std::make_unique<SteadySource>(u, 150.0); };
        {
            Fleet fleet(fleetConfig, options);
            fleet.start();
            UnitController *c = fleet.unit(unit.unitId);
            QTRY_VERIFY_WITH_TIMEOUT(!c->snapshot().alarms.isEmpty(), 10000);
            QCOMPARE(c->snapshot().alarms[0].key, key);
            QCOMPARE(c->snapshot().alarms[0].state, AlarmState::ActiveUnacknowledged);
            QSignalSpy done(&fleet, &Fleet::actionFinished);
            c->acknowledge(key, QStringLiteral("aisha"), QStringLiteral("checked locally"));
            QTRY_COMPARE(done.size(), 1);
            QCOMPARE(done[0][2].toBool(), true);
            QTRY_COMPARE(c->snapshot().alarms[0].state, AlarmState::ActiveAcknowledged);
            // A refusal comes back with its reason.
            c->acknowledge(key, QStringLiteral("aisha"), QString());
            QTRY_COMPARE(done.size(), 2);
            QCOMPARE(done[1][2].toBool(), false);
            QVERIFY(done[1][3].toString().contains(u"needs no acknowledgement"));
            fleet.stop();
        }
        options.autoRefresh = false;
        Fleet again(fleetConfig, options);
        again.start();
        UnitController *c = again.unit(unit.unitId);
        QTRY_VERIFY_WITH_TIMEOUT(c->refreshCount() >= 1, 10000);
        const UnitSnapshot s = c->snapshot();
        QCOMPARE(s.alarms.size(), 1);
        QCOMPARE(s.alarms[0].state, AlarmState::ActiveAcknowledged);
        QCOMPARE(s.alarms[0].acknowledgedBy, QStringLiteral("aisha"));
        again.stop();
        // Raised once, acknowledged once: the restart did not raise it again.
        UnitStore store(unit.unitId);
        QVERIFY(store.open(UnitStore::unitFilePath(data.path(), unit.unitId)));
        int raises = 0, acks = 0;
        for (const AlarmLogEntry &e : store.alarmLog(0, std::numeric_limits<qint64>::max())) {
            raises += e.alarm == key && e.toState == u"active_unack" ? 1 : 0;
            acks += e.alarm == key && e.reason == u"acknowledge" ? 1 : 0;
        }
        QCOMPARE(raises, 1);
        QCOMPARE(acks, 1);
    }

    void wholeDemoFleetStartsStopsAndRestarts()
    {
        QTemporaryDir data;
        const FleetConfig fleetConfig = demoWith(std::chrono::seconds(1), std::chrono::hours(6));
        RuntimeOptions options;
        options.dataDir = data.path();
        for (int round = 0; round < 2; ++round) {
            Fleet fleet(fleetConfig, options);
            fleet.start();
            const QStringList ids = fleet.unitIds();
            QCOMPARE(ids.size(), 13);
            QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(),
                                                 [&](const QString &id) { return fleet.unit(id)->refreshCount() >= 1; }),
                                     120000);
            for (const UnitSnapshot &s : fleet.snapshots())
                QVERIFY2(s.lastError.isEmpty(), qPrintable(s.unitId + u": " + s.lastError));
            fleet.stop();
            for (const QString &id : fleet.unitIds())
                QVERIFY2(walSize(data.path(), id) == 0,
                         qPrintable(QStringLiteral("%1: WAL of %2 bytes after stop (round %3)").arg(id).arg(walSize(data.path(), id)).arg(round)));
        }
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
