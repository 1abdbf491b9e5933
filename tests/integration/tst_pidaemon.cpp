// A real turbopredictd against the PI Web API test server: discovery writes unit files that
// check-config accepts, a back-fill killed with SIGKILL resumes to the exact result, and a PI
// unit in error leaves the simulated units refreshing.
#include "../support/piwebapi/piwebapitestserver.h"
#include "../support/turbopredictd.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using tptest::PiTestValue;
using tptest::PiWebApiTestServer;

namespace {

constexpr qint64 Day = 86'400'000;

struct Run {
    int status = -1;
    QString out, err;
};

Run turbopredictd(const QStringList &args, int timeoutMs = 120'000)
{
    QProcess p;
    p.start(QStringLiteral(TP_TURBOPREDICTD), args);
    Run r;
    // The test server answers from its own threads; this thread only waits.
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    p.waitForFinished();
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    // A sanitizer build's report is a failure even when the exit status would pass.
    if (r.err.contains(u"AddressSanitizer") || r.err.contains(u"runtime error:"))
        qWarning().noquote() << r.err, r.status = -2;
    return r;
}

/** (tag name, ts, value or NaN, state name) rows of a store, read-only beside a running writer. */
struct StoredRow {
    QString tag;
    qint64 ts;
    double value;
    QString state;
};

std::optional<QList<StoredRow>> readStore(const QString &file)
{
    const QString name = QStringLiteral("reader-%1").arg(quintptr(&file));
    QList<StoredRow> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return std::nullopt;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT t.name, s.ts, s.value, COALESCE(qn.name, '') FROM samples s"
                                   " JOIN tags t ON t.id = s.tag_id"
                                   " LEFT JOIN sample_states ss ON ss.tag_id = s.tag_id AND ss.ts = s.ts"
                                   " LEFT JOIN qualities qn ON qn.code = ss.quality"
                                   " WHERE t.name NOT LIKE '%.TP-%'" // the analysis' own tags
                                   " ORDER BY t.name, s.ts")))
            return std::nullopt;
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toLongLong(),
                         q.value(2).isNull() ? std::nan("") : q.value(2).toDouble(), q.value(3).toString()});
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

qint64 storedCount(const QString &file)
{
    if (!QFile::exists(file))
        return 0;
    const QString name = QStringLiteral("counter");
    qint64 n = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM samples s JOIN tags t ON t.id = s.tag_id"
                                      " WHERE t.name NOT LIKE '%.TP-%'")) && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestPiDaemon : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
    }

    /** discover-pi pages through more than 1,000 points, filters, and writes a file that
     *  check-config accepts as written (a password file referenced, never the password). */
    void discoverPi()
    {
        PiWebApiTestServer::Options o;
        o.user = "PLANT\\svc-reader";
        o.password = "pi-Pa55word";
        PiWebApiTestServer server(o);
        server.addUnit(QStringLiteral("PCFS"), QStringLiteral("K-12-01"), 140, 60'000);
        // Another unit's points around it: more than one page of 1,000 in all.
        server.addUnit(QStringLiteral("PCFS"), QStringLiteral("K-12-00"), 600, 600'000);
        server.addUnit(QStringLiteral("PCFS"), QStringLiteral("K-12-02"), 600, 600'000);
        QVERIFY(server.listen());
        const QString config = m_tmp.filePath(QStringLiteral("discover-config"));
        writeFile(config + QStringLiteral("/pi-password"), "pi-Pa55word\n");
        const QString output = config + QStringLiteral("/units/K-12-01.yml");
        Run r = turbopredictd({QStringLiteral("discover-pi"), QStringLiteral("--url"), server.baseUrl().toString(),
                               QStringLiteral("--auth"), QStringLiteral("basic"), QStringLiteral("--user"), QStringLiteral("PLANT\\svc-reader"),
                               QStringLiteral("--password-file"), config + QStringLiteral("/pi-password"),
                               QStringLiteral("--filter"), QStringLiteral("PCFS.K-12-01.*"), QStringLiteral("--unit"), QStringLiteral("K-12-01"),
                               QStringLiteral("--plant"), QStringLiteral("PCFS"), QStringLiteral("--timezone"), QStringLiteral("Asia/Kuala_Lumpur"),
                               QStringLiteral("--output"), output});
        QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"Wrote") && r.out.contains(u"140 tag"), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"check-config accepts it"), qPrintable(r.out));
        QFile f(output);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString yaml = QString::fromUtf8(f.readAll());
        QVERIFY(!yaml.contains(u"pi-Pa55word"));
        QVERIFY(yaml.contains(u"password_file: pi-password"));
        QVERIFY(yaml.contains(u"type: piwebapi"));
        QVERIFY(yaml.contains(u"data_server: PISRV01"));
        QCOMPARE(yaml.count(QStringLiteral("  - name: PCFS.K-12-01.")), 140);
        QVERIFY(!yaml.contains(u"K-12-00") && !yaml.contains(u"K-12-02."));
        QVERIFY2(yaml.contains(u"role: speed") && yaml.contains(u"role: main_flow"), qPrintable(yaml.left(3000)));
        // Descriptors and engineering units as the server lists them.
        for (const tptest::PiTestPoint &p : server.points()) {
            if (p.name.startsWith(u"PCFS.K-12-01.") && !p.engUnits.isEmpty()) {
                QVERIFY2(yaml.contains(p.engUnits), qPrintable(p.engUnits));
                break;
            }
        }
        r = turbopredictd({QStringLiteral("check-config"), QStringLiteral("--config"), config});
        QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
        QVERIFY(!r.err.contains(u"K-12-01.yml"));
        // Written once: an existing file is never overwritten.
        r = turbopredictd({QStringLiteral("discover-pi"), QStringLiteral("--url"), server.baseUrl().toString(),
                           QStringLiteral("--auth"), QStringLiteral("anonymous"), QStringLiteral("--filter"), QStringLiteral("PCFS.K-12-01.*"),
                           QStringLiteral("--unit"), QStringLiteral("K-12-01"), QStringLiteral("--plant"), QStringLiteral("PCFS"),
                           QStringLiteral("--output"), output});
        QVERIFY(r.status != 0);
        QVERIFY2(r.err.contains(u"401") || r.err.contains(u"exists"), qPrintable(r.err));
    }

    /** discover-file on real xlsx exports; import of an unknown unit names discover-file. */
    void discoverFile()
    {
        const QString fixtures = QStringLiteral(TP_TEST_DATA);
        const QString generated = m_tmp.filePath(QStringLiteral("exports"));
        QProcess make;
        make.start(QStringLiteral("/usr/bin/python3"), {fixtures + QStringLiteral("/make_exports.py"), generated});
        QVERIFY(make.waitForFinished(120000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
        const QStringList files = QDir(generated).entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable(generated));
        const QString config = m_tmp.filePath(QStringLiteral("file-config"));
        int written = 0;
        for (const QString &name : files) {
            const QString id = QStringLiteral("X-%1").arg(written + 1);
            const QString output = config + QStringLiteral("/units/%1.yml").arg(id);
            const Run r = turbopredictd({QStringLiteral("discover-file"), generated + u'/' + name, QStringLiteral("--unit"), id,
                                         QStringLiteral("--plant"), QStringLiteral("PCFS"), QStringLiteral("--timezone"),
                                         QStringLiteral("Asia/Kuala_Lumpur"), QStringLiteral("--output"), output});
            if (r.status != 0) {
                // An export without tag names in its header is refused with the file named.
                QVERIFY2(r.err.contains(name), qPrintable(r.err));
                continue;
            }
            QFile f(output);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString yaml = QString::fromUtf8(f.readAll());
            QVERIFY2(yaml.contains(u"type: xlsx") && yaml.contains(u"path: ../exports/" + name), qPrintable(yaml));
            QVERIFY2(yaml.contains(QRegularExpression(QStringLiteral("# \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\S+ to \\d{4}-"))), qPrintable(yaml));
            QVERIFY2(!yaml.contains(u"\\\\"), qPrintable(yaml)); // PI paths stripped
            ++written;
        }
        QVERIFY(written >= 2);
        Run r = turbopredictd({QStringLiteral("check-config"), QStringLiteral("--config"), config});
        QVERIFY2(r.status == 0, qPrintable(r.out + r.err));

        r = turbopredictd({QStringLiteral("import"), QStringLiteral("--config"), config, QStringLiteral("--data"),
                           m_tmp.filePath(QStringLiteral("file-data")), QStringLiteral("--unit"), QStringLiteral("K-77-01"),
                           generated + u'/' + files.first()});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(u"discover-file") && r.err.contains(u"--unit K-77-01"), qPrintable(r.err));
    }

    /** SIGKILL mid-back-fill, then a restart: the store holds exactly the server's data. */
    void killedBackFillResumesExactly()
    {
        const qint64 now = (QDateTime::currentMSecsSinceEpoch() / 60'000) * 60'000 - 60'000;
        PiWebApiTestServer::Options o;
        o.dataStart = now - 20 * Day;
        o.maxItemsPerCall = 20000;
        PiWebApiTestServer server(o);
        server.addUnit(QStringLiteral("PCFS"), QStringLiteral("K-19-01"), 30, 60'000);
        server.setNow(now); // the daemon's clock runs on; the server's data ends here
        QVERIFY(server.listen());
        const QString config = m_tmp.filePath(QStringLiteral("kill-config"));
        const QString data = m_tmp.filePath(QStringLiteral("kill-data"));
        QByteArray yaml = "unit_id: K-19-01\nplant: PCFS\ntimezone: Asia/Kuala_Lumpur\nrefresh_interval: 1h\n"
                          "source:\n  type: piwebapi\n  url: " + server.baseUrl().toString().toUtf8()
            + "\n  auth: anonymous\n  history: 30d\n  max_items_per_call: 20000\ntags:\n";
        for (const tptest::PiTestPoint &p : server.points())
            yaml += "  - name: " + p.name.toUtf8() + "\n";
        writeFile(config + QStringLiteral("/units/K-19-01.yml"), yaml);
        const QString store = data + QStringLiteral("/units/K-19-01/K-19-01.sqlite");
        const QStringList args{QStringLiteral("run"), QStringLiteral("--config"), config, QStringLiteral("--data"), data,
                               QStringLiteral("--status-every"), QStringLiteral("1s")};
        qint64 truthCount = 0;
        for (const tptest::PiTestPoint &p : server.points())
            truthCount += server.recordedCount(p.name, now - 30 * Day, now);

        QProcess first;
        first.setProcessChannelMode(QProcess::MergedChannels);
        first.start(QStringLiteral(TP_TURBOPREDICTD), args);
        QVERIFY(first.waitForStarted());
        // Killed once some of the back-fill is committed and before all of it is.
        QTRY_VERIFY_WITH_TIMEOUT(storedCount(store) > 0, 120000);
        first.kill(); // SIGKILL: no chance to commit or checkpoint
        QVERIFY(first.waitForFinished(10000));
        const qint64 atKill = storedCount(store);
        QVERIFY2(atKill < truthCount, qPrintable(QStringLiteral("%1 of %2 stored before the kill").arg(atKill).arg(truthCount)));

        QProcess second;
        second.setProcessChannelMode(QProcess::MergedChannels);
        second.start(QStringLiteral(TP_TURBOPREDICTD), args);
        QVERIFY(second.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(storedCount(store) >= truthCount, 300000);
        second.terminate();
        QVERIFY(second.waitForFinished(60000));
        const QString log = QString::fromUtf8(second.readAll());
        QVERIFY2(log.contains(u"K-19-01"), qPrintable(log));
        QVERIFY2(!log.contains(u"AddressSanitizer") && !log.contains(u"runtime error:"), qPrintable(log));

        const auto rows = readStore(store);
        QVERIFY(rows);
        QCOMPARE(rows->size(), truthCount);
        qsizetype at = 0;
        for (const tptest::PiTestPoint &p : server.points()) {
            for (const PiTestValue &t : server.recordedTruth(p.name, now - 30 * Day, now)) {
                const StoredRow &s = rows->at(at++);
                QCOMPARE(s.tag, p.name);
                QCOMPARE(s.ts, t.ms);
                if (t.isState && t.isSystem)
                    QCOMPARE(s.state, t.stateName);
                else if (t.isState)
                    QCOMPARE(s.value, double(t.stateValue));
                else
                    QCOMPARE(s.value, t.value);
            }
        }
    }

    /** `serve`: a remote site reads its own PI; its API and metrics never show the password. */
    void serveReadsPi()
    {
        PiWebApiTestServer::Options o;
        o.user = "reader";
        o.password = "serve-Pa55word";
        PiWebApiTestServer server(o);
        server.addUnit(QStringLiteral("ABF"), QStringLiteral("07-MT01-K001"), 8, 60'000);
        QVERIFY(server.listen());
        const QString config = m_tmp.filePath(QStringLiteral("serve-config"));
        writeFile(config + QStringLiteral("/pi-password"), "serve-Pa55word");
        QByteArray yaml = "unit_id: 07-MT01-K001\nplant: ABF\ntimezone: Asia/Kuala_Lumpur\nrefresh_interval: 30s\n"
                          "source:\n  type: piwebapi\n  url: " + server.baseUrl().toString().toUtf8()
            + "\n  auth: basic\n  user: reader\n  password_file: pi-password\n  history: 2d\ntags:\n";
        for (const tptest::PiTestPoint &p : server.points())
            yaml += "  - name: " + p.name.toUtf8() + "\n";
        writeFile(config + QStringLiteral("/units/07-MT01-K001.yml"), yaml);
        QProcess daemon;
        QByteArray log;
        const int port = tptest::startTurbopredictd(daemon, {QStringLiteral("serve"), QStringLiteral("--config"), config,
                                                             QStringLiteral("--data"), m_tmp.filePath(QStringLiteral("serve-data")),
                                                             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
                                                    QProcessEnvironment::systemEnvironment(), &log);
        QVERIFY2(port > 0, log.constData());
        QNetworkAccessManager net;
        auto get = [&](const QString &path) {
            QNetworkReply *reply = net.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path))));
            QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000);
            const QByteArray body = reply->isFinished() ? reply->readAll() : QByteArray();
            reply->deleteLater();
            return body;
        };
        QByteArray status;
        auto stateOf = [](const QByteArray &json) { return QJsonDocument::fromJson(json).object().value(QStringLiteral("state")).toString(); };
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(status = get(QStringLiteral("/units/07-MT01-K001/status"))), QStringLiteral("ok"), 120000);
        QByteArray everything = status;
        for (const char *path : {"/status", "/units/07-MT01-K001/config", "/units/07-MT01-K001/tags", "/metrics"})
            everything += get(QLatin1StringView(path));
        QVERIFY(everything.contains("07-MT01-K001"));
        QVERIFY(!everything.contains("serve-Pa55word"));
        daemon.terminate();
        QVERIFY(daemon.waitForFinished(60000));
        log += daemon.readAll();
        QVERIFY(!log.contains("serve-Pa55word"));
        QVERIFY2(!log.contains("AddressSanitizer") && !log.contains("runtime error:"), log.constData());
    }

    /** A PI unit whose password is refused is in error with the URL and the cause; the
     *  simulated units beside it refresh as they always do. */
    void piUnitInErrorLeavesOthersRunning()
    {
        PiWebApiTestServer::Options o;
        o.user = "reader";
        o.password = "right-Pa55";
        PiWebApiTestServer server(o);
        server.addUnit(QStringLiteral("PCFS"), QStringLiteral("K-31-01"), 6, 60'000);
        QVERIFY(server.listen());
        const QString config = m_tmp.filePath(QStringLiteral("mixed-config"));
        Run r = turbopredictd({QStringLiteral("init-config"), config});
        QCOMPARE(r.status, 0);
        QDir units(config + QStringLiteral("/units"));
        QVERIFY(units.remove(QStringLiteral("K-31-01.yml")));
        writeFile(config + QStringLiteral("/pi-password"), "wrong-Pa55");
        QByteArray yaml = "unit_id: K-31-01\nplant: PCFS\ntimezone: Asia/Kuala_Lumpur\nrefresh_interval: 30s\n"
                          "source:\n  type: piwebapi\n  url: " + server.baseUrl().toString().toUtf8()
            + "\n  auth: basic\n  user: reader\n  password_file: pi-password\n  history: 1d\ntags:\n";
        for (const tptest::PiTestPoint &p : server.points())
            yaml += "  - name: " + p.name.toUtf8() + "\n";
        writeFile(units.filePath(QStringLiteral("K-31-01.yml")), yaml);
        r = turbopredictd({QStringLiteral("check-config"), QStringLiteral("--config"), config});
        QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
        r = turbopredictd({QStringLiteral("run"), QStringLiteral("--config"), config, QStringLiteral("--data"),
                           m_tmp.filePath(QStringLiteral("mixed-data")), QStringLiteral("--sim-history"), QStringLiteral("1h"),
                           QStringLiteral("--duration"), QStringLiteral("40s"), QStringLiteral("--status-every"), QStringLiteral("5s")},
                          180'000);
        const QStringList lines = r.out.split(u'\n');
        auto lastLine = [&](const QString &unit) {
            QString found;
            for (const QString &line : lines)
                if (line.trimmed().startsWith(unit + u' '))
                    found = line;
            return found;
        };
        QVERIFY2(r.status == 1, qPrintable(r.err)); // a unit never refreshed; no sanitizer report
        const QString pi = lastLine(QStringLiteral("K-31-01"));
        QVERIFY2(pi.contains(u"error") && pi.contains(u"HTTP 401") && pi.contains(u"127.0.0.1"), qPrintable(r.out));
        QVERIFY(!r.out.contains(u"wrong-Pa55") && !r.err.contains(u"wrong-Pa55"));
        int refreshing = 0;
        for (const char *unit : {"K-12-01", "K-16-01", "K-19-01", "C-02001", "C-104", "C-13001", "C-1301", "C-1302", "C-201",
                                 "C-202", "XT-07002", "07-MT01-K001"}) {
            const QString line = lastLine(QLatin1StringView(unit));
            const auto m = QRegularExpression(QStringLiteral("refreshes (\\d+)")).match(line);
            QVERIFY2(m.hasMatch() && !line.contains(u"error"), qPrintable(line));
            refreshing += m.captured(1).toInt() >= 2 ? 1 : 0;
        }
        QCOMPARE(refreshing, 12);
    }
};

QTEST_GUILESS_MAIN(TestPiDaemon)
#include "tst_pidaemon.moc"
