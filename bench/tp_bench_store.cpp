// tp_bench_store: the unit store's write and read figures, against a minimal raw SQLite loop.
//
// Writes 10 M rows for 500 tags into a fresh unit store, the way a historian import arrives
// (time-major batches of 100k rows): tag 1 carries ten years of 1-minute history (5.26 M rows,
// the overview tag), tags 2..500 share the rest at 6-minute sampling over the last ~40 days.
// Then it writes the same rows with a plain sqlite3 loop (same schema and pragmas, no upsert,
// no rollups) and prints the ratio. Reads: one-tag 6-hour windows (p50/p95) and the 10-year
// overview of tag 1 at 2,000 px. Usage: tp_bench_store [DIR] [--rows N] [--batch N]

#include "storage/unitstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace tp;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kTags = 500;
qint64 kBatch = 100'000;
constexpr qint64 kEnd = 1772323200000; // 2026-03-01T00:00:00Z
constexpr qint64 kTenYears = 3653 * UnitStore::DayMs;

struct Plan {
    qint64 total = 10'000'000;
    qint64 denseRows = 0;  // tag 1: 1-minute history ending at kEnd
    qint64 sparseSteps = 0; // tags 2..500: 6-minute steps ending at kEnd

    explicit Plan(qint64 rows) : total(rows)
    {
        denseRows = std::min<qint64>(kTenYears / kMinute, rows / 2);
        sparseSteps = (rows - denseRows) / (kTags - 1);
    }
    qint64 rows() const { return denseRows + sparseSteps * (kTags - 1); }
    qint64 denseStart() const { return kEnd - denseRows * kMinute; }
    qint64 sparseStart() const { return kEnd - sparseSteps * 6 * kMinute; }
};

double valueOf(qint64 tag, qint64 ts)
{
    return 50.0 + 10.0 * std::sin(static_cast<double>(ts / kMinute) * 1e-3 + static_cast<double>(tag))
        + static_cast<double>((ts / kMinute) % 7) * 0.01;
}

// Produces the rows in time order, batch by batch.
template<typename Sink>
void generate(const Plan &plan, Sink &&sink)
{
    std::vector<Sample> batch;
    batch.reserve(kBatch + kTags);
    const qint64 sparseFrom = plan.sparseStart();
    for (qint64 i = 0; i < plan.denseRows; ++i) {
        const qint64 ts = plan.denseStart() + i * kMinute;
        batch.push_back({1, ts, valueOf(1, ts), GoodQuality});
        if (ts >= sparseFrom && (ts - sparseFrom) % (6 * kMinute) == 0) {
            for (qint64 tag = 2; tag <= kTags; ++tag)
                batch.push_back({tag, ts, valueOf(tag, ts), GoodQuality});
        }
        if (static_cast<qint64>(batch.size()) >= kBatch) {
            sink(batch);
            batch.clear();
        }
    }
    if (!batch.empty())
        sink(batch);
}

QList<TagConfig> benchTags()
{
    QList<TagConfig> tags;
    for (qint64 i = 1; i <= kTags; ++i) {
        TagConfig t;
        t.name = QStringLiteral("BENCH.U-1.%1TI-%2.PV").arg(i % 90 + 10).arg(i, 4, 10, QLatin1Char('0'));
        tags.append(t);
    }
    return tags;
}

qint64 fileBytes(const QString &path)
{
    qint64 total = 0;
    for (const char *suffix : {"", "-wal"})
        total += QFileInfo(path + QLatin1StringView(suffix)).size();
    return total;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[static_cast<size_t>(p * static_cast<double>(v.size() - 1))];
}

bool check(int rc, sqlite3 *db, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE)
        return true;
    std::fprintf(stderr, "raw loop: %s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

// The same schema as the store's samples table; a plain prepared INSERT, 100k rows per commit.
// With sortBatches, each batch is first put in key order, as the store does.
double rawLoop(const Plan &plan, const QString &path, bool sortBatches)
{
    sqlite3 *db = nullptr;
    if (!check(sqlite3_open(path.toUtf8().constData(), &db), db, "open"))
        return -1;
    sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    sqlite3_exec(db,
                 "CREATE TABLE samples (tag_id INTEGER NOT NULL, ts INTEGER NOT NULL, value REAL,"
                 " PRIMARY KEY (tag_id, ts)) WITHOUT ROWID",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO samples VALUES (?1, ?2, ?3)", -1, &insert, nullptr);
    QElapsedTimer timer;
    timer.start();
    bool ok = true;
    std::vector<Sample> sorted;
    generate(plan, [&](const std::vector<Sample> &rows) {
        if (!ok)
            return;
        const std::vector<Sample> *batchPtr = &rows;
        if (sortBatches) {
            sorted = rows;
            std::stable_sort(sorted.begin(), sorted.end(), [](const Sample &a, const Sample &b) {
                return a.tagId < b.tagId || (a.tagId == b.tagId && a.ts < b.ts);
            });
            batchPtr = &sorted;
        }
        const std::vector<Sample> &batch = *batchPtr;
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (const Sample &s : batch) {
            sqlite3_bind_int64(insert, 1, s.tagId);
            sqlite3_bind_int64(insert, 2, s.ts);
            sqlite3_bind_double(insert, 3, s.value);
            ok = ok && check(sqlite3_step(insert), db, "insert");
            sqlite3_reset(insert);
        }
        ok = ok && check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    });
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_finalize(insert);
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return ok ? seconds : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    qint64 rows = 10'000'000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--rows")); i >= 0 && i + 1 < args.size()) {
        rows = args.at(i + 1).toLongLong();
        args.remove(i, 2);
    }
    if (const qsizetype i = args.indexOf(QStringLiteral("--batch")); i >= 0 && i + 1 < args.size()) {
        kBatch = args.at(i + 1).toLongLong();
        args.remove(i, 2);
    }
    QTemporaryDir tmp;
    const QString dir = args.isEmpty() ? tmp.path() : args.first();
    const Plan plan(rows);
    std::printf("tp_bench_store: %lld rows, %lld tags (tag 1: %lld rows of 1-minute history; "
                "tags 2-%lld: %lld rows each at 6 minutes), batches of %lld rows\n",
                static_cast<long long>(plan.rows()), static_cast<long long>(kTags),
                static_cast<long long>(plan.denseRows), static_cast<long long>(kTags),
                static_cast<long long>(plan.sparseSteps), static_cast<long long>(kBatch));

    // --- the unit store -------------------------------------------------------------------
    const QString storePath = UnitStore::unitFilePath(dir, QStringLiteral("BENCH"));
    QFile::remove(storePath);
    double storeSeconds = 0;
    {
        UnitStore store(QStringLiteral("BENCH"));
        if (!store.open(storePath) || !store.syncTags(benchTags())) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        bool ok = true;
        generate(plan, [&](const std::vector<Sample> &batch) {
            ok = ok && store.writeSamples(batch).has_value();
        });
        storeSeconds = timer.nsecsElapsed() / 1e9;
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
    } // closing checkpoints the WAL into the file
    const qint64 storeBytes = fileBytes(storePath);

    // --- the raw loop ---------------------------------------------------------------------
    const QString rawPath = QDir(dir).filePath(QStringLiteral("raw-loop.sqlite"));
    QFile::remove(rawPath);
    const double rawSeconds = rawLoop(plan, rawPath, false);
    const qint64 rawBytes = fileBytes(rawPath);
    QFile::remove(rawPath);
    const double sortedSeconds = rawLoop(plan, rawPath, true);
    const qint64 sortedBytes = fileBytes(rawPath);
    QFile::remove(rawPath);
    if (rawSeconds < 0 || sortedSeconds < 0)
        return 1;
    const double bestRaw = std::min(rawSeconds, sortedSeconds);

    const double n = static_cast<double>(plan.rows());
    std::printf("\nwrite\n");
    std::printf("  unit store                    %8.2f s  %10.0f rows/s  %6.2f bytes/row (samples + rollups)\n",
                storeSeconds, n / storeSeconds, storeBytes / n);
    std::printf("  raw loop, rows as they come   %8.2f s  %10.0f rows/s  %6.2f bytes/row (samples only)\n",
                rawSeconds, n / rawSeconds, rawBytes / n);
    std::printf("  raw loop, batches sorted      %8.2f s  %10.0f rows/s  %6.2f bytes/row (samples only)\n",
                sortedSeconds, n / sortedSeconds, sortedBytes / n);
    std::printf("  ratio store / faster raw loop: %.2f (target >= 0.6)\n", bestRaw / storeSeconds);

    // --- reads ----------------------------------------------------------------------------
    UnitStore store(QStringLiteral("BENCH"));
    if (!store.open(storePath)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    QRandomGenerator rng(42);
    std::vector<double> latencies;
    qint64 points = 0;
    const qint64 sixHours = 6 * UnitStore::HourMs;
    for (int i = 0; i < 2000; ++i) {
        const qint64 tag = 1 + rng.bounded(static_cast<int>(kTags));
        const qint64 first = tag == 1 ? plan.denseStart() : plan.sparseStart();
        const qint64 from = first + rng.bounded(static_cast<qint64>(kEnd - first - sixHours));
        QElapsedTimer t;
        t.start();
        const auto range = store.readRange(tag, from, from + sixHours);
        latencies.push_back(t.nsecsElapsed() / 1e6);
        points += range ? range->size() : 0;
    }
    std::printf("\nread one tag, 6 hours (2000 random windows, %.1f points on average)\n",
                static_cast<double>(points) / 2000.0);
    std::printf("  p50 %.3f ms  p95 %.3f ms  (target p95 <= 5 ms)\n", percentile(latencies, 0.5),
                percentile(latencies, 0.95));

    std::vector<double> overview;
    qsizetype buckets = 0;
    QString source;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        const auto series = store.readDecimated(1, kEnd - kTenYears, kEnd, 2000);
        overview.push_back(t.nsecsElapsed() / 1e6);
        buckets = series ? series->buckets.size() : 0;
        source = series ? readSourceId(series->source) : QString();
    }
    QElapsedTimer t;
    t.start();
    const auto raw = store.readRange(1, kEnd - kTenYears, kEnd);
    const double rawMs = t.nsecsElapsed() / 1e6;
    std::printf("\n10-year overview of tag 1 at 2000 px (%lld buckets from %s)\n",
                static_cast<long long>(buckets), qPrintable(source));
    std::printf("  first %.2f ms  median of 7 %.2f ms  (target <= 100 ms)\n", overview.front(),
                percentile(overview, 0.5));
    std::printf("  for comparison, reading its %lld raw rows: %.0f ms\n",
                static_cast<long long>(raw ? raw->size() : 0), rawMs);
    return 0;
}
