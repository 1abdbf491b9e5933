// tp_bench_fleet: the unit runtime under load.
//
// 1. Reference: one thread writes simulator rows for one demo unit straight into a store
//    (the same writes a back-fill does, without the fleet): rows/s on one core.
// 2. Back-fill: all 13 demo units back-fill --days (default 90) of 6-minute history at the
//    same time, each in its worker thread; prints total time, rows/s, the ratio to (1), and
//    the main thread's event-loop latency meanwhile (lateness of a 10 ms timer: p50/p99/max).
// 3. Live: 13 units x --tags (default 500) tags sampled at 1 Hz, refreshed every --refresh
//    (default 1s), for --live (default 60) seconds after a warm-up: the process's CPU use as a
//    share of one core.
// Usage: tp_bench_fleet [DIR] [--days N] [--live S] [--tags N] [--refresh DURATION]
//                       [--live-history DURATION] [--units N]

#include "config/duration.h"
#include "config/fleetconfigloader.h"
#include "runtime/fleet.h"
#include "runtime/unitcontroller.h"
#include "sim/simulator.h"
#include "storage/unitstore.h"

#include "benchutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tp;
using namespace tp::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto option = [&](const char *name, const QString &fallback) {
        const qsizetype i = args.indexOf(QLatin1StringView(name));
        if (i < 0 || i + 1 >= args.size())
            return fallback;
        const QString value = args.at(i + 1);
        args.remove(i, 2);
        return value;
    };
    const int days = option("--days", QStringLiteral("90")).toInt();
    const int liveSeconds = option("--live", QStringLiteral("60")).toInt();
    const int tagsPerUnit = option("--tags", QStringLiteral("500")).toInt();
    const auto refresh = parseDuration(option("--refresh", QStringLiteral("1s"))).value_or(std::chrono::seconds(1));
    // Live history: with enough of it (>= 200 frames) every unit trains its analysis model at
    // its first refresh, and the live phase then includes the multivariate scoring.
    const auto liveHistory = parseDuration(option("--live-history", QStringLiteral("0s"))).value_or(std::chrono::seconds(0));
    QTemporaryDir tmp;
    const QString dir = args.isEmpty() ? tmp.path() : args.first();
    for (const char *sub : {"reference", "backfill", "live"})
        QDir(dir + u'/' + QLatin1StringView(sub)).removeRecursively();
    const int unitCount = option("--units", QStringLiteral("13")).toInt();
    FleetConfig demo = *FleetConfigLoader::loadDemo().fleet;
    demo.units = demo.units.mid(0, std::clamp(unitCount, 1, int(demo.units.size())));

    // --- 1. one store, one thread ----------------------------------------------------------
    double referenceRate = 0;
    {
        UnitConfig unit = demo.units.last();
        const Simulator sim(unit);
        const QString path = UnitStore::unitFilePath(dir + QStringLiteral("/reference"), unit.unitId);
        QDir().mkpath(QFileInfo(path).absolutePath());
        UnitStore store(unit.unitId);
        if (!store.open(path) || !store.syncTags(unit.tags)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        std::vector<qint64> ids;
        for (const TagConfig &t : unit.tags)
            ids.push_back(*store.tagId(t.name));
        const int io = *store.qualityCode(QStringLiteral("I/O Timeout"));
        const int bad = *store.qualityCode(QStringLiteral("Bad Input"));
        const qint64 step = 6 * 60'000;
        const qint64 end = QDateTime::currentMSecsSinceEpoch() / step * step;
        std::vector<std::vector<Sample>> batches(1);
        for (qint64 t = end - qint64(days) * 86'400'000; t < end; t += step) {
            const Simulator::Frame f = sim.frameAt(t);
            for (int i = 0; i < sim.tagCount(); ++i) {
                const Simulator::Value v = sim.value(i, f);
                batches.back().push_back({ids[i], t, v.value,
                                          v.quality == Simulator::Quality::Good ? GoodQuality
                                          : v.quality == Simulator::Quality::IoTimeout ? io : bad});
            }
            if (batches.back().size() >= 100'000)
                batches.emplace_back();
        }
        qint64 rows = 0;
        QElapsedTimer timer;
        timer.start();
        for (const auto &b : batches) {
            if (!store.writeSamples(b)) {
                std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
                return 1;
            }
            rows += qint64(b.size());
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        referenceRate = double(rows) / seconds;
        std::printf("reference: one store, one thread: %lld rows in %.2f s = %.0f rows/s\n",
                    static_cast<long long>(rows), seconds, referenceRate);
    }

    // --- 2. back-fill of the whole fleet ----------------------------------------------------
    {
        FleetConfig config = demo;
        for (UnitConfig &u : config.units) {
            u.refreshInterval = std::chrono::hours(1); // only the first refresh runs
            u.source.history = std::chrono::hours(24LL * days);
        }
        RuntimeOptions options;
        options.dataDir = dir + QStringLiteral("/backfill");
        Fleet fleet(config, options);
        LatencyProbe probe;
        QElapsedTimer timer;
        const double cpu0 = cpuSeconds();
        probe.start();
        timer.start();
        fleet.start();
        const QStringList ids = fleet.unitIds();
        const bool done = waitFor([&] {
            return std::all_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return fleet.unit(id)->refreshCount() >= 1; });
        }, 30 * 60'000);
        const double seconds = timer.nsecsElapsed() / 1e9;
        probe.stop();
        qint64 rows = 0;
        for (const UnitSnapshot &s : fleet.snapshots())
            rows += s.valuesStored;
        const double cpu = cpuSeconds() - cpu0;
        fleet.stop();
        if (!done) {
            std::fprintf(stderr, "back-fill did not finish\n");
            return 1;
        }
        const double rate = double(rows) / seconds;
        std::printf("\nback-fill: %d units x %d days at 6 minutes: %lld rows in %.2f s = %.0f rows/s "
                    "(%.2f of one store on one core; target >= 0.7), CPU %.1f s\n",
                    int(config.units.size()), days, static_cast<long long>(rows), seconds, rate, rate / referenceRate, cpu);
        const auto &late = probe.lateness();
        std::printf("  main thread: 10 ms timer lateness p50 %.2f ms, p99 %.2f ms, max %.2f ms over %zu ticks "
                    "(target p99 <= 16 ms)\n",
                    percentile(late, 0.5), percentile(late, 0.99), late.empty() ? 0.0 : *std::max_element(late.begin(), late.end()),
                    late.size());
    }

    // --- 3. live at 1 Hz ---------------------------------------------------------------------
    if (liveSeconds > 0) {
        FleetConfig config = demo;
        for (UnitConfig &u : config.units) {
            const QList<TagConfig> base = u.tags;
            for (int i = int(base.size()); i < tagsPerUnit; ++i) {
                TagConfig t = base[i % base.size()];
                t.name = QStringLiteral("%1.X%2").arg(t.name).arg(i);
                t.role = TagRole::None;
                u.tags.append(t);
            }
            u.tags = u.tags.mid(0, tagsPerUnit);
            u.refreshInterval = refresh;
            u.source.history = liveHistory; // default: starts live, nothing to back-fill
            u.source.historyInterval = std::chrono::seconds(1);
            u.source.interval = std::chrono::seconds(1);
        }
        RuntimeOptions options;
        options.dataDir = dir + QStringLiteral("/live");
        Fleet fleet(config, options);
        fleet.start();
        // Warm-up: every unit has refreshed twice, then 5 s more.
        const QStringList liveIds = fleet.unitIds();
        waitFor([&] {
            return std::all_of(liveIds.cbegin(), liveIds.cend(), [&](const QString &id) { return fleet.unit(id)->refreshCount() >= 2; });
        }, 60'000);
        QElapsedTimer warm;
        warm.start();
        waitFor([&] { return warm.elapsed() > 5000; }, 10000);
        qint64 stored0 = 0;
        for (const UnitSnapshot &s : fleet.snapshots())
            stored0 += s.refreshCount;
        const double cpu0 = cpuSeconds();
        const double sys0 = cpuSeconds(true);
        QElapsedTimer timer;
        timer.start();
        waitFor([&] { return timer.elapsed() > liveSeconds * 1000; }, liveSeconds * 1000 + 5000);
        const double seconds = timer.nsecsElapsed() / 1e9;
        const double cpu = cpuSeconds() - cpu0;
        const double sys = cpuSeconds(true) - sys0;
        qint64 refreshes = 0;
        for (const UnitSnapshot &s : fleet.snapshots())
            refreshes += s.refreshCount;
        fleet.stop();
        int withModel = 0;
        for (const UnitSnapshot &s : fleet.snapshots())
            withModel += s.modelInfo.startsWith(u"Model of") ? 1 : 0;
        std::printf("\nlive: %d units x %d tags at 1 Hz (%d with an analysis model), refresh every %lld ms, %.0f s: %lld refreshes, "
                    "%.0f values/s; CPU %.2f s (%.2f s in the kernel) = %.2f %% of one core (target <= 2 %%)\n",
                    int(config.units.size()), tagsPerUnit, withModel, static_cast<long long>(refresh.count()), seconds,
                    static_cast<long long>(refreshes - stored0), double(config.units.size()) * tagsPerUnit, cpu, sys,
                    100.0 * cpu / seconds);
    }
    return 0;
}
