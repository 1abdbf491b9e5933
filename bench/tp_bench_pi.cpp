// tp_bench_pi: the piwebapi source against the PI Web API test server on loopback.
//
// 1. Back-fill: one year of a --tags (default 150) tag unit at one value per tag per --interval
//    (default 60s) into a real store, the way the source reads it (batch calls, several in
//    flight); values/s, wall time, peak memory (the process's, test server included), and the
//    test server's own serving rate (values per second of its busy time).
// 2. The same back-fill the way the users' earlier client read PI: one tag at a time, one
//    request at a time, the default maxCount (1000) and every field of each value; the ratio.
//    (--skip-tag-by-tag leaves it out; --tag-by-tag-tags N reads only N tags that way and
//    scales the time by tags/N, said in the output.)
// 3. Live: 13 PI units of --tags tags, each in its own thread as the fleet runs them, after a
//    short back-fill: one refresh of all 13 after --refresh (default 5m) of new data; wall time
//    and the CPU it took as a share of one core over the refresh interval.
// --latency MS makes the test server wait that long before each answer, as a real PI server's
// archive read does (1 and 2 only).
// Usage: tp_bench_pi [--tags N] [--interval 60s] [--history 365d] [--refresh 5m] [--latency MS]
//                    [--skip-tag-by-tag] [--tag-by-tag-tags N]

#include "config/duration.h"
#include "pi/pitime.h"
#include "pi/piwebapiclient.h"
#include "pi/piwebapisource.h"
#include "storage/unitstore.h"

#include "benchutil.h"
#include "piwebapitestserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <thread>

#include <cstdio>
#include <ctime>
#include <vector>

using namespace tp;
using namespace tp::bench;

namespace {

constexpr qint64 Day = 86'400'000;

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

UnitConfig unitFor(const tptest::PiWebApiTestServer &server, const QString &unitId, qint64 history)
{
    UnitConfig unit;
    unit.unitId = unitId;
    unit.plant = QStringLiteral("PCFS");
    unit.refreshInterval = std::chrono::minutes(5);
    unit.source.type = SourceType::PiWebApi;
    unit.source.url = server.baseUrl().toString();
    unit.source.piAuth = PiAuth::Anonymous;
    unit.source.history = std::chrono::milliseconds(history);
    const QString prefix = u"PCFS." + unitId + u'.';
    for (const tptest::PiTestPoint &p : server.points()) {
        if (!p.name.startsWith(prefix))
            continue;
        TagConfig t;
        t.name = p.name;
        unit.tags.append(t);
    }
    return unit;
}

/** The earlier client: tag after tag, page after page of 1,000 full values. */
qint64 tagByTag(const UnitConfig &unit, UnitStore &store, qint64 now, int tags)
{
    PiConnection c;
    c.url = QUrl(unit.source.url);
    c.auth = PiAuth::Anonymous;
    c.maxInFlight = 1;
    PiWebApiClient client(c);
    qint64 values = 0;
    const qint64 start = now - unit.source.history.count();
    for (int i = 0; i < tags && i < unit.tags.size(); ++i) {
        const QString name = unit.tags.at(i).name;
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("path"), QStringLiteral("\\\\PISRV01\\") + name);
        const PiResponse point = client.get(QStringLiteral("points"), q);
        const QString webId = point.json.object().value(QStringLiteral("WebId")).toString();
        const qint64 tagId = *store.tagId(name);
        qint64 cursor = start - 1;
        while (true) {
            QUrlQuery r;
            r.addQueryItem(QStringLiteral("startTime"), QString::fromLatin1(formatPiTimestamp(std::max(cursor, start))));
            r.addQueryItem(QStringLiteral("endTime"), QString::fromLatin1(formatPiTimestamp(now)));
            const PiResponse page = client.get(QStringLiteral("streams/%1/recorded").arg(webId), r);
            if (!page.ok()) {
                std::fprintf(stderr, "tag-by-tag: %s\n", qPrintable(page.error));
                return values;
            }
            const QJsonArray items = page.json.object().value(QStringLiteral("Items")).toArray();
            std::vector<Sample> batch;
            qint64 last = cursor;
            for (const QJsonValue &v : items) {
                const QJsonObject o = v.toObject();
                const auto ts = parsePiTimestamp(o.value(QStringLiteral("Timestamp")).toString().toLatin1());
                if (!ts || *ts <= cursor)
                    continue;
                Sample s{tagId, *ts, 0.0, GoodQuality};
                const QJsonValue value = o.value(QStringLiteral("Value"));
                if (value.isDouble())
                    s.value = value.toDouble();
                else
                    s.value = value.toObject().value(QStringLiteral("Value")).toDouble();
                batch.push_back(s);
                last = std::max(last, *ts);
            }
            store.writeSamples(batch);
            values += qint64(batch.size());
            if (items.size() < 1000 || last <= cursor)
                break;
            cursor = last;
        }
    }
    return values;
}

struct Figures {
    double seconds = 0;
    qint64 values = 0;
};

Figures backFill(tptest::PiWebApiTestServer &server, const UnitConfig &unit, const QString &dir, qint64 now)
{
    UnitStore store(unit.unitId);
    store.open(UnitStore::unitFilePath(dir, unit.unitId));
    store.syncTags(unit.tags);
    PiWebApiSource source(unit);
    FetchContext ctx;
    ctx.now = now;
    server.resetStats();
    QElapsedTimer t;
    t.start();
    const FetchResult r = source.fetch(store, ctx);
    Figures f{t.nsecsElapsed() / 1e9, r.valuesStored};
    if (!r.ok)
        std::fprintf(stderr, "back-fill failed: %s\n", qPrintable(r.error));
    return f;
}

void printServer(const tptest::PiWebApiTestServer &server, double wall)
{
    const auto s = server.stats();
    std::printf("  test server: %lld requests, %lld values, %.0f MB, busy %.1f s of %.1f s wall = %.2f M values/s while busy\n",
                s.requests, s.valuesServed, double(s.bytesServed) / 1e6, double(s.busyNs) / 1e9, wall,
                double(s.valuesServed) / std::max(1e-9, double(s.busyNs) / 1e9) / 1e6);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto option = [&](const char *name, const QString &fallback) {
        const qsizetype i = args.indexOf(QLatin1StringView(name));
        return i < 0 || i + 1 >= args.size() ? fallback : args.at(i + 1);
    };
    const int tags = option("--tags", QStringLiteral("150")).toInt();
    const qint64 interval = parseDuration(option("--interval", QStringLiteral("60s"))).value_or(std::chrono::seconds(60)).count();
    const qint64 history = parseDuration(option("--history", QStringLiteral("365d"))).value_or(std::chrono::hours(24 * 365)).count();
    const qint64 refresh = parseDuration(option("--refresh", QStringLiteral("5m"))).value_or(std::chrono::minutes(5)).count();
    const bool skipTagByTag = args.contains(QStringLiteral("--skip-tag-by-tag"));
    // A real PI server spends time in its archive on every call; the test server answers at
    // once unless told to wait this long per call.
    const int latencyMs = option("--latency", QStringLiteral("0")).toInt();
    const int tagByTagTags = option("--tag-by-tag-tags", QString::number(tags)).toInt();
    const qint64 now = (QDateTime::currentMSecsSinceEpoch() / 60'000) * 60'000;
    QTemporaryDir dir;

    std::printf("PI back-fill: %d tags, one value per %lld s, %lld days, to a real store; the server waits %d ms per call\n",
                tags, interval / 1000, history / Day, latencyMs);
    {
        tptest::PiWebApiTestServer::Options o;
        o.dataStart = now - history - Day;
        o.latencyMs = latencyMs;
        tptest::PiWebApiTestServer server(o);
        server.addUnit(QStringLiteral("PCFS"), QStringLiteral("K-12-01"), tags, interval);
        server.setNow(now);
        if (!server.listen()) {
            std::fprintf(stderr, "the test server does not listen: %s\n", qPrintable(server.errorString()));
            return 1;
        }
        const UnitConfig unit = unitFor(server, QStringLiteral("K-12-01"), history);
        const qint64 rssBefore = peakRssKb();
        const Figures fast = backFill(server, unit, dir.filePath(QStringLiteral("batch")), now);
        std::printf("  batch (the source): %lld values in %.1f s = %.0f values/s; peak RSS %lld MB (before: %lld MB)\n",
                    fast.values, fast.seconds, double(fast.values) / fast.seconds, peakRssKb() / 1024, rssBefore / 1024);
        printServer(server, fast.seconds);
        if (!skipTagByTag) {
            UnitConfig slowUnit = unit;
            slowUnit.unitId = QStringLiteral("K-12-01-slow");
            UnitStore store(slowUnit.unitId);
            store.open(UnitStore::unitFilePath(dir.filePath(QStringLiteral("tagbytag")), slowUnit.unitId));
            store.syncTags(slowUnit.tags);
            server.resetStats();
            QElapsedTimer t;
            t.start();
            const qint64 values = tagByTag(slowUnit, store, now, tagByTagTags);
            const double seconds = t.nsecsElapsed() / 1e9;
            const double scale = double(unit.tags.size()) / double(std::min<qsizetype>(tagByTagTags, unit.tags.size()));
            std::printf("  tag by tag (%d of %lld tags%s): %lld values in %.1f s = %.0f values/s\n", tagByTagTags,
                        qint64(unit.tags.size()), scale > 1 ? ", time scaled to all tags" : "", values, seconds,
                        double(values) / seconds);
            printServer(server, seconds);
            std::printf("  ratio (values/s, batch / tag by tag): %.1fx\n",
                        (double(fast.values) / fast.seconds) / (double(values) / seconds));
        }
    }

    std::printf("Live refresh: 13 PI units of %d tags, one value per tag per %lld s, refresh after %lld s\n", tags,
                interval / 1000, refresh / 1000);
    {
        tptest::PiWebApiTestServer::Options o;
        o.dataStart = now - 2 * Day;
        tptest::PiWebApiTestServer server(o);
        QStringList ids;
        for (int u = 0; u < 13; ++u) {
            ids.append(QStringLiteral("U-%1").arg(u + 1, 2, 10, QLatin1Char('0')));
            server.addUnit(QStringLiteral("PCFS"), ids.last(), tags, interval);
        }
        server.setNow(now);
        if (!server.listen())
            return 1;
        // Each unit in a thread of its own that lives through all rounds (as a fleet's worker:
        // its network session is made once).
        struct Runner {
            UnitConfig unit;
            double cpu = 0;
            std::atomic_bool ok{true};
            QSemaphore go, done;
            qint64 at = 0;
            std::thread thread;
        };
        const int rounds = 5;
        std::vector<std::unique_ptr<Runner>> runners;
        for (int u = 0; u < 13; ++u) {
            auto r = std::make_unique<Runner>();
            r->unit = unitFor(server, ids.at(u), Day);
            Runner *raw = r.get();
            const QString storeDir = dir.filePath(QStringLiteral("live"));
            r->thread = std::thread([raw, storeDir, rounds] {
                UnitStore store(raw->unit.unitId);
                store.open(UnitStore::unitFilePath(storeDir, raw->unit.unitId));
                store.syncTags(raw->unit.tags);
                PiWebApiSource source(raw->unit);
                for (int round = 0; round < rounds; ++round) {
                    raw->go.acquire();
                    const double c0 = threadCpuSeconds();
                    FetchContext ctx;
                    ctx.now = raw->at;
                    const FetchResult result = source.fetch(store, ctx);
                    raw->ok = result.ok;
                    if (!result.ok)
                        std::fprintf(stderr, "%s: %s\n", qPrintable(raw->unit.unitId), qPrintable(result.error));
                    raw->cpu = threadCpuSeconds() - c0;
                    raw->done.release();
                }
            });
            runners.push_back(std::move(r));
        }
        auto runAll = [&](qint64 at) {
            QElapsedTimer t;
            t.start();
            for (auto &r : runners) {
                r->at = at;
                r->go.release();
            }
            for (auto &r : runners)
                r->done.acquire();
            return t.nsecsElapsed() / 1e9;
        };
        const double fill = runAll(now);
        std::printf("  back-fill of 1 day for 13 units: %.1f s\n", fill);
        for (int round = 1; round < rounds; ++round) {
            const qint64 at = now + round * refresh;
            server.setNow(at);
            server.resetStats();
            const double wall = runAll(at);
            double cpu = 0;
            for (const auto &r : runners)
                cpu += r->cpu;
            std::printf("  refresh %d: %.3f s wall, %lld requests, %lld values; client CPU %.3f s = %.3f %% of one core over the %lld s interval\n",
                        round, wall, server.stats().requests, server.stats().valuesServed, cpu,
                        100.0 * cpu / (double(refresh) / 1000.0), refresh / 1000);
        }
        for (auto &r : runners)
            r->thread.join();
    }
    return 0;
}
