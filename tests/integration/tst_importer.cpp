#include "ingest/importer.h"
#include "storage/unitstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace tp;

namespace {

UnitConfig testUnit(const QByteArray &zone = "Asia/Kuala_Lumpur")
{
    UnitConfig unit;
    unit.unitId = QStringLiteral("K-12-01");
    unit.plant = QStringLiteral("PCFS");
    unit.timeZone = zone;
    unit.source.type = SourceType::Xlsx;
    unit.source.sheet = QStringLiteral("DL_WORK");
    for (const char *name : {"PCFS.K-12-01.12SI-401.PV", "PCFS.K-12-01.12TIA-419A.PV",
                             "PCFS.K-12-01.12PDIA-420.PV"}) {
        TagConfig t;
        t.name = QString::fromLatin1(name);
        unit.tags.append(t);
    }
    return unit;
}

qint64 utcMs(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

/** Every stored sample as `turbopredictd export` writes it (time, tag, value, quality). */
QByteArray exportAll(UnitStore &store)
{
    QByteArray out;
    for (const StoredTag &tag : store.tags()) {
        const std::optional<QList<Sample>> samples = store.readRange(tag.id, 0, std::numeric_limits<qint64>::max());
        for (const Sample &s : samples.value()) {
            out += QByteArray::number(s.ts) + ',' + tag.name.toUtf8() + ','
                + (s.quality == GoodQuality ? QByteArray::number(s.value, 'g', 17) + QByteArray(",good")
                                            : QByteArray(",") + store.qualityName(s.quality).toUtf8())
                + '\n';
        }
    }
    return out;
}

/** The rollup rows of a store file, read through a connection of their own. */
QStringList rollupRows(const QString &path)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rollups"));
        db.setDatabaseName(path);
        if (!db.open())
            return rows;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT level, tag_id, bucket, vmin, vmax, vmean, n, nbad FROM rollups ORDER BY 1, 2, 3"));
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < 8; ++i)
                fields.append(i == 5 ? QString::number(q.value(i).toDouble(), 'g', 12) : q.value(i).toString());
            rows.append(fields.join(u','));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rollups"));
    return rows;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_case = 0;

    QString fixture(const char *name) const { return m_tmp.filePath(QLatin1StringView(name)); }

    void openStore(UnitStore &store, const UnitConfig &unit)
    {
        const QString path = UnitStore::unitFilePath(m_tmp.filePath(QStringLiteral("data%1").arg(++m_case)),
                                                     unit.unitId);
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QVERIFY(store.syncTags(unit.tags));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral(TP_TEST_DATA "/make_exports.py"), m_tmp.path(), QStringLiteral("--bomb"),
                 QStringLiteral("--libreoffice")});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    // Every value and state the producer wrote is stored exactly, and nothing else.
    void matchesProducer_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("layout");
        QTest::newRow("openpyxl sampled") << QStringLiteral("sampled_openpyxl.xlsx") << QStringLiteral("sampled");
        QTest::newRow("libreoffice sampled") << QStringLiteral("sampled_libreoffice.xlsx") << QStringLiteral("sampled");
        QTest::newRow("xlsxwriter compressed") << QStringLiteral("compressed_xlsxwriter.xlsx") << QStringLiteral("compressed");
        QTest::newRow("xlsxwriter compressed 1904") << QStringLiteral("compressed_xlsxwriter_1904.xlsx") << QStringLiteral("compressed");
        QTest::newRow("csv semicolon decimal comma") << QStringLiteral("semicolon_decimal_comma.csv") << QStringLiteral("sampled");
    }
    void matchesProducer()
    {
        QFETCH(QString, name);
        QFETCH(QString, layout);
        const UnitConfig unit = testUnit();
        UnitStore store(unit.unitId);
        openStore(store, unit);
        Importer importer(store, unit);
        const ImportSummary s = importer.importFile(m_tmp.filePath(name));
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.layout, layout);
        QCOMPARE(s.mappedTags.size(), 3);

        QFile expected(m_tmp.filePath(u"expected_" + name.section(u'.', 0, 0) + u".csv"));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        expected.readLine(); // header
        qint64 rows = 0;
        QMap<QString, qint64> states;
        while (!expected.atEnd()) {
            const QStringList f = QString::fromUtf8(expected.readLine()).trimmed().split(u',');
            QCOMPARE(f.size(), 4);
            const qint64 ts = utcMs(f[0]);
            const auto id = store.tagId(f[1]);
            QVERIFY(id);
            const auto stored = store.readRange(*id, ts, ts + 1);
            QVERIFY(stored);
            QVERIFY2(stored->size() == 1, qPrintable(f.join(u',')));
            const Sample &sample = stored->first();
            if (f[3] == u"good") {
                QCOMPARE(sample.quality, GoodQuality);
                QCOMPARE(sample.value, f[2].toDouble());
            } else {
                QVERIFY(std::isnan(sample.value));
                QCOMPARE(store.qualityName(sample.quality), f[3]);
                ++states[f[3]];
            }
            ++rows;
        }
        QCOMPARE(store.sampleCount(), rows);
        QCOMPARE(s.valuesStored, rows);
        QCOMPARE(s.states, states);

        // The provenance row.
        const QList<ImportRecord> imports = store.imports();
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.first().status, QStringLiteral("complete"));
        QCOMPARE(imports.first().sha256.size(), 64);
        QCOMPARE(imports.first().layout, layout);
        QCOMPARE(imports.first().valuesStored, rows);
    }

    void sampledDetails()
    {
        const UnitConfig unit = testUnit();
        UnitStore store(unit.unitId);
        openStore(store, unit);
        Importer importer(store, unit);
        const ImportSummary s = importer.importFile(fixture("sampled_openpyxl.xlsx"));
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.sheet, QStringLiteral("DL_WORK"));
        QCOMPARE(s.unmatchedColumns, QStringList{QStringLiteral("PCFS.K-12-01.UNKNOWN-1.PV (DL_WORK!E4)")});
        QCOMPARE(s.rowsRead, 240);
        QCOMPARE(s.states.value(QStringLiteral("I/O Timeout")), 1);
        QCOMPARE(s.states.value(QStringLiteral("#N/A")), 1);
        // Local 2026-03-01 00:00 in Kuala Lumpur (UTC+8).
        QCOMPARE(s.firstTs, utcMs(QStringLiteral("2026-02-28T16:00:00Z")));

        // The same file again stores nothing; an overlapping one only the new part.
        const ImportSummary again = importer.importFile(fixture("sampled_openpyxl.xlsx"));
        QVERIFY(again.ok);
        QCOMPARE(again.valuesStored, 0);
        QCOMPARE(again.valuesUnchanged, s.valuesRead);
        QCOMPARE(store.sampleCount(), s.valuesStored);
        QCOMPARE(store.imports().size(), 2);
        QCOMPARE(store.imports().at(1).sha256, store.imports().at(0).sha256);
    }

    void cancelThenResume()
    {
        const UnitConfig unit = testUnit();
        UnitStore store(unit.unitId);
        openStore(store, unit);
        Importer importer(store, unit);
        ImportOptions options;
        options.batchValues = 100;
        std::atomic_bool cancel{true};
        QList<ImportProgress> seen;
        const ImportSummary first = importer.importFile(
            fixture("sampled_openpyxl.xlsx"), options, [&](const ImportProgress &p) { seen.append(p); }, &cancel);
        QVERIFY(first.cancelled);
        QVERIFY(!first.ok);
        QVERIFY(!seen.isEmpty());
        QVERIFY(seen.first().totalBytes > 0);
        const qint64 kept = store.sampleCount();
        QVERIFY(kept >= 100 && kept < 715); // the committed batches stay
        QCOMPARE(store.imports().first().status, QStringLiteral("cancelled"));
        const ImportSummary rest = importer.importFile(fixture("sampled_openpyxl.xlsx"), options);
        QVERIFY(rest.ok);
        QCOMPARE(rest.valuesStored, 715 - kept);
        QCOMPARE(store.sampleCount(), 715);
    }

    void daylightSavingTime()
    {
        const UnitConfig unit = testUnit("Europe/Berlin");
        UnitStore store(unit.unitId);
        openStore(store, unit);
        Importer importer(store, unit);
        const ImportSummary s = importer.importFile(fixture("dst_openpyxl.xlsx"));
        QVERIFY2(s.ok, qPrintable(s.error));
        // Spring: 02:00-02:45 do not exist; autumn: 02:00-02:45 happen twice.
        QCOMPARE(s.nonexistentLocalTimes, 4);
        QCOMPARE(s.ambiguousLocalTimes, 4);
        const qint64 tag = *store.tagId(unit.tags.first().name);
        auto valueAt = [&](const char *iso) {
            const qint64 ts = utcMs(QString::fromLatin1(iso));
            const auto r = store.readRange(tag, ts, ts + 1);
            return r && r->size() == 1 ? r->first().value : -1.0;
        };
        QCOMPARE(valueAt("2026-03-29T00:45:00Z"), 3.0); // 01:45 CET
        // 02:30 does not exist: read with the offset before the jump, it is 01:30Z = 03:30 CEST,
        // which the real 03:30 row (value 10) then overwrites: the later row wins.
        QCOMPARE(valueAt("2026-03-29T01:30:00Z"), 10.0);
        QCOMPARE(s.nonMonotonicRows, 1); // 03:00 CEST (01:00Z) comes after 02:45 read as 01:45Z
        QCOMPARE(s.duplicateTimestampRows, 0);
        // Autumn: 02:30 is taken as its first occurrence (CEST, 00:30Z).
        QCOMPARE(valueAt("2026-10-25T00:30:00Z"), 6.0);
        QCOMPARE(valueAt("2026-10-24T23:00:00Z"), 0.0); // 01:00 CEST
        QCOMPARE(valueAt("2026-10-25T02:00:00Z"), 8.0); // 03:00 CET
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("zip bomb") << QStringLiteral("bomb.xlsx")
                                  << QStringLiteral("bomb.xlsx: part xl/worksheets/sheet1.xml inflates more than 100 times its compressed size (a zip bomb?); refused");
        QTest::newRow("truncated") << QStringLiteral("truncated.xlsx")
                                   << QStringLiteral("truncated.xlsx: not an xlsx workbook (not a zip archive, or truncated or damaged)");
        QTest::newRow("not a zip") << QStringLiteral("not_a_workbook.xlsx")
                                   << QStringLiteral("not_a_workbook.xlsx: not an xlsx workbook (not a zip archive, or truncated or damaged)");
        QTest::newRow("general dates") << QStringLiteral("general_dates.xlsx")
                                       << QStringLiteral("general_dates.xlsx: DL_WORK!A2: date cell has format \"General\"");
    }
    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const UnitConfig unit = testUnit();
        UnitStore store(unit.unitId);
        openStore(store, unit);
        // Something already stored must survive a refused import.
        const Sample kept{1, 1000, 42.0, GoodQuality};
        QVERIFY(store.writeSamples(std::span(&kept, 1)));
        Importer importer(store, unit);
        const ImportSummary s = importer.importFile(m_tmp.filePath(name));
        QVERIFY(!s.ok);
        QCOMPARE(s.error, message);
        QCOMPARE(store.sampleCount(), 1);
        QCOMPARE(store.readRange(1, 1000, 1001)->first().value, 42.0);
    }

    void folderSource()
    {
        const UnitConfig unit = testUnit();
        UnitStore store(unit.unitId);
        openStore(store, unit);
        Importer importer(store, unit);
        const QString folder = m_tmp.filePath(QStringLiteral("watched"));
        QDir().mkpath(folder);
        QVERIFY(QFile::copy(fixture("compressed_xlsxwriter.xlsx"), folder + u"/day1.xlsx"));
        QVERIFY(QFile::copy(fixture("sampled_openpyxl.xlsx"), folder + u"/day2.xlsx"));
        QVERIFY(QFile::copy(fixture("semicolon_decimal_comma.csv"), folder + u"/day2.csv"));
        QList<ImportSummary> r = importer.importFolder(folder, QStringLiteral("*.xlsx"));
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].file, QStringLiteral("day1.xlsx"));
        QVERIFY(r[0].ok && r[1].ok);
        const qint64 stored = store.sampleCount();
        // Nothing new: nothing read again.
        QCOMPARE(importer.importFolder(folder, QStringLiteral("*.xlsx")).size(), 0);
        // A new day's file arrives: only it is read.
        QVERIFY(QFile::copy(fixture("compressed_xlsxwriter_1904.xlsx"), folder + u"/day3.xlsx"));
        r = importer.importFolder(folder, QStringLiteral("*.xlsx"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].file, QStringLiteral("day3.xlsx"));
        QCOMPARE(r[0].valuesStored, 0); // the same samples as day1 (1904 system, same times)
        QCOMPARE(store.sampleCount(), stored);
        // Several patterns.
        r = importer.importFolder(folder, QStringLiteral("*.xlsx;*.csv"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].file, QStringLiteral("day2.csv"));
        QVERIFY(!importer.importFolder(m_tmp.filePath(QStringLiteral("nope")), QStringLiteral("*")).first().ok);
    }

    void wrongSheet()
    {
        UnitConfig unit = testUnit();
        UnitStore store(unit.unitId);
        openStore(store, unit);
        Importer importer(store, unit);
        ImportOptions options;
        options.sheet = QStringLiteral("Notes");
        const ImportSummary s = importer.importFile(fixture("sampled_openpyxl.xlsx"), options);
        QVERIFY(!s.ok);
        QVERIFY2(s.error.startsWith(u"sampled_openpyxl.xlsx: Notes: no data found"), qPrintable(s.error));
    }

    // A second import that changes 3 values, adds 2 and repeats the rest: reported, recorded,
    // and undone exactly (samples and rollups as before it), once.
    void replacedValuesReportedAndUndone()
    {
        const UnitConfig unit = testUnit();
        UnitStore store(unit.unitId);
        openStore(store, unit);
        Importer importer(store, unit);
        const QByteArray header = "Time,PCFS.K-12-01.12SI-401.PV,PCFS.K-12-01.12TIA-419A.PV\n";
        writeFile(fixture("first.csv"), header
                      + "01/03/2026 08:00:00,10349.5,81.25\n"
                        "01/03/2026 08:06:00,10351,81.5\n"
                        "01/03/2026 08:12:00,10352,I/O Timeout\n"
                        "01/03/2026 08:18:00,10353,82\n");
        const ImportSummary first = importer.importFile(fixture("first.csv"));
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.valuesStored, 8);
        QCOMPARE(first.valuesReplaced, 0);
        const QByteArray before = exportAll(store);
        const QStringList rollupsBefore = rollupRows(store.filePath());
        QVERIFY(!rollupsBefore.isEmpty());

        writeFile(fixture("second.csv"), header
                      + "01/03/2026 08:00:00,10500.6,abc\n"       // 2 replaced
                        "01/03/2026 08:06:00,10351,81.5\n"        // already stored
                        "01/03/2026 08:12:00,10352,83\n"          // a state replaced by a value
                        "01/03/2026 08:18:00,10353,82\n"          // already stored
                        "01/03/2026 08:24:00,10354,\n"            // added
                        "01/03/2026 08:03:00,,81.4\n");          // added, between two stored
        const ImportSummary second = importer.importFile(fixture("second.csv"));
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.valuesReplaced, 3);
        QCOMPARE(second.valuesStored - second.valuesReplaced, 2);
        QCOMPARE(second.valuesUnchanged, 5);
        QCOMPARE(second.replacedValues,
                 (QStringList{QStringLiteral("PCFS.K-12-01.12SI-401.PV at 2026-03-01T08:00:00+08:00: 10349.5 → 10500.6"),
                              QStringLiteral("PCFS.K-12-01.12TIA-419A.PV at 2026-03-01T08:00:00+08:00: 81.25 → abc"),
                              QStringLiteral("PCFS.K-12-01.12TIA-419A.PV at 2026-03-01T08:12:00+08:00: I/O Timeout → 83")}));
        const QList<ImportFinding> findings = importFindings(second);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().headline, QStringLiteral("3 value(s) replaced (old → new):"));
        const qint64 tia = *store.tagId(QStringLiteral("PCFS.K-12-01.12TIA-419A.PV"));
        const QList<Sample> now = *store.readRange(tia, utcMs(QStringLiteral("2026-03-01T00:00:00Z")),
                                                   utcMs(QStringLiteral("2026-03-01T00:13:00Z")));
        QCOMPARE(now.size(), 4);
        QCOMPARE(store.qualityName(now[0].quality), QStringLiteral("abc"));
        QCOMPARE(now[1].value, 81.4);
        QCOMPARE(now[3].value, 83.0);
        QCOMPARE(now[3].quality, GoodQuality);
        const QList<ImportRecord> records = store.imports();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1].valuesReplaced, 3);
        QCOMPARE(records[1].valuesUnchanged, 5);

        // The first import's values were changed again by the second: undo that one first.
        QVERIFY(!store.undoImport(first.importId, QStringLiteral("tester")));
        QVERIFY2(store.errorString().contains(QStringLiteral("unit K-12-01, import %1 (first.csv)").arg(first.importId))
                     && store.errorString().contains(QStringLiteral("import %1 (second.csv)").arg(second.importId)),
                 qPrintable(store.errorString()));

        const std::optional<UndoStats> undone = store.undoImport(second.importId, QStringLiteral("tester"));
        QVERIFY2(undone, qPrintable(store.errorString()));
        QCOMPARE(undone->restored, 3);
        QCOMPARE(undone->removed, 2);
        QCOMPARE(exportAll(store), before);
        QCOMPARE(rollupRows(store.filePath()), rollupsBefore);
        QCOMPARE(store.imports().at(1).status, QStringLiteral("undone"));
        QCOMPARE(store.auditLog().last().action, QStringLiteral("import.undo"));
        QCOMPARE(store.auditLog().last().actor, QStringLiteral("tester"));

        QVERIFY(!store.undoImport(second.importId, QStringLiteral("tester")));
        QVERIFY2(store.errorString().contains(QStringLiteral("import %1 (second.csv) was undone already").arg(second.importId)),
                 qPrintable(store.errorString()));
        QVERIFY(!store.undoImport(99, QStringLiteral("tester")));
        QCOMPARE(store.errorString(), QStringLiteral("unit K-12-01 has no import 99"));

        // Now the first can go too, and the store is empty again.
        QVERIFY2(store.undoImport(first.importId, QStringLiteral("tester")), qPrintable(store.errorString()));
        QCOMPARE(store.sampleCount(), 0);
        QCOMPARE(rollupRows(store.filePath()), QStringList());
    }

    // A line without delimiters and a row wider than the header: counted, listed, not read.
    void unreadableAndWideRows()
    {
        const UnitConfig unit = testUnit();
        UnitStore store(unit.unitId);
        openStore(store, unit);
        Importer importer(store, unit);
        writeFile(fixture("ragged.csv"), "Time,PCFS.K-12-01.12SI-401.PV,PCFS.K-12-01.12TIA-419A.PV\n"
                                         "01/03/2026 08:00:00,10349.5,81.25\n"
                                         "garbage\n"
                                         "01/03/2026 08:06:00,10351,81.5,99\n"
                                         "01/03/2026 08:12:00,10352,82,\n"
                                         "-12\n");
        const ImportSummary s = importer.importFile(fixture("ragged.csv"));
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.unreadableRows, 2);
        QCOMPARE(s.unreadableRowNumbers, (QList<qint64>{3, 6}));
        QCOMPARE(s.extraColumnRows, 1);
        QCOMPARE(s.extraColumnRowNumbers, QList<qint64>{4});
        QCOMPARE(s.valuesStored, 4); // a trailing delimiter is no extra column
        QCOMPARE(s.valuesSkipped, 2);
        const QList<ImportFinding> findings = importFindings(s);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].headline, QStringLiteral("2 line(s) with a single field (no delimiter) skipped, line numbers: 3, 6"));
        QCOMPARE(findings[1].headline, QStringLiteral("1 row(s) with more columns than the header skipped, line numbers: 4"));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
