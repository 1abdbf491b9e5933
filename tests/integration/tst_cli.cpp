#include "storage/unitstore.h"

#include <QDateTime>
#include <QDir>
#include <QTimeZone>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tp;

namespace {
struct Run {
    int status = -1;
    QString out;
    QString err;
};

Run turbopredictd(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // As in containers and services: the C locale reads English (plurals included).
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TP_TURBOPREDICTD), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void help()
    {
        Run r = turbopredictd({QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        for (const char *command : {"check-config", "init-config", "check-store"})
            QVERIFY2(r.out.contains(QLatin1StringView(command)), qPrintable(r.out));
        // Every summary starts in one column, below a synopsis too long for it.
        const QStringList lines = r.out.split(u'\n');
        auto line = [&](const char *command) { return lines.indexOf(QRegularExpression(QStringLiteral("  %1 .*").arg(QLatin1StringView(command)))); };
        QVERIFY(line("check-config") >= 0 && line("export") >= 0 && line("status") >= 0);
        const qsizetype column = lines[line("check-config")].indexOf(u"Validate");
        QVERIFY(column > 20);
        QVERIFY2(lines[line("export")].endsWith(u"[--to T]"), qPrintable(lines[line("export")]));
        QCOMPARE(lines[line("export") + 1].indexOf(u"Write stored samples"), column);
        QCOMPARE(lines[line("status")].indexOf(u"Print each unit"), column);
        for (const char *command : {"check-config", "init-config", "check-store"}) {
            r = turbopredictd({QLatin1StringView(command), QStringLiteral("--help")});
            QCOMPARE(r.status, 0);
            QVERIFY2(r.out.contains(u"--config") && r.out.contains(u"--data"), qPrintable(r.out));
        }
        r = turbopredictd({QStringLiteral("frobnicate")});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(u"unknown command \"frobnicate\""));
        r = turbopredictd({});
        QCOMPARE(r.status, 2);
        r = turbopredictd({QStringLiteral("check-config"), QStringLiteral("--bogus")});
        QCOMPARE(r.status, 2);
    }

    void checkDemoConfig()
    {
        const Run r = turbopredictd({QStringLiteral("check-config")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(u"13 units,"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"K-31-01") && r.out.contains(u"07-MT01-K001"));
        QVERIFY(r.err.isEmpty());
    }

    void initThenCheckThenBreak()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("config"));
        Run r = turbopredictd({QStringLiteral("init-config"), dir});
        QCOMPARE(r.status, 0);
        QVERIFY(QFile::exists(dir + u"/units/K-12-01.yml"));
        r = turbopredictd({QStringLiteral("init-config"), dir});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(u"already holds a configuration"));
        r = turbopredictd({QStringLiteral("check-config"), QStringLiteral("--config"), dir});
        QCOMPARE(r.status, 0);

        // Break line 6 of one unit file.
        QFile f(dir + u"/units/K-12-01.yml");
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        QVERIFY(text.contains(u"refresh_interval: 30s"));
        text.replace(QStringLiteral("refresh_interval: 30s"), QStringLiteral("refresh_interval: \"1 hour\""));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
        f.close();
        r = turbopredictd({QStringLiteral("check-config"), QStringLiteral("--config"), dir});
        QCOMPARE(r.status, 2);
        const QString expected = QDir::cleanPath(dir) + u"/units/K-12-01.yml:6: refresh_interval: "
                                 u"\"1 hour\" is not a duration (use 30s, 5m, 1h)";
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"1 error, "), qPrintable(r.err));
    }

    void checkStore()
    {
        const QString data = m_tmp.filePath(QStringLiteral("data"));
        const QStringList base{QStringLiteral("check-store"), QStringLiteral("--unit"),
                               QStringLiteral("K-12-01"), QStringLiteral("--data"), data};
        Run r = turbopredictd(base);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(u"has no store yet"), qPrintable(r.err));
        r = turbopredictd({QStringLiteral("check-store"), QStringLiteral("--data"), data});
        QCOMPARE(r.status, 2);
        r = turbopredictd({QStringLiteral("check-store"), QStringLiteral("--unit"),
                           QStringLiteral("K-99"), QStringLiteral("--data"), data});
        QCOMPARE(r.status, 2);

        const QString path = UnitStore::unitFilePath(data, QStringLiteral("K-12-01"));
        {
            UnitStore store(QStringLiteral("K-12-01"));
            QVERIFY(store.open(path));
            TagConfig t;
            t.name = QStringLiteral("PCFS.K-12-01.12SI-401.PV");
            QVERIFY(store.syncTags({t}));
            QList<Sample> s;
            for (int i = 0; i < 1000; ++i)
                s.append({1, i * 60'000LL, double(i), GoodQuality});
            QVERIFY(store.writeSamples(s));
        }
        r = turbopredictd(base);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(u": ok (schema 6, 1000 samples)"), qPrintable(r.out));

        // A file that is not a database is refused and left as it was.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray("this is not a database\n").repeated(200));
        f.close();
        QFile::remove(path + u"-wal");
        QFile::remove(path + u"-shm");
        r = turbopredictd(base);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(u"damaged or not a database"), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("this is not a database"));
    }

    // `run` drives the fleet without HTTP and prints a status line per unit; `status` then
    // reads each unit's state back from its store.
    void runThenStatus()
    {
        const QString config = m_tmp.filePath(QStringLiteral("run-config"));
        const QString data = m_tmp.filePath(QStringLiteral("run-data"));
        Run r = turbopredictd({QStringLiteral("init-config"), config});
        QCOMPARE(r.status, 0);
        // Two units with two days of history, plus a third whose export file is missing.
        QDir units(config + QStringLiteral("/units"));
        for (const QString &name : units.entryList({QStringLiteral("*.yml")})) {
            if (name != u"K-12-01.yml" && name != u"C-1302.yml")
                QVERIFY(units.remove(name));
        }
        for (const QString &name : {QStringLiteral("K-12-01.yml"), QStringLiteral("C-1302.yml")}) {
            QFile f(units.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray yaml = f.readAll();
            f.close();
            yaml.replace("  type: simulator\n", "  type: simulator\n  history: 1d\n");
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(yaml);
        }
        QFile broken(units.filePath(QStringLiteral("K-16-01.yml")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("unit_id: K-16-01\nplant: PCFS\ntimezone: Asia/Kuala_Lumpur\n"
                     "source: {type: csv, path: missing.csv}\ntags:\n  - name: PCFS.K-16-01.16TI-1.PV\n");
        broken.close();

        r = turbopredictd({QStringLiteral("run"), QStringLiteral("--config"), config, QStringLiteral("--data"), data,
                           QStringLiteral("--duration"), QStringLiteral("12s"), QStringLiteral("--status-every"),
                           QStringLiteral("2s")});
        QVERIFY2(r.out.contains(u"Running 3 units"), qPrintable(r.out));
        // The healthy units refreshed; the broken one says why it did not, and the run says so.
        const QStringList lines = r.out.split(u'\n');
        auto lastLine = [&](const char *unit) {
            QString found;
            for (const QString &line : lines)
                if (line.trimmed().startsWith(QLatin1StringView(unit)))
                    found = line;
            return found;
        };
        QVERIFY2(lastLine("K-12-01").contains(u" ok "), qPrintable(r.out));
        QVERIFY2(lastLine("C-1302").contains(u" ok "), qPrintable(r.out));
        QVERIFY2(lastLine("K-16-01").contains(u"error") && lastLine("K-16-01").contains(u"missing.csv"), qPrintable(r.out));
        QCOMPARE(r.status, 1);
        QVERIFY(r.out.contains(u"every store was checkpointed"));

        r = turbopredictd({QStringLiteral("status"), QStringLiteral("--config"), config, QStringLiteral("--data"), data});
        QCOMPARE(r.status, 0);
        const QStringList status = r.out.split(u'\n');
        for (const char *unit : {"K-12-01", "C-1302"}) {
            const auto line = std::find_if(status.cbegin(), status.cend(), [&](const QString &l) { return l.startsWith(QLatin1StringView(unit)); });
            QVERIFY2(line != status.cend(), qPrintable(r.out));
            QVERIFY2(QRegularExpression(QStringLiteral("(running|stopped|transient) +\\d{4}-\\d\\d-\\d\\d ")).match(*line).hasMatch(),
                     qPrintable(*line));
        }
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("K-16-01 +unknown +- "))), qPrintable(r.out));

        // --units: only the named units run (one container per unit); an unknown one is refused.
        r = turbopredictd({QStringLiteral("run"), QStringLiteral("--config"), config, QStringLiteral("--data"), data,
                           QStringLiteral("--units"), QStringLiteral("C-1302"), QStringLiteral("--duration"), QStringLiteral("5s")});
        QVERIFY2(r.out.contains(u"Running 1 unit "), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("^ *C-1302 .* ok "), QRegularExpression::MultilineOption))
                     && !r.out.contains(u"K-12-01"),
                 qPrintable(r.out));
        QCOMPARE(r.status, 0);
        r = turbopredictd({QStringLiteral("serve"), QStringLiteral("--config"), config, QStringLiteral("--units"), QStringLiteral("K-99-99")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(u"there is no unit K-99-99"), qPrintable(r.err));
    }

    void importThenExport()
    {
        const QString config = m_tmp.filePath(QStringLiteral("ie-config"));
        const QString data = m_tmp.filePath(QStringLiteral("ie-data"));
        QDir().mkpath(config + u"/units");
        QFile unit(config + u"/units/K-12-01.yml");
        QVERIFY(unit.open(QIODevice::WriteOnly));
        unit.write("unit_id: K-12-01\nplant: PCFS\ntimezone: Asia/Kuala_Lumpur\n"
                   "source: {type: csv, path: in.csv}\ntags:\n"
                   "  - name: PCFS.K-12-01.12SI-401.PV\n  - name: PCFS.K-12-01.12TIA-419A.PV\n");
        unit.close();
        const QString csv = m_tmp.filePath(QStringLiteral("in.csv"));
        QFile in(csv);
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write("Time,\\\\PI01\\PCFS.K-12-01.12SI-401.PV|Value,PCFS.K-12-01.12TIA-419A.PV,Other\n"
                 "01/03/2026 08:00:00,10500.5,81.25,1\n"
                 "01/03/2026 08:06:00,10499,Shutdown,2\n");
        in.close();
        const QStringList common{QStringLiteral("--config"), config, QStringLiteral("--data"), data,
                                 QStringLiteral("--unit"), QStringLiteral("K-12-01")};
        Run r = turbopredictd(QStringList{QStringLiteral("import")} + common + QStringList{csv});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(u"4 values: 4 stored, 0 already stored"), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"unmatched columns: Other (row 1, column D)"), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"state \"Shutdown\": 1"), qPrintable(r.out));
        r = turbopredictd(QStringList{QStringLiteral("import")} + common + QStringList{csv});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(u"4 values: 0 stored, 4 already stored"), qPrintable(r.out));

        r = turbopredictd(QStringList{QStringLiteral("export")} + common);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out, QStringLiteral("time,tag,value,quality\n"
                                       "2026-03-01T00:00:00Z,PCFS.K-12-01.12SI-401.PV,10500.5,good\n"
                                       "2026-03-01T00:06:00Z,PCFS.K-12-01.12SI-401.PV,10499,good\n"
                                       "2026-03-01T00:00:00Z,PCFS.K-12-01.12TIA-419A.PV,81.25,good\n"
                                       "2026-03-01T00:06:00Z,PCFS.K-12-01.12TIA-419A.PV,,Shutdown\n"));
        r = turbopredictd(QStringList{QStringLiteral("export")} + common
                          + QStringList{QStringLiteral("--tags"), QStringLiteral("PCFS.K-12-01.12TIA-419A.PV"),
                                        QStringLiteral("--from"), QStringLiteral("2026-03-01T00:03:00Z")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out, QStringLiteral("time,tag,value,quality\n"
                                       "2026-03-01T00:06:00Z,PCFS.K-12-01.12TIA-419A.PV,,Shutdown\n"));
        r = turbopredictd(QStringList{QStringLiteral("export")} + common
                          + QStringList{QStringLiteral("--from"), QStringLiteral("yesterday")});
        QCOMPARE(r.status, 2);
        r = turbopredictd(QStringList{QStringLiteral("import")} + common
                          + QStringList{m_tmp.filePath(QStringLiteral("missing.xlsx"))});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(u"missing.xlsx: cannot be read"), qPrintable(r.err));
    }

    // imports lists what each import did; undo-import gives back what an import replaced,
    // newest first, and only once.
    void importsAndUndo()
    {
        const QString config = m_tmp.filePath(QStringLiteral("undo-config"));
        const QString data = m_tmp.filePath(QStringLiteral("undo-data"));
        QDir().mkpath(config + u"/units");
        QFile unit(config + u"/units/K-12-01.yml");
        QVERIFY(unit.open(QIODevice::WriteOnly));
        unit.write("unit_id: K-12-01\nplant: PCFS\ntimezone: Asia/Kuala_Lumpur\nsource: {type: simulator}\ntags:\n"
                   "  - name: PCFS.K-12-01.12SI-401.PV\n  - name: PCFS.K-12-01.12TIA-419A.PV\n");
        unit.close();
        const QByteArray header = "Time,PCFS.K-12-01.12SI-401.PV,PCFS.K-12-01.12TIA-419A.PV\n";
        for (auto [name, rows] : {std::pair{"good.csv", "01/03/2026 08:00:00,10349.5,81.25\n01/03/2026 08:06:00,10351,81.5\n"},
                                  std::pair{"garbage.csv", "01/03/2026 08:00:00,10500.6,abc\n01/03/2026 08:06:00,10351,81.5\n"
                                                           "01/03/2026 08:12:00,10352,82\n"}}) {
            QFile f(m_tmp.filePath(QLatin1StringView(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(header + rows);
        }
        const QStringList common{QStringLiteral("--config"), config, QStringLiteral("--data"), data,
                                 QStringLiteral("--unit"), QStringLiteral("K-12-01")};
        Run r = turbopredictd(QStringList{QStringLiteral("import")} + common + QStringList{m_tmp.filePath(QStringLiteral("good.csv"))});
        QCOMPARE(r.status, 0);
        const Run before = turbopredictd(QStringList{QStringLiteral("export")} + common);
        QCOMPARE(before.status, 0);
        r = turbopredictd(QStringList{QStringLiteral("import")} + common + QStringList{m_tmp.filePath(QStringLiteral("garbage.csv"))});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(u"6 values: 4 stored, 2 already stored, 0 skipped; 2 added, 2 replaced"), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"2 values replaced (old → new):\n"
                                u"    PCFS.K-12-01.12SI-401.PV at 2026-03-01T08:00:00+08:00: 10349.5 → 10500.6\n"
                                u"    PCFS.K-12-01.12TIA-419A.PV at 2026-03-01T08:00:00+08:00: 81.25 → abc\n"),
                 qPrintable(r.out));

        r = turbopredictd(QStringList{QStringLiteral("imports")} + common);
        QCOMPARE(r.status, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].contains(u"ALREADY STORED") && lines[0].contains(u"REPLACED"), qPrintable(r.out));
        static const QRegularExpression row(QStringLiteral("^ +(\\d+)  (\\S+)\\+08:00 +complete +(\\d+) +(\\d+) +(\\d+)  (\\S+)$"));
        const QRegularExpressionMatch second = row.match(lines[2]);
        QVERIFY2(second.hasMatch(), qPrintable(lines[2]));
        QCOMPARE(second.capturedTexts().mid(3), (QStringList{QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("2"),
                                                             QStringLiteral("garbage.csv")}));
        QVERIFY(row.match(lines[1]).hasMatch());

        r = turbopredictd(QStringList{QStringLiteral("undo-import")} + common + QStringList{QStringLiteral("1")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(u"unit K-12-01, import 1 (good.csv) cannot be undone: import 2 (garbage.csv)"), qPrintable(r.err));
        r = turbopredictd(QStringList{QStringLiteral("undo-import")} + common + QStringList{QStringLiteral("2")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(u"Unit K-12-01, import 2 undone: 2 value(s) restored, 2 removed"), qPrintable(r.out));
        QCOMPARE(turbopredictd(QStringList{QStringLiteral("export")} + common).out, before.out);
        r = turbopredictd(QStringList{QStringLiteral("undo-import")} + common + QStringList{QStringLiteral("2")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(u"unit K-12-01, import 2 (garbage.csv) was undone already"), qPrintable(r.err));
        r = turbopredictd(QStringList{QStringLiteral("imports")} + common);
        QVERIFY2(r.out.split(u'\n')[2].contains(u" undone "), qPrintable(r.out));
        r = turbopredictd(QStringList{QStringLiteral("undo-import")} + common + QStringList{QStringLiteral("two")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(u"give one import id"), qPrintable(r.err));
    }

    // kill -9 during an import: what was committed stays, the file is sound, and running the
    // import again completes it.
    void killedImportResumes()
    {
        const QString config = m_tmp.filePath(QStringLiteral("kill-config"));
        const QString data = m_tmp.filePath(QStringLiteral("kill-data"));
        QDir().mkpath(config + u"/units");
        QFile unit(config + u"/units/K-12-01.yml");
        QVERIFY(unit.open(QIODevice::WriteOnly));
        QByteArray yaml = "unit_id: K-12-01\nplant: PCFS\ntimezone: UTC\nsource: {type: simulator}\ntags:\n";
        QByteArray header = "Time";
        constexpr int kTags = 20, kRows = 150'000;
        for (int t = 0; t < kTags; ++t) {
            yaml += "  - name: T" + QByteArray::number(t) + "\n";
            header += ",T" + QByteArray::number(t);
        }
        unit.write(yaml);
        unit.close();
        const QString csv = m_tmp.filePath(QStringLiteral("big.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(header + '\n');
        QByteArray chunk;
        for (int r = 0; r < kRows; ++r) {
            chunk += QDateTime::fromSecsSinceEpoch(1'700'000'000LL + r * 60, QTimeZone::utc())
                         .toString(u"yyyy-MM-dd HH:mm:ss").toLatin1();
            for (int t = 0; t < kTags; ++t)
                chunk += ',' + QByteArray::number(r * 0.5 + t);
            chunk += '\n';
            if (chunk.size() > (1 << 20)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
        f.close();
        const QStringList args{QStringLiteral("import"), QStringLiteral("--config"), config,
                               QStringLiteral("--data"), data, QStringLiteral("--unit"),
                               QStringLiteral("K-12-01"), csv};
        QProcess p;
        p.setReadChannel(QProcess::StandardError); // progress comes on stderr
        p.start(QStringLiteral(TP_TURBOPREDICTD), args);
        QVERIFY(p.waitForStarted());
        // Wait for the first committed batch (progress is printed after each commit), then kill.
        QByteArray err;
        while (!err.contains("% (") && p.state() == QProcess::Running) {
            p.waitForReadyRead(10000);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("% ("), err.constData());
        QVERIFY(p.state() == QProcess::Running);
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished());

        const QString path = UnitStore::unitFilePath(data, QStringLiteral("K-12-01"));
        qint64 kept = 0;
        {
            UnitStore store(QStringLiteral("K-12-01"));
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            QCOMPARE(store.integrityCheck(), QStringList{QStringLiteral("ok")});
            kept = store.sampleCount();
            QVERIFY(kept > 0);
            QVERIFY(kept < qint64(kTags) * kRows);
            QCOMPARE(kept % 50'000, 0); // whole batches only
            QCOMPARE(store.imports().first().status, QStringLiteral("running"));
        }
        const Run r = turbopredictd(args);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("%1 stored, %2 already stored").arg(qint64(kTags) * kRows - kept).arg(kept)),
                 qPrintable(r.out));
        UnitStore store(QStringLiteral("K-12-01"));
        QVERIFY(store.open(path));
        QCOMPARE(store.sampleCount(), qint64(kTags) * kRows);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
