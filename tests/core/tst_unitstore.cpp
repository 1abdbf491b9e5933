#include "storage/migrations.h"
#include "storage/unitstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cmath>
#include <map>

using namespace tp;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = UnitStore::HourMs;
constexpr qint64 kFine = UnitStore::FineRollupMs;
constexpr qint64 kDay = UnitStore::DayMs;
// 2026-03-01T00:00:00Z
constexpr qint64 kT0 = 1772323200000;

QList<TagConfig> testTags()
{
    QList<TagConfig> tags;
    for (const char *name : {"PCFS.K-12-01.12SI-401.PV", "PCFS.K-12-01.12TIA-419A.PV",
                             "PCFS.K-12-01.12PDIA-420.PV"}) {
        TagConfig t;
        t.name = QString::fromLatin1(name);
        t.kind = deriveTagKind(t.name);
        t.engineeringUnit = QStringLiteral("u");
        tags.append(t);
    }
    return tags;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs one statement through the plain SQLite C API, as another program would.
int rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open(path.toUtf8().constData(), &db);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc;
}

QSqlDatabase storeConnection(const QString &unitId)
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(u"tp-store-" + unitId + u'-'))
            return QSqlDatabase::database(name, false);
    }
    return {};
}

} // namespace

class TestUnitStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_case = 0;

    QString freshPath()
    {
        return UnitStore::unitFilePath(m_tmp.filePath(QStringLiteral("data%1").arg(++m_case)),
                                       QStringLiteral("K-12-01"));
    }

    // A store with the test tags, opened on a fresh file.
    void openFresh(UnitStore &store, const StoreOptions &options = {})
    {
        QVERIFY2(store.open(freshPath(), options), qPrintable(store.errorString()));
        QVERIFY2(store.syncTags(testTags()), qPrintable(store.errorString()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_tmp.isValid());
    }

    void createAndReopen()
    {
        const QString path = freshPath();
        QVERIFY(path.endsWith(u"/units/K-12-01/K-12-01.sqlite"));
        {
            UnitStore store(QStringLiteral("K-12-01"));
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            QCOMPARE(store.schemaVersion(), UnitStore::SchemaVersion);
            QVERIFY(store.syncTags(testTags()));
            QCOMPARE(store.tagIds().size(), 3);
            QSqlQuery q(storeConnection(QStringLiteral("K-12-01")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1); // NORMAL
        }
        QVERIFY(QSqlDatabase::connectionNames().isEmpty()); // closed and removed
        UnitStore again(QStringLiteral("K-12-01"));
        QVERIFY2(again.open(path, {1000, StoreSynchronous::Full}), qPrintable(again.errorString()));
        QCOMPARE(again.tagIds().size(), 3);
        QVERIFY(again.tagId(QStringLiteral("pcfs.k-12-01.12si-401.pv")));
        QSqlQuery q(storeConnection(QStringLiteral("K-12-01")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        // Re-syncing the same tags changes nothing; a changed description is updated.
        QList<TagConfig> tags = testTags();
        tags[0].description = QStringLiteral("Shaft speed");
        QVERIFY(again.syncTags(tags));
        QCOMPARE(again.tags().size(), 3);
        QCOMPARE(again.tags().first().description, QStringLiteral("Shaft speed"));
        QCOMPARE(again.tags().at(1).kind, QStringLiteral("temperature"));
    }

    void migrations()
    {
        const QString path = m_tmp.filePath(QStringLiteral("migrations.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mig"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            const QList<Migration> v2{
                {1, {QStringLiteral("CREATE TABLE a (x INTEGER)")}},
                {2, {QStringLiteral("ALTER TABLE a ADD COLUMN y TEXT"),
                     QStringLiteral("INSERT INTO a VALUES (1, 'one')")}},
            };
            QVERIFY2(applyMigrations(db, v2, &error), qPrintable(error));
            QCOMPARE(schemaVersionOf(db, &error), 2);
            // Applying again is a no-op (the insert of step 2 does not run twice).
            QVERIFY(applyMigrations(db, v2, &error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM a")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            // A failing step rolls back whole: no table b, version stays 2.
            QList<Migration> v3 = v2;
            v3.append({3, {QStringLiteral("CREATE TABLE b (z INTEGER)"),
                           QStringLiteral("INSERT INTO missing VALUES (1)")}});
            QVERIFY(!applyMigrations(db, v3, &error));
            QVERIFY2(error.contains(u"schema 3"), qPrintable(error));
            QCOMPARE(schemaVersionOf(db, &error), 2);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'b'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("mig"));
        // The real migrations build every table of the store.
        UnitStore store(QStringLiteral("K-12-01"));
        openFresh(store);
        QSqlQuery q(storeConnection(QStringLiteral("K-12-01")));
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        QStringList tables;
        while (q.next())
            tables.append(q.value(0).toString());
        QCOMPARE(tables, (QStringList{QStringLiteral("alarm_log"), QStringLiteral("annotations"), QStringLiteral("audit_log"),
                                      QStringLiteral("events"), QStringLiteral("forecasts"), QStringLiteral("import_changes"), QStringLiteral("import_spans"),
                                      QStringLiteral("imports"), QStringLiteral("meta"), QStringLiteral("models"), QStringLiteral("qualities"),
                                      QStringLiteral("rollups"), QStringLiteral("sample_states"),
                                      QStringLiteral("samples"), QStringLiteral("tags")}));
    }

    // A file written at schema 1 (quality code in every row) opens at the current schema with
    // every value and state as it was.
    void upgradesSchema1()
    {
        const QString path = m_tmp.filePath(QStringLiteral("schema1.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(applyMigrations(db, unitStoreMigrations().mid(0, 1), &error), qPrintable(error));
            QCOMPARE(schemaVersionOf(db, &error), 1);
            QSqlQuery q(db);
            for (const char *sql : {
                     "INSERT INTO meta VALUES ('unit_id', 'K-12-01')",
                     "PRAGMA application_id = 1414550084",
                     "INSERT INTO tags(id, name, created_utc) VALUES (7, 'PCFS.K-12-01.12TIA-419A.PV', 0)",
                     "INSERT INTO qualities VALUES (3, 'I/O Timeout')",
                     "INSERT INTO samples VALUES (7, 1000, 81.5, 0)",
                     "INSERT INTO samples VALUES (7, 2000, NULL, 3)",
                     "INSERT INTO samples VALUES (7, 3000, 82.25, 0)"}) {
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        UnitStore store(QStringLiteral("K-12-01"));
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), unitStoreMigrations().last().version);
        const auto range = *store.readRange(7, 0, 10000);
        QCOMPARE(range.size(), 3);
        QCOMPARE(range[0].value, 81.5);
        QCOMPARE(range[0].quality, GoodQuality);
        QVERIFY(std::isnan(range[1].value));
        QCOMPARE(store.qualityName(range[1].quality), QStringLiteral("I/O Timeout"));
        QCOMPARE(range[2].value, 82.25);
        // A good value later replaces the state, and the state is gone.
        QVERIFY(store.writeSamples(QList<Sample>{{7, 2000, 81.75, GoodQuality}}));
        const auto after = *store.readRange(7, 0, 10000);
        QCOMPARE(after[1].value, 81.75);
        QCOMPARE(after[1].quality, GoodQuality);
        QSqlQuery q(storeConnection(QStringLiteral("K-12-01")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sample_states")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void refusesFutureSchema()
    {
        const QString path = freshPath();
        {
            UnitStore store(QStringLiteral("K-12-01"));
            QVERIFY(store.open(path));
        }
        QCOMPARE(rawExec(path, "PRAGMA user_version = 99"), SQLITE_OK);
        const QByteArray before = fileHash(path);
        UnitStore store(QStringLiteral("K-12-01"));
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(u"newer TurboPredict (schema 99"), qPrintable(store.errorString()));
        QVERIFY(!store.isOpen());
        QCOMPARE(fileHash(path), before);
    }

    void refusesCorruptFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("unit,ts,value\nK-12-01,1,2\n").repeated(300)
                              << QStringLiteral("damaged or not a database");
        QByteArray header("SQLite format 3");
        header.append('\0');
        header.append(QByteArray(4080, '\x5a'));
        QTest::newRow("bad header") << header << QStringLiteral("damaged or not a database");
    }
    void refusesCorruptFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        UnitStore store(QStringLiteral("K-12-01"));
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(expected), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(QFileInfo(path).fileName()));
        QCOMPARE(fileHash(path), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        QVERIFY(!QFileInfo::exists(path + u"-wal"));
    }

    void damagedPagesAreReported()
    {
        // A store whose sample pages were overwritten: open works (the header is fine), the
        // integrity check names the damage.
        QString path;
        {
            UnitStore store(QStringLiteral("K-12-01"));
            openFresh(store);
            path = store.filePath();
            QList<Sample> samples;
            for (int i = 0; i < 20000; ++i)
                samples.append({1, kT0 + i * kMinute, double(i), GoodQuality});
            QVERIFY(store.writeSamples(samples));
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 200'000);
            f.seek(size / 2);
            f.write(QByteArray(16384, '\x07'));
        }
        UnitStore store(QStringLiteral("K-12-01"));
        if (store.open(path)) {
            const auto problems = store.integrityCheck();
            QVERIFY(!problems || *problems != QStringList{QStringLiteral("ok")});
        } else {
            QVERIFY2(store.errorString().contains(u"damaged"), qPrintable(store.errorString()));
        }
    }

    void refusesForeignDatabase()
    {
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QCOMPARE(rawExec(path, "CREATE TABLE invoices (id INTEGER)"), SQLITE_OK);
        const QByteArray before = fileHash(path);
        UnitStore store(QStringLiteral("K-12-01"));
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(u"another program"), qPrintable(store.errorString()));
        QCOMPARE(fileHash(path), before);
    }

    void refusesOtherUnitsStore()
    {
        const QString path = freshPath();
        {
            UnitStore store(QStringLiteral("K-12-01"));
            QVERIFY(store.open(path));
        }
        UnitStore other(QStringLiteral("K-16-01"));
        QVERIFY(!other.open(path));
        QVERIFY2(other.errorString().contains(u"holds the data of unit K-12-01, not K-16-01"),
                 qPrintable(other.errorString()));
    }

    void upserts()
    {
        UnitStore store(QStringLiteral("K-12-01"));
        openFresh(store);
        const qint64 speed = *store.tagId(QStringLiteral("PCFS.K-12-01.12SI-401.PV"));
        const qint64 temp = *store.tagId(QStringLiteral("PCFS.K-12-01.12TIA-419A.PV"));
        QList<Sample> batch;
        for (int i = 0; i < 100; ++i) {
            batch.append({speed, kT0 + i * 6 * kMinute, 10000.0 + i, GoodQuality});
            batch.append({temp, kT0 + i * 6 * kMinute, 80.0 + i * 0.1, GoodQuality});
        }
        auto stats = store.writeSamples(batch);
        QVERIFY2(stats, qPrintable(store.errorString()));
        QCOMPARE(stats->changed, 200);
        QCOMPARE(stats->unchanged, 0);
        // The same batch again stores nothing new.
        stats = store.writeSamples(batch);
        QCOMPARE(stats->changed, 0);
        QCOMPARE(stats->unchanged, 200);
        QCOMPARE(store.sampleCount(), 200);
        // Overlap: the last 50 of speed again plus 30 new ones.
        QList<Sample> overlap;
        for (int i = 50; i < 130; ++i)
            overlap.append({speed, kT0 + i * 6 * kMinute, 10000.0 + i, GoodQuality});
        stats = store.writeSamples(overlap);
        QCOMPARE(stats->changed, 30);
        QCOMPARE(stats->unchanged, 50);
        QCOMPARE(store.sampleCount(), 230);
        // A corrected value replaces the stored one.
        const Sample corrected{speed, kT0 + 10 * 6 * kMinute, 9999.5, GoodQuality};
        stats = store.writeSamples(std::span(&corrected, 1));
        QCOMPARE(stats->changed, 1);
        const auto range = store.readRange(speed, kT0, kT0 + 130 * 6 * kMinute);
        QVERIFY(range);
        QCOMPARE(range->size(), 130);
        QCOMPARE(range->at(10), corrected);
        for (int i = 1; i < range->size(); ++i)
            QVERIFY(range->at(i - 1).ts < range->at(i).ts);
        // Half-open range: [from, to).
        QCOMPARE(store.readRange(speed, kT0, kT0 + 6 * kMinute)->size(), 1);
        // Within one batch, out of order and with a duplicate: the later duplicate wins.
        const QList<Sample> shuffled{{temp, kT0 + 500 * 6 * kMinute, 1.0, GoodQuality},
                                     {speed, kT0 + 500 * 6 * kMinute, 2.0, GoodQuality},
                                     {temp, kT0 + 499 * 6 * kMinute, 3.0, GoodQuality},
                                     {temp, kT0 + 500 * 6 * kMinute, 4.0, GoodQuality}};
        stats = store.writeSamples(shuffled);
        QCOMPARE(stats->changed + stats->unchanged, 4);
        QCOMPARE(store.sampleCount(), 233);
        const auto tail = *store.readRange(temp, kT0 + 499 * 6 * kMinute, kT0 + 501 * 6 * kMinute);
        QCOMPARE(tail.size(), 2);
        QCOMPARE(tail[0].value, 3.0);
        QCOMPARE(tail[1].value, 4.0);
        // A sample for an unknown tag fails the whole batch.
        QList<Sample> bad{{speed, kT0 - kMinute, 1.0, GoodQuality}, {999, kT0, 1.0, GoodQuality}};
        QVERIFY(!store.writeSamples(bad));
        QVERIFY(store.errorString().contains(u"unknown tag id 999"));
        QCOMPARE(store.sampleCount(), 233);
    }

    void qualities()
    {
        const QString path = freshPath();
        qint64 tag = 0;
        int ioTimeout = 0;
        {
            UnitStore store(QStringLiteral("K-12-01"));
            QVERIFY(store.open(path));
            QVERIFY(store.syncTags(testTags()));
            tag = *store.tagId(QStringLiteral("PCFS.K-12-01.12TIA-419A.PV"));
            QCOMPARE(store.qualityCode(QStringLiteral("good")), GoodQuality);
            ioTimeout = *store.qualityCode(QStringLiteral("I/O Timeout"));
            QVERIFY(ioTimeout > 0);
            QCOMPARE(store.qualityCode(QStringLiteral("i/o timeout")), ioTimeout);
            const int na = *store.qualityCode(QStringLiteral("#N/A"));
            QVERIFY(na != ioTimeout && na > 0);
            const QList<Sample> samples{{tag, kT0, 81.5, GoodQuality},
                                        {tag, kT0 + kMinute, std::nan(""), ioTimeout},
                                        {tag, kT0 + 2 * kMinute, 0.0, na}};
            QVERIFY(store.writeSamples(samples));
        }
        UnitStore store(QStringLiteral("K-12-01"));
        QVERIFY(store.open(path));
        QCOMPARE(store.qualityCode(QStringLiteral("I/O Timeout")), ioTimeout);
        QCOMPARE(store.qualityName(ioTimeout), QStringLiteral("I/O Timeout"));
        const auto range = *store.readRange(tag, kT0, kT0 + kDay);
        QCOMPARE(range.size(), 3);
        QCOMPARE(range[0].value, 81.5);
        QVERIFY(std::isnan(range[1].value)); // a state is never a number, never a zero
        QCOMPARE(range[1].quality, ioTimeout);
        QVERIFY(std::isnan(range[2].value));
        QCOMPARE(store.qualityName(range[2].quality), QStringLiteral("#N/A"));
        const QList<LatestValue> latest = store.latestValues();
        QCOMPARE(latest.size(), 1);
        QCOMPARE(latest.first().tagName, QStringLiteral("PCFS.K-12-01.12TIA-419A.PV"));
        QCOMPARE(latest.first().sample.ts, kT0 + 2 * kMinute);
        QCOMPARE(latest.first().qualityName, QStringLiteral("#N/A"));
    }

    void rollupsFollowWrites()
    {
        UnitStore store(QStringLiteral("K-12-01"));
        openFresh(store);
        const qint64 tag = 1;
        const int bad = *store.qualityCode(QStringLiteral("Bad Input"));
        // Three days of 6-minute data; every 7th sample is a bad state.
        QList<Sample> samples;
        std::map<qint64, std::vector<double>> quarters, days;
        std::map<qint64, int> badQuarters;
        for (int i = 0; i < 3 * 240; ++i) {
            const qint64 ts = kT0 + 30 * kMinute + i * 6 * kMinute;
            if (i % 7 == 3) {
                samples.append({tag, ts, std::nan(""), bad});
                ++badQuarters[ts - ts % kFine];
                continue;
            }
            const double v = std::sin(i * 0.05) * 10 + i * 0.01;
            samples.append({tag, ts, v, GoodQuality});
            quarters[ts - ts % kFine].push_back(v);
            days[ts - ts % kDay].push_back(v);
        }
        // Written in two overlapping batches, as imports do.
        QVERIFY(store.writeSamples(std::span(samples).first(400)));
        QVERIFY(store.writeSamples(std::span(samples).subspan(300)));

        QSqlQuery q(storeConnection(QStringLiteral("K-12-01")));
        auto check = [&](int level, const std::map<qint64, std::vector<double>> &expected) {
            QVERIFY(q.prepare(QStringLiteral("SELECT bucket, vmin, vmax, vmean, n, nbad FROM rollups"
                                             " WHERE level = ? AND tag_id = ? ORDER BY bucket")));
            q.addBindValue(level);
            q.addBindValue(tag);
            QVERIFY(q.exec());
            size_t rows = 0;
            while (q.next()) {
                ++rows;
                const qint64 bucket = q.value(0).toLongLong();
                const auto it = expected.find(bucket);
                QVERIFY2(it != expected.end(), qPrintable(QString::number(bucket)));
                const auto &v = it->second;
                QCOMPARE(q.value(1).toDouble(), *std::min_element(v.begin(), v.end()));
                QCOMPARE(q.value(2).toDouble(), *std::max_element(v.begin(), v.end()));
                double sum = 0;
                for (double x : v)
                    sum += x;
                QVERIFY(std::abs(q.value(3).toDouble() - sum / v.size()) < 1e-9);
                QCOMPARE(q.value(4).toLongLong(), qint64(v.size()));
                if (level == 1)
                    QCOMPARE(q.value(5).toInt(), badQuarters[bucket]);
            }
            QCOMPARE(rows, expected.size());
        };
        check(1, quarters);
        check(2, days);

        // Changing one value moves the 6-hour bucket's and the day's maximum.
        const Sample spike{tag, samples[100].ts, 1000.0, GoodQuality};
        QVERIFY(store.writeSamples(std::span(&spike, 1)));
        quarters[spike.ts - spike.ts % kFine].push_back(1000.0);
        auto &hv = quarters[spike.ts - spike.ts % kFine];
        hv.erase(std::find(hv.begin(), hv.end(), samples[100].value));
        auto &dv = days[spike.ts - spike.ts % kDay];
        dv.erase(std::find(dv.begin(), dv.end(), samples[100].value));
        dv.push_back(1000.0);
        check(1, quarters);
        check(2, days);
    }

    void decimatedReads()
    {
        UnitStore store(QStringLiteral("K-12-01"));
        openFresh(store);
        const qint64 tag = 2;
        // 20 days of 1-minute data with a gap on day 5 and one spike.
        QList<Sample> samples;
        for (qint64 i = 0; i < 20 * 1440; ++i) {
            const qint64 ts = kT0 + i * kMinute;
            if (ts >= kT0 + 5 * kDay && ts < kT0 + 6 * kDay)
                continue;
            const double v = (i == 12345) ? 500.0 : 80.0 + std::sin(i / 300.0) * 5;
            samples.append({tag, ts, v, GoodQuality});
        }
        QVERIFY(store.writeSamples(samples));

        auto bruteForce = [&](qint64 from, qint64 to, int px) {
            const qint64 col = (to - from + px - 1) / px;
            std::map<qint64, std::pair<double, double>> cols;
            for (const Sample &s : samples) {
                if (s.ts < from || s.ts >= to)
                    continue;
                auto [it, fresh] = cols.try_emplace((s.ts - from) / col, s.value, s.value);
                it->second.first = std::min(it->second.first, s.value);
                it->second.second = std::max(it->second.second, s.value);
            }
            return cols;
        };

        // 6 hours on 400 px: raw rows, exact per column.
        {
            const qint64 from = kT0 + 8 * kDay + 3 * kHour + 17 * kMinute, to = from + 6 * kHour;
            const auto series = store.readDecimated(tag, from, to, 400);
            QVERIFY(series);
            QCOMPARE(series->source, ReadSource::Raw);
            const auto expected = bruteForce(from, to, 400);
            QCOMPARE(series->buckets.size(), qsizetype(expected.size()));
            const qint64 col = (to - from + 399) / 400;
            for (const DecimatedBucket &b : series->buckets) {
                const auto &e = expected.at((b.start - from) / col);
                QCOMPARE(b.min, e.first);
                QCOMPARE(b.max, e.second);
            }
        }
        // 20 days on 40 px (12 h per column): 6-hour rollups; nothing lost.
        {
            const qint64 from = kT0, to = kT0 + 20 * kDay;
            const auto series = store.readDecimated(tag, from, to, 40);
            QVERIFY(series);
            QCOMPARE(series->source, ReadSource::QuarterDayRollup);
            QVERIFY(series->buckets.size() <= 40);
            qint64 total = 0;
            double max = -1e9;
            for (const DecimatedBucket &b : series->buckets) {
                total += b.count;
                max = std::max(max, b.max);
                QVERIFY2(b.end <= kT0 + 5 * kDay || b.start >= kT0 + 6 * kDay,
                         "the gap day has no bucket");
            }
            QCOMPARE(total, samples.size());
            QCOMPARE(max, 500.0); // the spike survives decimation
            // Per column, rollups give exactly the raw min/max (columns are whole buckets here).
            const auto expected = bruteForce(from, to, 40);
            const qint64 col = (to - from + 39) / 40;
            QCOMPARE(col % kFine, 0);
            for (const DecimatedBucket &b : series->buckets) {
                const auto &e = expected.at((b.start - from) / col);
                QCOMPARE(b.min, e.first);
                QCOMPARE(b.max, e.second);
            }
        }
        // 20 days on 10 px (2 days per column): day rollups.
        {
            const auto series = store.readDecimated(tag, kT0, kT0 + 20 * kDay, 10);
            QCOMPARE(series->source, ReadSource::DayRollup);
            QCOMPARE(series->buckets.size(), 10);
            QCOMPARE(series->buckets.at(2).count, 1440); // day 4 only; day 5 is the gap
            QCOMPARE(series->buckets.at(0).count, 2880);
        }
        // Sparse data: reading raw rows is cheaper than the rollups, so raw it is.
        {
            const qint64 sparse = 3;
            QList<Sample> daily;
            for (int d = 0; d < 200; ++d)
                daily.append({sparse, kT0 + d * kDay + 12 * kHour, double(d), GoodQuality});
            QVERIFY(store.writeSamples(daily));
            const auto series = store.readDecimated(sparse, kT0, kT0 + 200 * kDay, 100);
            QCOMPARE(series->source, ReadSource::Raw);
            QCOMPARE(series->buckets.size(), 100);
            QCOMPARE(series->buckets.first().min, 0.0);
            QCOMPARE(series->buckets.first().max, 1.0);
        }
        // Nothing to read.
        QVERIFY(store.readDecimated(tag, kT0 - 10 * kDay, kT0 - 9 * kDay, 100)->buckets.isEmpty());
        QVERIFY(store.readDecimated(tag, kT0, kT0, 100)->buckets.isEmpty());
    }

    void lockedByAnotherProgram()
    {
        UnitStore store(QStringLiteral("K-12-01"));
        openFresh(store, {200, StoreSynchronous::Normal});
        const QString path = store.filePath();
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
        const Sample s{1, kT0, 1.0, GoodQuality};
        QVERIFY(!store.writeSamples(std::span(&s, 1)));
        QVERIFY2(store.errorString().contains(u"locked by another program"), qPrintable(store.errorString()));
        QCOMPARE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(other);
        QVERIFY2(store.writeSamples(std::span(&s, 1)), qPrintable(store.errorString()));
        QCOMPARE(store.sampleCount(), 1);
    }

    void diskFullKeepsWhatWasStored()
    {
        UnitStore store(QStringLiteral("K-12-01"));
        openFresh(store);
        QList<Sample> first;
        for (int i = 0; i < 5000; ++i)
            first.append({1, kT0 + i * kMinute, double(i), GoodQuality});
        QVERIFY(store.writeSamples(first));
        // Cap the file near its current size: the next large batch cannot fit.
        QSqlQuery q(storeConnection(QStringLiteral("K-12-01")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 5)));
        QList<Sample> second;
        for (int i = 0; i < 50000; ++i)
            second.append({2, kT0 + i * kMinute, double(i), GoodQuality});
        QVERIFY(!store.writeSamples(second));
        QVERIFY2(store.errorString().contains(u"disk is full"), qPrintable(store.errorString()));
        QCOMPARE(store.sampleCount(), 5000); // nothing of the failed batch, all of the first
        QCOMPARE(store.readRange(1, kT0, kT0 + kDay * 10)->size(), 5000);
        QCOMPARE(store.integrityCheck(), QStringList{QStringLiteral("ok")});
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        QVERIFY2(store.writeSamples(second), qPrintable(store.errorString()));
        QCOMPARE(store.sampleCount(), 55000);
    }

    // Rows appended after a tag's newest row are merged into the rollups incrementally; the
    // result must equal a recomputation from the samples, also after corrections.
    void incrementalRollupsEqualRecomputed()
    {
        UnitStore store(QStringLiteral("K-12-01"));
        openFresh(store);
        const qint64 tag = *store.tagId(QStringLiteral("PCFS.K-12-01.12TIA-419A.PV"));
        const int state = *store.qualityCode(QStringLiteral("I/O Timeout"));
        auto valueAt = [](qint64 i) { return 80.0 + 5.0 * std::sin(double(i) / 50.0) + double(i % 7) * 0.125; };
        QList<Sample> chunk;
        for (qint64 i = 0; i < 3 * 1440; ++i) {
            const bool bad = i % 97 == 13;
            chunk.append({tag, kT0 + 7 * kHour + i * kMinute, bad ? std::nan("") : valueAt(i), bad ? state : GoodQuality});
            if (chunk.size() == 37) { // live-sized batches
                QVERIFY(store.writeSamples(chunk));
                chunk.clear();
            }
        }
        QVERIFY(store.writeSamples(chunk));
        auto compare = [&] {
            QSqlQuery q(storeConnection(QStringLiteral("K-12-01")));
            for (const auto &[level, size] : {std::pair{1, kFine}, std::pair{2, kDay}}) {
                QVERIFY(q.exec(QStringLiteral(
                    "SELECT r.bucket, r.vmin, r.vmax, r.vmean, r.n, r.nbad, x.vmin, x.vmax, x.vmean, x.n, x.nbad"
                    " FROM rollups r JOIN (SELECT ts - ts % %1 AS b, min(value) AS vmin, max(value) AS vmax,"
                    " avg(value) AS vmean, count(value) AS n, sum(value IS NULL) AS nbad FROM samples"
                    " WHERE tag_id = %2 GROUP BY b) x ON x.b = r.bucket"
                    " WHERE r.level = %3 AND r.tag_id = %2").arg(size).arg(tag).arg(level)));
                int rows = 0;
                while (q.next()) {
                    ++rows;
                    for (int c : {1, 2, 4, 5})
                        QCOMPARE(q.value(c).toDouble(), q.value(c + 5).toDouble());
                    QVERIFY(std::abs(q.value(3).toDouble() - q.value(8).toDouble()) < 1e-9);
                }
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM rollups WHERE level = %1 AND tag_id = %2").arg(level).arg(tag)) && q.next());
                QCOMPARE(q.value(0).toInt(), rows); // every bucket matched
                QVERIFY(rows >= (level == 1 ? 12 : 3));
            }
        };
        compare();
        // A correction inside the history (not an append) is recomputed, and duplicates in a
        // batch count once.
        const QList<Sample> fix{{tag, kT0 + 7 * kHour + 100 * kMinute, 200.0, GoodQuality},
                                {tag, kT0 + 7 * kHour + 5000 * kMinute, 10.0, GoodQuality},
                                {tag, kT0 + 7 * kHour + 5000 * kMinute, 11.0, GoodQuality},
                                {tag, kT0 + 7 * kHour + 5001 * kMinute, 12.0, GoodQuality}};
        QVERIFY(store.writeSamples(fix));
        compare();
        // And appends after that go on merging.
        QVERIFY(store.writeSamples(QList<Sample>{{tag, kT0 + 7 * kHour + 5002 * kMinute, 13.0, GoodQuality}}));
        compare();
        // A reopened store (no cached newest times) appends correctly too.
        const QString path = store.filePath();
        store.close();
        QVERIFY(store.open(path));
        QVERIFY(store.writeSamples(QList<Sample>{{tag, kT0 + 7 * kHour + 5003 * kMinute, 14.0, GoodQuality}}));
        compare();
    }

    // Another connection (turbopredictd import beside the GUI) writing the same unit must
    // not confuse this one's knowledge of each tag's newest row.
    void writesFromAnotherConnection()
    {
        UnitStore a(QStringLiteral("K-12-01"));
        openFresh(a);
        const qint64 tag = *a.tagId(QStringLiteral("PCFS.K-12-01.12TIA-419A.PV"));
        QVERIFY(a.writeSamples(QList<Sample>{{tag, kT0, 1.0, GoodQuality}}));
        UnitStore b(QStringLiteral("K-12-01"));
        QVERIFY(b.open(a.filePath()));
        QList<Sample> later;
        for (int i = 1; i <= 10; ++i)
            later.append({tag, kT0 + i * kMinute, double(i), GoodQuality});
        QVERIFY(b.writeSamples(later));
        // a still believes kT0 is the newest row; these rows exist already.
        const auto stats = a.writeSamples(QList<Sample>{{tag, kT0 + 5 * kMinute, 50.0, GoodQuality},
                                                        {tag, kT0 + 11 * kMinute, 11.0, GoodQuality}});
        QVERIFY2(stats.has_value(), qPrintable(a.errorString()));
        QCOMPARE(stats->changed, 2);
        const auto range = *a.readRange(tag, kT0, kT0 + kDay);
        QCOMPARE(range.size(), 12);
        QCOMPARE(range[5].value, 50.0);
        const auto day = *a.readDecimated(tag, kT0 - kDay, kT0 + 2 * kDay, 3);
        qint64 n = 0;
        for (const DecimatedBucket &bucket : day.buckets)
            n += bucket.count;
        QCOMPARE(n, 12); // the rollups count every row once
    }

    void modelsAndForecasts()
    {
        UnitStore store(QStringLiteral("K-12-01"));
        openFresh(store);
        QVERIFY(!store.latestModel(QStringLiteral("unit_analyzer")));
        StoredModel m;
        m.kind = QStringLiteral("unit_analyzer");
        m.createdUtc = 1000;
        m.trainFrom = 10;
        m.trainTo = 20;
        m.samples = 300;
        m.tags = {QStringLiteral("A.B.C.PV"), QStringLiteral("A.B.D.PV")};
        m.data = QByteArray::fromHex("0001ff62696e617279ff00"); // binary, with NULs
        QVERIFY2(store.saveModel(m), qPrintable(store.errorString()));
        m.trainTo = 30; // a retrain is a new row
        QVERIFY(store.saveModel(m));
        const auto back = store.latestModel(QStringLiteral("unit_analyzer"));
        QVERIFY(back);
        QCOMPARE(back->trainTo, 30);
        QCOMPARE(back->tags, m.tags);
        QCOMPARE(back->data, m.data);
        StoredForecast f;
        f.ts = 500;
        f.target = QStringLiteral("A.B.C.PV");
        f.state = QStringLiteral("forecast");
        f.p10Days = 3;
        f.p50Days = 5;
        f.p90Days = std::nullopt; // beyond the horizon
        f.model = QStringLiteral("linear");
        QVERIFY(store.appendForecasts({f}));
        const QList<StoredForecast> fs = store.forecasts(f.target, 0, 1000);
        QCOMPARE(fs.size(), 1);
        QCOMPARE(fs[0].p50Days, std::optional<double>(5));
        QVERIFY(!fs[0].p90Days);
        QCOMPARE(store.forecasts(QStringLiteral("other"), 0, 1000).size(), 0);
        QCOMPARE(store.oldestSampleTime(), 0);
        const qint64 id = *store.tagId(store.tags().first().name);
        QVERIFY(store.writeSamples(std::vector<Sample>{{id, 7000, 1.0, GoodQuality}, {id, 5000, 2.0, GoodQuality}}));
        QCOMPARE(store.oldestSampleTime(), 5000);
    }

    void alarmLogIsAppendOnlyAndRestorable()
    {
        UnitStore store(QStringLiteral("K-12-01"));
        openFresh(store);
        const qint64 tag = *store.tagId(QStringLiteral("PCFS.K-12-01.12TIA-419A.PV"));
        AlarmLogEntry raise;
        raise.alarm = QStringLiteral("PCFS.K-12-01.12TIA-419A.PV:hi");
        raise.tagId = tag;
        raise.ts = kT0;
        raise.fromState = QStringLiteral("normal");
        raise.toState = QStringLiteral("active_unack");
        raise.condition = true;
        raise.value = 101.5;
        raise.limit = 100.0;
        raise.priority = QStringLiteral("high");
        raise.reason = QStringLiteral("condition");
        AlarmLogEntry ack = raise;
        ack.ts = kT0 + kMinute;
        ack.fromState = raise.toState;
        ack.toState = QStringLiteral("active_ack");
        ack.reason = QStringLiteral("acknowledge");
        ack.actor = QStringLiteral("aisha");
        ack.comment = QStringLiteral("field informed");
        AlarmLogEntry other = raise;
        other.alarm = QStringLiteral("PCFS.K-12-01.12TIA-419A.PV:hihi");
        other.value.reset();
        QVERIFY(store.appendAlarmLog({raise, ack, other}, {{QStringLiteral("evaluated_to"), QStringLiteral("42")}}));
        QCOMPARE(store.metaValue(QStringLiteral("evaluated_to")), QStringLiteral("42"));
        const QList<AlarmLogEntry> latest = store.latestAlarmStates();
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest[0].alarm, raise.alarm); // by alarm key: ":hi" before ":hihi"
        QCOMPARE(latest[1].alarm, other.alarm);
        QCOMPARE(latest[0].toState, QStringLiteral("active_ack"));
        QCOMPARE(latest[0].actor, QStringLiteral("aisha"));
        QCOMPARE(*latest[0].value, 101.5);
        QVERIFY(!latest[1].value.has_value());
        QCOMPARE(store.alarmLog(kT0, kT0 + kDay).size(), 3);
        // A person's action is in the audit log too.
        const QList<AuditEntry> audit = store.auditLog();
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry &a) {
            return a.actor == u"aisha" && a.action == u"alarm.acknowledge" && a.detail.contains(u"field informed");
        }));
        // History is never rewritten.
        QSqlQuery q(storeConnection(QStringLiteral("K-12-01")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE alarm_log SET to_state = 'normal'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM alarm_log")));
        QCOMPARE(store.alarmLog(kT0, kT0 + kDay).size(), 3);
    }

    void provenanceEventsAnnotationsAudit()
    {
        UnitStore store(QStringLiteral("K-12-01"));
        openFresh(store);
        ImportRecord r;
        r.source = QStringLiteral("xlsx");
        r.fileName = QStringLiteral("PCFS_Automation.xlsx");
        r.sha256 = QStringLiteral("ab").repeated(32);
        r.sheet = QStringLiteral("DL_WORK");
        r.layout = QStringLiteral("sampled");
        r.status = QStringLiteral("running");
        const auto id = store.addImport(r);
        QVERIFY(id);
        r.id = *id;
        r.rowsRead = 87600;
        r.valuesStored = 1000;
        r.firstTs = kT0;
        r.lastTs = kT0 + kDay;
        r.status = QStringLiteral("running"); // a progress update leaves it unfinished
        QVERIFY(store.updateImport(r));
        QCOMPARE(store.imports().first().finishedAt, 0);
        r.status = QStringLiteral("complete");
        r.finishedAt = kT0 + 2 * kDay;
        QVERIFY(store.updateImport(r));
        const QList<ImportRecord> imports = store.imports();
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.first().sha256, r.sha256);
        QCOMPARE(imports.first().rowsRead, 87600);
        QCOMPARE(imports.first().status, QStringLiteral("complete"));
        QCOMPARE(imports.first().finishedAt, kT0 + 2 * kDay);

        StoredEvent e;
        e.ts = kT0;
        e.tagId = 2;
        e.kind = QStringLiteral("alarm");
        e.priority = QStringLiteral("high");
        e.state = QStringLiteral("active-unacknowledged");
        e.message = QStringLiteral("hi");
        QVERIFY(store.addEvent(e));
        QCOMPARE(store.events(kT0, kT0 + 1).size(), 1);
        QCOMPARE(store.events(kT0, kT0 + 1).first().tagId, 2);
        e.tagId = 999; // foreign keys are on
        QVERIFY(!store.addEvent(e));

        Annotation a;
        a.ts = kT0 + kHour;
        a.author = QStringLiteral("engineer");
        a.text = QStringLiteral("Filter changed");
        QVERIFY(store.addAnnotation(a));
        QCOMPARE(store.annotations(kT0, kT0 + kDay).first().text, QStringLiteral("Filter changed"));
        const QList<AuditEntry> audit = store.auditLog();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("annotation.add"));
        QCOMPARE(audit.first().actor, QStringLiteral("engineer"));
        // Append-only: history cannot be rewritten or removed.
        QSqlQuery q(storeConnection(QStringLiteral("K-12-01")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
        QVERIFY(q.lastError().text().contains(u"append-only"));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE(store.auditLog().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestUnitStore)
#include "tst_unitstore.moc"
