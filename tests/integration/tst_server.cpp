// The HTTP API in process (every endpoint and error code, the token rules, request limits and
// slow clients), promtool on the metrics, and SIGTERM of a real turbopredictd serve.

#include "config/fleetconfigloader.h"
#include "runtime/fleet.h"
#include "runtime/storequery.h"
#include "runtime/unitcontroller.h"
#include "server/apiserver.h"
#include "storage/unitstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslCertificate>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "../support/turbopredictd.h"

using namespace tp;

namespace {
struct Response {
    int status = 0;
    QByteArray body;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
};
} // namespace

class TestServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    std::unique_ptr<Fleet> m_fleet;
    std::unique_ptr<ApiServer> m_server;
    QNetworkAccessManager m_net;
    ApiOptions m_options;

    Response call(const QByteArray &verb, const QString &path, const QByteArray &body = {}, const QByteArray &token = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_net.sendCustomRequest(request, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20000);
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto &[k, v] : reply->rawHeaderPairs())
            r.headers.insert(k.toLower(), v);
        reply->deleteLater();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        FleetConfig fleet = *FleetConfigLoader::loadDemo().fleet;
        RuntimeOptions runtime;
        runtime.dataDir = m_data.path();
        runtime.simulatorHistory = std::chrono::hours(24 * 30);
        // A fixed "now": K-16-01's filter is then well into its clogging cycle (an anomaly alarm).
        runtime.clock = std::make_shared<FleetClock>(
            1.0, QDateTime::fromString(QStringLiteral("2026-11-23T21:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
        m_fleet = std::make_unique<Fleet>(fleet, runtime);
        m_options.port = 0;
        m_options.token = "t0ken";
        m_options.dataDir = m_data.path();
        m_options.maxBodyBytes = 1024 * 1024;
        m_options.requestTimeoutMs = 800;
        m_options.maxConnections = 8;
        m_server = std::make_unique<ApiServer>(*m_fleet, m_options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QVERIFY(m_server->port() > 0);
        // Not ready before the first refresh of every unit.
        m_fleet->start();
        const Response early = call("GET", QStringLiteral("/ready"));
        QCOMPARE(early.status, 503);
        QCOMPARE(early.json().object().value(QStringLiteral("ready")).toBool(), false);
        const QStringList ids = m_fleet->unitIds();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return m_fleet->unit(id)->refreshCount() >= 1; }), 300000);
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_fleet->stop();
    }

    void healthReadyStatusAndUnits()
    {
        QCOMPARE(call("GET", QStringLiteral("/health")).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/health")).json().object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const Response ready = call("GET", QStringLiteral("/api/v1/ready"));
        QCOMPARE(ready.status, 200);
        const Response status = call("GET", QStringLiteral("/status"));
        QCOMPARE(status.status, 200);
        QCOMPARE(status.header("content-type"), QByteArrayLiteral("application/json"));
        const QJsonArray units = status.json().object().value(QStringLiteral("units")).toArray();
        QCOMPARE(units.size(), 13);
        for (const QJsonValue &u : units) {
            const QJsonObject o = u.toObject();
            const UnitSnapshot s = m_fleet->unit(o.value(QStringLiteral("id")).toString())->snapshot();
            QCOMPARE(o.value(QStringLiteral("state")).toString(), unitStateId(s.state));
            QVERIFY(o.contains(QStringLiteral("health_index")) && o.contains(QStringLiteral("data_age_seconds")));
        }
        const QJsonArray list = call("GET", QStringLiteral("/api/v1/units")).json().array();
        QCOMPARE(list.size(), 13);
        QCOMPARE(list.first().toObject().value(QStringLiteral("id")).toString(), m_fleet->config().units.first().unitId);
    }

    void unitEndpoints()
    {
        const QString unit = QStringLiteral("K-16-01");
        const Response status = call("GET", QStringLiteral("/api/v1/units/%1/status").arg(unit));
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json().object().value(QStringLiteral("id")).toString(), unit);
        const QJsonArray tags = call("GET", QStringLiteral("/api/v1/units/%1/tags").arg(unit)).json().array();
        QCOMPARE(tags.size(), m_fleet->unit(unit)->snapshot().tags.size());
        QVERIFY(tags.first().toObject().contains(QStringLiteral("value")));
        const Response alarms = call("GET", QStringLiteral("/api/v1/units/%1/alarms").arg(unit));
        QCOMPARE(alarms.status, 200);
        QCOMPARE(alarms.json().array().size(), m_fleet->unit(unit)->snapshot().alarms.size());
        const Response rul = call("GET", QStringLiteral("/api/v1/units/%1/rul").arg(unit));
        QCOMPARE(rul.status, 200);
        QCOMPARE(rul.json().array().size(), m_fleet->unit(unit)->snapshot().rul.size());
        // Series, decimated as the GUI does: at most max_points points per tag, gaps kept.
        const QString tag = tags.first().toObject().value(QStringLiteral("name")).toString();
        const qint64 now = m_fleet->unit(unit)->snapshot().now;
        const Response series = call("GET", QStringLiteral("/api/v1/units/%1/series?tags=%2&from=%3&to=%4&max_points=200")
                                                .arg(unit, tag).arg(now - 7 * 86'400'000LL).arg(now));
        QCOMPARE(series.status, 200);
        const QJsonArray out = series.json().object().value(QStringLiteral("series")).toArray();
        QCOMPARE(out.size(), 1);
        qint64 points = 0;
        for (const QJsonValue &segment : out.first().toObject().value(QStringLiteral("segments")).toArray())
            points += segment.toArray().size();
        QVERIFY2(points > 20 && points <= 200, qPrintable(QString::number(points)));
        // Bad parameters, unknown tag and unit, unknown path.
        QCOMPARE(call("GET", QStringLiteral("/api/v1/units/%1/series").arg(unit)).status, 400);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/units/%1/series?tags=%2&from=yesterday").arg(unit, tag)).status, 400);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/units/%1/series?tags=%2&max_points=0").arg(unit, tag)).status, 400);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/units/%1/series?tags=NO.SUCH.TAG").arg(unit)).status, 404);
        const Response missing = call("GET", QStringLiteral("/api/v1/units/NOPE/status"));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json().object().value(QStringLiteral("error")).toString().contains(u"NOPE"));
        QCOMPARE(call("GET", QStringLiteral("/nothing/here")).status, 404);
        const Response wrong = call("POST", QStringLiteral("/health"), "{}", "t0ken");
        QCOMPARE(wrong.status, 405);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/units/%1/refresh").arg(unit)).status, 405);
    }

    void configAndRawSamplesForMirrors()
    {
        const UnitConfig *k16 = m_fleet->config().findUnit(u"K-16-01");
        const QJsonObject config = call("GET", QStringLiteral("/api/v1/units/K-16-01/config")).json().object();
        QCOMPARE(config.value(QStringLiteral("id")).toString(), k16->unitId);
        const QJsonArray tags = config.value(QStringLiteral("tags")).toArray();
        QCOMPARE(tags.size(), k16->tags.size() + 4); // with the derived tags
        const TagConfig &first = k16->tags.first();
        QCOMPARE(tags.first().toObject().value(QStringLiteral("name")).toString(), first.name);
        QCOMPARE(tags.first().toObject().value(QStringLiteral("unit")).toString(), first.engineeringUnit);
        // Raw samples, paged: exactly what the store holds, oldest first, and where to go on.
        const qint64 now = m_fleet->unit(QStringLiteral("K-16-01"))->snapshot().now;
        const qint64 from = now - 86'400'000;
        const QString path = QStringLiteral("/api/v1/units/K-16-01/series?tags=%1&raw=1&from=%2&to=%3&max_points=100")
                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(first.name))).arg(from).arg(now);
        const QJsonObject page = call("GET", path).json().object().value(QStringLiteral("series")).toArray().first().toObject();
        const QJsonArray samples = page.value(QStringLiteral("samples")).toArray();
        QCOMPARE(samples.size(), 100);
        QVERIFY(page.value(QStringLiteral("more")).toBool());
        const auto stored = withUnitStore(m_data.path(), QStringLiteral("K-16-01"), [&](UnitStore &store) {
            return store.readRange(*store.tagId(first.name), from, now, 101).value_or(QList<Sample>{});
        });
        QVERIFY(stored && stored->size() == 101);
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(qint64(samples[i].toArray().at(0).toDouble()), (*stored)[i].ts);
            QCOMPARE(samples[i].toArray().at(1).toDouble(), (*stored)[i].value);
        }
        QCOMPARE(qint64(page.value(QStringLiteral("next_from")).toDouble()), (*stored)[100].ts);
        QCOMPARE(call("GET", QString(path).replace(QStringLiteral("max_points=100"), QStringLiteral("max_points=200000"))).status, 400);
    }

    void tokensGuardEveryChange()
    {
        const QString path = QStringLiteral("/api/v1/units/K-12-01/refresh");
        QCOMPARE(call("POST", path).status, 401);
        QCOMPARE(call("POST", path, {}, "wrong").status, 403);
        const qint64 before = m_fleet->unit(QStringLiteral("K-12-01"))->refreshCount();
        QCOMPARE(call("POST", path, {}, "t0ken").status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(m_fleet->unit(QStringLiteral("K-12-01"))->refreshCount() > before, 60000);
        QCOMPARE(call("POST", QStringLiteral("/api/v1/units/K-12-01/analyze"), {}, "t0ken").status, 202);
        QCOMPARE(call("POST", QStringLiteral("/refresh"), {}, "t0ken").status, 202); // the seeds' alias
        // The change is in the unit's audit log with the caller's address.
        UnitStore store(QStringLiteral("K-12-01"));
        QVERIFY(store.open(UnitStore::unitFilePath(m_data.path(), QStringLiteral("K-12-01"))));
        const QList<AuditEntry> audit = store.auditLog();
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry &e) {
            return e.actor == u"api@127.0.0.1" && e.action == u"api.refresh";
        }));
    }

    void acknowledgesThroughTheApi()
    {
        const QString unit = QStringLiteral("K-16-01");
        QString key;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (const AlarmStatus &a : m_fleet->unit(unit)->snapshot().alarms)
                if (a.needsAcknowledgement()) {
                    key = a.key;
                    return true;
                }
            return false;
        }(), 120000);
        const QString path = QStringLiteral("/api/v1/units/%1/alarms/%2/ack").arg(unit, QString::fromUtf8(QUrl::toPercentEncoding(key)));
        QCOMPARE(call("POST", path, "not json", "t0ken").status, 400);
        QCOMPARE(call("POST", path, R"({"comment":"who?"})", "t0ken").status, 400);
        QCOMPARE(call("POST", QStringLiteral("/api/v1/units/%1/alarms/NO%3Ahi/ack").arg(unit), R"({"user":"x"})", "t0ken").status, 404);
        QCOMPARE(call("POST", path, R"({"user":"remote.engineer","comment":"seen from Kerteh"})", "t0ken").status, 202);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (const AlarmStatus &a : m_fleet->unit(unit)->snapshot().alarms)
                if (a.key == key)
                    return a.acknowledgedBy == u"remote.engineer" && a.comment == u"seen from Kerteh";
            return false;
        }(), 20000);
        // The alarm's JSON names its unit; the raise record is unchanged by the acknowledgement.
        QJsonObject alarm;
        for (const QJsonValue &v : call("GET", QStringLiteral("/api/v1/units/%1/alarms").arg(unit)).json().array())
            if (v.toObject().value(QStringLiteral("key")).toString() == key)
                alarm = v.toObject();
        QCOMPARE(alarm.value(QStringLiteral("unit")).toString(), unit);
        const qint64 raisedAt = qint64(alarm.value(QStringLiteral("raised_at_ms")).toDouble());
        QVERIFY(raisedAt > 0);
        QVERIFY(qint64(alarm.value(QStringLiteral("acknowledged_at_ms")).toDouble()) >= raisedAt);
        // The journal: the raise and the acknowledgement as entries of their own, newest first.
        const qint64 now = m_fleet->unit(unit)->snapshot().now;
        const Response journal = call("GET", QStringLiteral("/api/v1/units/%1/journal?from=%2&to=%3")
                                                 .arg(unit).arg(raisedAt).arg(now + 60'000));
        QCOMPARE(journal.status, 200);
        const QJsonArray entries = journal.json().object().value(QStringLiteral("entries")).toArray();
        QJsonObject raised, acknowledged;
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("key")).toString() != key)
                continue;
            if (e.value(QStringLiteral("kind")).toString() == u"raised" && raised.isEmpty())
                raised = e;
            if (e.value(QStringLiteral("kind")).toString() == u"acknowledged")
                acknowledged = e;
        }
        QCOMPARE(qint64(raised.value(QStringLiteral("time_ms")).toDouble()), raisedAt);
        QCOMPARE(raised.value(QStringLiteral("value")).toDouble(), alarm.value(QStringLiteral("value")).toDouble());
        QCOMPARE(acknowledged.value(QStringLiteral("user")).toString(), QStringLiteral("remote.engineer"));
        QCOMPARE(acknowledged.value(QStringLiteral("comment")).toString(), QStringLiteral("seen from Kerteh"));
        QVERIFY(QDateTime::fromString(acknowledged.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).isValid());
        const QString iso = QDateTime::fromMSecsSinceEpoch(raisedAt, QTimeZone::utc()).toString(Qt::ISODateWithMs);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/units/%1/journal?from=%2").arg(unit, iso)).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/units/%1/journal?from=yesterday").arg(unit)).status, 400);
    }

    void metricsInTheExpositionFormat()
    {
        const Response r = call("GET", QStringLiteral("/metrics"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/plain; version=0.0.4"));
        const QString text = QString::fromUtf8(r.body);
        for (const QString &id : m_fleet->unitIds()) {
            QVERIFY2(text.contains(QStringLiteral("turbopredict_up{unit=\"%1\"").arg(id)), qPrintable(id));
            QVERIFY2(text.contains(QStringLiteral("turbopredict_health_index{unit=\"%1\"").arg(id)), qPrintable(id));
        }
        QVERIFY(text.contains(u"turbopredict_refresh_duration_seconds_bucket{") && text.contains(u"le=\"+Inf\"}"));
        QVERIFY(text.contains(u"turbopredict_rul_seconds{") && text.contains(u"quantile=\"0.5\""));
        QVERIFY(text.contains(u"process_resident_memory_bytes "));
        // Prometheus's own linter, when installed (Debian package prometheus).
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QSKIP("promtool is not installed (apt-get install prometheus)");
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(check.waitForStarted());
        check.write(r.body);
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(30000));
        const QString out = QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
        QVERIFY2(check.exitCode() == 0, qPrintable(out));
    }

    void limitsAndSlowClients()
    {
        // A body announced beyond the limit: 413 before it is read.
        QTcpSocket big;
        big.connectToHost(QHostAddress::LocalHost, m_server->port());
        QTRY_VERIFY_WITH_TIMEOUT(big.state() == QAbstractSocket::ConnectedState, 5000); // the server runs in this thread: no blocking waits
        big.write("POST /api/v1/units/K-12-01/import?name=x.csv HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t0ken\r\n"
                  "Content-Length: 999999999\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(big.bytesAvailable() > 0, 5000);
        QVERIFY2(big.readAll().startsWith("HTTP/1.1 413"), "no 413");
        // A client sending a byte at a time too slowly is cut off (request timeout 0.8 s).
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, m_server->port());
        QTRY_VERIFY_WITH_TIMEOUT(slow.state() == QAbstractSocket::ConnectedState, 5000); // the server runs in this thread: no blocking waits
        QElapsedTimer t;
        t.start();
        const QByteArray request = "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";
        for (char c : request) {
            if (slow.state() != QAbstractSocket::ConnectedState)
                break;
            slow.write(&c, 1);
            slow.flush();
            QTest::qWait(200);
        }
        QTRY_VERIFY_WITH_TIMEOUT(slow.state() == QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(t.elapsed() < 4000);
        // Bounded connections: beyond 8 at once, the next is refused with 503.
        m_net.clearConnectionCache(); // this test's own keep-alive connections
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connections(), 0, 5000);
        std::vector<std::unique_ptr<QTcpSocket>> many;
        for (int i = 0; i < 8; ++i) {
            many.push_back(std::make_unique<QTcpSocket>());
            many.back()->connectToHost(QHostAddress::LocalHost, m_server->port());
            QTRY_VERIFY_WITH_TIMEOUT(many.back()->state() == QAbstractSocket::ConnectedState, 5000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connections(), 8, 5000);
        QTcpSocket extra;
        extra.connectToHost(QHostAddress::LocalHost, m_server->port());
        QTRY_VERIFY_WITH_TIMEOUT(extra.bytesAvailable() > 0, 5000);
        QVERIFY(extra.readAll().startsWith("HTTP/1.1 503"));
        many.clear();
        QTRY_COMPARE_WITH_TIMEOUT(call("GET", QStringLiteral("/health")).status, 200, 5000);
    }

    void servesTls()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed (scripts/test.sh installs it)");
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem")), key = dir.filePath(QStringLiteral("key.pem"));
        QProcess make;
        make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                             QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                             QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                             QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
        ApiOptions options = m_options;
        options.certificateFile = cert;
        options.keyFile = key;
        ApiServer tls(*m_fleet, options);
        QVERIFY2(tls.start(), qPrintable(tls.errorString()));
        // Trusting exactly this certificate, the health check answers over HTTPS.
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/health").arg(tls.port())));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(cert));
        request.setSslConfiguration(ssl);
        QNetworkReply *reply = m_net.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        reply->deleteLater();
        // Without trusting it, the client refuses; plain HTTP gets no answer.
        QNetworkAccessManager fresh; // not the trusted connection kept alive above
        QNetworkReply *untrusted = fresh.get(QNetworkRequest(QUrl(QStringLiteral("https://127.0.0.1:%1/health").arg(tls.port()))));
        QSignalSpy done2(untrusted, &QNetworkReply::finished);
        QVERIFY(done2.wait(20000));
        QCOMPARE(untrusted->error(), QNetworkReply::SslHandshakeFailedError);
        untrusted->deleteLater();
        QNetworkReply *plain = fresh.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(tls.port()))));
        QSignalSpy done3(plain, &QNetworkReply::finished);
        QVERIFY(done3.wait(20000));
        QCOMPARE(plain->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
        plain->deleteLater();
    }

    void sigtermStopsCleanly()
    {
        QTemporaryDir data;
        QProcess server;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TP_API_TOKEN"), QStringLiteral("t"));
        QByteArray log;
        const int port = tptest::startTurbopredictd(server, {QStringLiteral("serve"), QStringLiteral("--data"), data.path(),
                                                              QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                              QStringLiteral("--sim-speed"), QStringLiteral("60"),
                                                              QStringLiteral("--sim-history"), QStringLiteral("7d")}, env, &log);
        QVERIFY2(port > 0, log.constData());
        QNetworkRequest ready(QUrl(QStringLiteral("http://127.0.0.1:%1/ready").arg(port)));
        int status = 0;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            QNetworkReply *r = m_net.get(ready);
            QSignalSpy done(r, &QNetworkReply::finished);
            done.wait(5000);
            status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r->deleteLater();
            return status == 200;
        }(), 300000);
        QElapsedTimer t;
        t.start();
        server.terminate(); // SIGTERM
        QVERIFY(server.waitForFinished(15000));
        const qint64 stoppedMs = t.elapsed();
        log += server.readAll();
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QVERIFY2(server.exitCode() == 0, log.right(2000).constData());
        QVERIFY2(stoppedMs < 10000, qPrintable(QString::number(stoppedMs)));
        // Every store checkpointed (no WAL left) and intact.
        for (const UnitConfig &u : m_fleet->config().units) {
            const QString path = UnitStore::unitFilePath(data.path(), u.unitId);
            QVERIFY(QFileInfo::exists(path));
            const QFileInfo wal(path + QStringLiteral("-wal"));
            QVERIFY2(!wal.exists() || wal.size() == 0, qPrintable(u.unitId));
            UnitStore store(u.unitId);
            QVERIFY(store.open(path));
            QVERIFY(store.sampleCount() > 0);
        }
    }
};

int main(int argc, char *argv[])
{
    // Whole-fleet runs: more than QtTest's default five minutes per function on a slow machine.
    qputenv("QTEST_FUNCTION_TIMEOUT", "900000");
    QCoreApplication app(argc, argv);
    TestServer test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_server.moc"
