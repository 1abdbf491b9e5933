// tp_bench_gui: the desktop application's responsiveness (offscreen).
//
// 1. Writes --years (default 10) of 1-minute history for 4 tags of K-12-01 into its store.
// 2. Starts the demo fleet (13 units, simulator at --sim-speed, default 60x) in the main
//    window and opens all 13 unit tabs.
// 3. Trend: the 4 tags in K-12-01's tab; times the change from "24 h" to "All" (10 years)
//    until the chart is re-rendered (the read on a pool thread plus the replace() of the
//    series), --repeat times (default 5).
// 4. Event loop: lateness of a 10 ms timer on the GUI thread over --seconds (default 30)
//    with the 13 tabs open and the fleet running: p50/p99/max.
// 5. Resident memory.
// Targets (issue 6): lateness p99 <= 16 ms, 24 h -> all <= 100 ms, memory <= 500 MB.
// Usage: tp_bench_gui [--years N] [--seconds S] [--sim-speed N] [--repeat N]

#include "config/fleetconfigloader.h"
#include "mainwindow.h"
#include "runtime/fleet.h"
#include "runtime/unitcontroller.h"
#include "storage/unitstore.h"
#include "tagtablemodel.h"
#include "trendchart.h"
#include "unittab.h"

#include "benchutil.h"

#include <QtCharts/QChartView>
#include <QApplication>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <random>

using namespace tp;
using namespace tp::bench;

namespace {
double argValue(const QStringList &args, const QString &name, double fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toDouble() : fallback;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int years = int(argValue(args, QStringLiteral("--years"), 10));
    const int seconds = int(argValue(args, QStringLiteral("--seconds"), 30));
    const double speed = argValue(args, QStringLiteral("--sim-speed"), 60);
    const int repeat = int(argValue(args, QStringLiteral("--repeat"), 5));

    QTemporaryDir data;
    const FleetConfig fleet = *FleetConfigLoader::loadDemo().fleet;
    const UnitConfig &unit = *fleet.findUnit(u"K-12-01");
    QStringList trendTags;
    for (const TagConfig &t : unit.tags)
        if (trendTags.size() < 4 && t.role == TagRole::None)
            trendTags.append(t.name);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 86'400'000;
    {
        QElapsedTimer timer;
        timer.start();
        UnitStore store(unit.unitId);
        QDir().mkpath(QFileInfo(UnitStore::unitFilePath(data.path(), unit.unitId)).path());
        if (!store.open(UnitStore::unitFilePath(data.path(), unit.unitId)) || !store.syncTags(unit.tags)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        std::mt19937_64 rng(1);
        std::normal_distribution<double> noise(0, 0.5);
        const qint64 from = now - qint64(years) * 365 * day, to = now - 2 * day;
        qint64 rows = 0;
        std::vector<Sample> batch;
        batch.reserve(500'000);
        for (const QString &name : std::as_const(trendTags)) {
            const qint64 id = *store.tagId(name);
            for (qint64 t = from; t < to; t += 60'000) {
                const double years = double(t - from) / (365.0 * day);
                batch.push_back({id, t, 50 + 10 * std::sin(2 * M_PI * years) + 2 * years + noise(rng), GoodQuality});
                if (batch.size() == batch.capacity()) {
                    store.writeSamples(batch);
                    rows += qint64(batch.size());
                    batch.clear();
                }
            }
            store.writeSamples(batch);
            rows += qint64(batch.size());
            batch.clear();
        }
        store.close();
        std::printf("history: %d years of 1-minute data for %lld tags of %s: %lld rows written in %.1f s\n", years,
                    static_cast<long long>(trendTags.size()), qPrintable(unit.unitId), static_cast<long long>(rows),
                    timer.nsecsElapsed() / 1e9);
    }

    RuntimeOptions runtime;
    runtime.dataDir = data.path();
    runtime.clock = std::make_shared<FleetClock>(speed);
    runtime.simulatorHistory = std::chrono::hours(24);
    MainWindow window;
    window.setRuntimeOptions(runtime);
    window.loadConfiguration(QString());
    window.resize(1600, 1000);
    window.show();
    if (!waitFor([&] { return window.fleet() != nullptr; }, 20000)) {
        std::fprintf(stderr, "the demo fleet did not load\n");
        return 1;
    }
    const QStringList ids = window.fleet()->unitIds();
    QElapsedTimer started;
    started.start();
    waitFor([&] { return std::all_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return window.fleet()->unit(id)->refreshCount() >= 1; }); }, 600000);
    std::printf("fleet: %lld units started and refreshed in %.1f s (simulator %gx)\n", static_cast<long long>(ids.size()),
                started.nsecsElapsed() / 1e9, speed);
    for (const QString &id : ids)
        window.openUnit(id);
    UnitTab *tab = window.openUnit(unit.unitId);
    TrendChart *trend = tab->trend();
    for (const QString &t : tab->tagModel()->checkedTags())
        tab->tagModel()->setChecked(t, false); // the tab's own first choice
    for (const QString &t : std::as_const(trendTags))
        tab->tagModel()->setChecked(t, true);
    int loads = 0;
    QObject::connect(trend, &TrendChart::loaded, trend, [&] { ++loads; });
    auto choose = [&](qint64 span) {
        const int before = loads;
        QElapsedTimer t;
        t.start();
        tab->choosePreset(span);
        waitFor([&] {
            const auto [a, b] = trend->range();
            return loads > before && trend->data().series.size() == trendTags.size()
                && (span > 0 ? b - a == span : b - a > 300 * day);
        }, 60000);
        QCoreApplication::processEvents(); // the repaint
        if (qEnvironmentVariableIsSet("TP_BENCH_DEBUG"))
            std::fprintf(stderr, "span %lld: loads %d -> %d, range %lld, tags %lld, error '%s'\n", static_cast<long long>(span), before, loads,
                         static_cast<long long>(trend->range().second - trend->range().first), static_cast<long long>(trend->tags().size()),
                         qPrintable(trend->data().error));
        return t.nsecsElapsed() / 1e6;
    };
    choose(day);
    std::vector<double> allMs;
    qint64 points = 0;
    for (int i = 0; i < repeat; ++i) {
        choose(day);
        allMs.push_back(choose(0));
        points = 0;
        for (qint64 p : trend->plottedPoints())
            points += p;
    }
    const auto [from, to] = trend->range();
    std::printf("trend: 24 h -> all (%.1f years, %lld tags, %lld points plotted, plot %d px): median %.1f ms, max %.1f ms "
                "over %d changes (target <= 100 ms)\n",
                double(to - from) / (365.0 * day), static_cast<long long>(trendTags.size()), static_cast<long long>(points),
                int(trend->panes().first()->chart()->plotArea().width()), percentile(allMs, 0.5), percentile(allMs, 1.0), repeat);
    tab->choosePreset(day);

    LatencyProbe probe;
    probe.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    const auto &late = probe.lateness();
    std::printf("event loop with %d tabs open, simulator %gx, %d s: 10 ms timer lateness p50 %.2f ms, p99 %.2f ms, "
                "max %.2f ms over %zu ticks (target p99 <= 16 ms)\n",
                window.tabs()->count() - 1, speed, seconds, percentile(late, 0.5), percentile(late, 0.99),
                percentile(late, 1.0), late.size());
    std::printf("resident memory: %.0f MB (target <= 500 MB)\n", residentMb());
    return 0;
}
