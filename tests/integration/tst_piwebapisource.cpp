// The piwebapi source against the PI Web API test server over loopback: exact back-fill through
// the server's limits, live increments, faults survived, failures named, TLS with a test CA.
#include "pi/pitime.h"
#include "pi/piwebapisource.h"
#include "storage/unitstore.h"

#include "../support/piwebapi/piwebapitestserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tp;
using tptest::PiTestValue;
using tptest::PiWebApiTestServer;

namespace {

constexpr qint64 Day = 86'400'000;
// A fixed "now" for the server and the fetches: no test depends on the calendar.
constexpr qint64 Now = 1'796'000'000'000; // 2026-11-29T...Z

struct Fixture {
    QTemporaryDir dir;
    UnitConfig unit;
    UnitStore store{QStringLiteral("K-12-01")};

    Fixture(const PiWebApiTestServer &server, qint64 history, int maxItems)
    {
        unit.unitId = QStringLiteral("K-12-01");
        unit.plant = QStringLiteral("PCFS");
        unit.source.type = SourceType::PiWebApi;
        unit.source.url = server.baseUrl().toString();
        unit.source.piAuth = PiAuth::Anonymous;
        unit.source.history = std::chrono::milliseconds(history);
        unit.source.maxItemsPerCall = maxItems;
        for (const tptest::PiTestPoint &p : server.points()) {
            TagConfig t;
            t.name = p.name;
            unit.tags.append(t);
        }
    }
    bool open()
    {
        return store.open(UnitStore::unitFilePath(dir.path(), unit.unitId)) && store.syncTags(unit.tags);
    }
};

FetchResult fetchAt(PiWebApiSource &source, UnitStore &store, qint64 now)
{
    FetchContext ctx;
    ctx.now = now;
    return source.fetch(store, ctx);
}

} // namespace

namespace {
/** Every stored sample of every tag equals the server's truth over [from, to]: values, states
 *  by name, Digital states by code and name, times to the millisecond; none extra, none doubled. */
void compareWithTruth(const PiWebApiTestServer &server, UnitStore &store, qint64 from, qint64 to)
{
    qint64 compared = 0, states = 0, digital = 0;
    for (const tptest::PiTestPoint &p : server.points()) {
        const QList<PiTestValue> truth = server.recordedTruth(p.name, from, to);
        const auto id = store.tagId(p.name);
        QVERIFY(id);
        const auto stored = store.readRange(*id, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        QVERIFY(stored);
        QCOMPARE(stored->size(), truth.size());
        QJsonObject names;
        if (const auto meta = store.metaValue(u"digital_states:" + p.name))
            names = QJsonDocument::fromJson(meta->toUtf8()).object();
        for (qsizetype i = 0; i < truth.size(); ++i) {
            const PiTestValue &t = truth.at(i);
            const Sample &s = stored->at(i);
            if (s.ts != t.ms)
                QFAIL(qPrintable(QStringLiteral("%1 #%2: stored at %3, the server has %4")
                                     .arg(p.name).arg(i).arg(QString::fromLatin1(formatPiTimestamp(s.ts)),
                                                             QString::fromLatin1(formatPiTimestamp(t.ms)))));
            if (t.isState && t.isSystem) {
                QCOMPARE(store.qualityName(s.quality), t.stateName);
                QVERIFY(std::isnan(s.value));
                ++states;
            } else if (t.isState) {
                QCOMPARE(s.quality, GoodQuality);
                QCOMPARE(s.value, double(t.stateValue));
                QCOMPARE(names.value(QString::number(t.stateValue)).toString(), t.stateName);
                ++digital;
            } else {
                QCOMPARE(s.quality, GoodQuality);
                QCOMPARE(s.value, t.value);
            }
            ++compared;
        }
    }
    QVERIFY(compared > 0);
    QVERIFY2(states > 0, "the data set holds system states");
    QVERIFY2(digital > 0, "the data set holds a Digital point's own states");
}

QString makeCertificate(const QString &dir)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return {};
    QProcess make;
    make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir + QStringLiteral("/key.pem"),
                         QStringLiteral("-out"), dir + QStringLiteral("/cert.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                         QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!make.waitForFinished(60000) || make.exitCode() != 0)
        return {};
    return dir + QStringLiteral("/cert.pem");
}

} // namespace

class TestPiWebApiSource : public QObject
{
    Q_OBJECT

private:
    static PiWebApiTestServer::Options options(int maxItems = 20000)
    {
        PiWebApiTestServer::Options o;
        o.maxItemsPerCall = maxItems;
        o.dataStart = Now - 40 * Day;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
    }

    void timestamps()
    {
        QCOMPARE(parsePiTimestamp("2026-03-01T00:06:57.1234567Z"), std::optional<qint64>(1772323617123));
        QCOMPARE(parsePiTimestamp("2026-03-01T00:06:57Z"), std::optional<qint64>(1772323617000));
        QCOMPARE(parsePiTimestamp("2026-03-01T08:06:57.5+08:00"), std::optional<qint64>(1772323617500));
        QCOMPARE(parsePiTimestamp("2026-03-01T00:06:57"), std::nullopt); // no zone: never guessed
        QCOMPARE(parsePiTimestamp("garbage"), std::nullopt);
        QCOMPARE(formatPiTimestamp(1772323617123), QByteArray("2026-03-01T00:06:57.123Z"));
    }

    /** 30 days through a 20,000-item limit, then live increments: exactly the server's data. */
    void backFillIsExactThenLive()
    {
        PiWebApiTestServer server(options());
        server.addUnit(QStringLiteral("PCFS"), QStringLiteral("K-12-01"), 24, 60'000);
        server.setNow(Now);
        QVERIFY(server.listen());
        Fixture f(server, 30 * Day, 20000);
        QVERIFY(f.open());
        PiWebApiSource source(f.unit);
        const FetchResult first = fetchAt(source, f.store, Now);
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(first.warnings.isEmpty());
        compareWithTruth(server, f.store, Now - 30 * Day, Now);
        QVERIFY(first.valuesStored > 24 * 30 * 1000);
        if (QTest::currentTestFailed())
            return;

        // Live: only what is new, for all 24 tags in one call.
        for (int step = 1; step <= 3; ++step) {
            const qint64 later = Now + step * 7 * 60'000;
            server.setNow(later);
            server.resetStats();
            const FetchResult live = fetchAt(source, f.store, later);
            QVERIFY2(live.ok, qPrintable(live.error));
            QCOMPARE(server.stats().requests, 1);
            compareWithTruth(server, f.store, Now - 30 * Day, later);
        }
        // Nothing new: nothing stored, nothing doubled.
        const FetchResult again = fetchAt(source, f.store, Now + 21 * 60'000);
        QVERIFY(again.ok);
        QCOMPARE(again.valuesStored, 0);
    }

    /** A new source on the same store (a restart) goes on from each tag's newest sample. */
    void resumesFromTheStore()
    {
        PiWebApiTestServer server(options());
        server.addUnit(QStringLiteral("PCFS"), QStringLiteral("K-12-01"), 12, 60'000);
        server.setNow(Now);
        QVERIFY(server.listen());
        Fixture f(server, 20 * Day, 20000);
        QVERIFY(f.open());
        {
            PiWebApiSource source(f.unit);
            QVERIFY(fetchAt(source, f.store, Now - 5 * Day).ok);
        }
        PiWebApiSource restarted(f.unit);
        const FetchResult r = fetchAt(restarted, f.store, Now);
        QVERIFY2(r.ok, qPrintable(r.error));
        compareWithTruth(server, f.store, Now - 25 * Day, Now);
    }

    void faultsAreSurvived_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("WebException in a 200") << QStringLiteral("webexception");
        QTest::newRow("503") << QStringLiteral("503");
        QTest::newRow("429") << QStringLiteral("429");
        QTest::newRow("dropped connection") << QStringLiteral("drop");
        QTest::newRow("over the item limit") << QStringLiteral("overlimit");
    }

    void faultsAreSurvived()
    {
        QFETCH(QString, fault);
        PiWebApiTestServer server(options());
        server.addUnit(QStringLiteral("PCFS"), QStringLiteral("K-16-01"), 10, 60'000);
        server.setNow(Now);
        QVERIFY(server.listen());
        // Over the limit: the client believes the server allows twice what it does.
        Fixture f(server, 10 * Day, fault == u"overlimit" ? 100000 : 20000);
        f.unit.unitId = QStringLiteral("K-16-01");
        QVERIFY(f.open());
        if (fault == u"webexception")
            server.injectWebException(2);
        else if (fault == u"503")
            server.injectStatus(503, 2);
        else if (fault == u"429")
            server.injectStatus(429, 1);
        else if (fault == u"drop")
            server.injectDrop(2);
        PiWebApiSource source(f.unit);
        const FetchResult r = fetchAt(source, f.store, Now);
        QVERIFY2(r.ok, qPrintable(r.error));
        compareWithTruth(server, f.store, Now - 10 * Day, Now);
    }

    /** mode: interpolated: a value every interval on a grid of whole steps, the same values a
     *  single-stream interpolated read gives, then only the new steps. */
    void interpolatedMode()
    {
        PiWebApiTestServer server(options());
        server.addUnit(QStringLiteral("PCFS"), QStringLiteral("C-104"), 5, 60'000);
        server.setNow(Now + 123'456); // off the grid
        QVERIFY(server.listen());
        Fixture f(server, 2 * Day, 20000);
        f.unit.unitId = QStringLiteral("C-104");
        f.unit.source.interpolated = true;
        f.unit.source.interval = std::chrono::minutes(6);
        QVERIFY(f.open());
        PiWebApiSource source(f.unit);
        const qint64 step = 6 * 60'000;
        for (const qint64 at : {Now + 123'456, Now + 123'456 + 50 * 60'000}) {
            server.setNow(at);
            const FetchResult r = fetchAt(source, f.store, at);
            QVERIFY2(r.ok, qPrintable(r.error));
            const qint64 first = ((Now + 123'456 - 2 * Day) / step + 1) * step;
            const qint64 last = at / step * step;
            for (const tptest::PiTestPoint &p : server.points()) {
                const auto stored = f.store.readRange(*f.store.tagId(p.name), 0, std::numeric_limits<qint64>::max());
                QVERIFY(stored);
                QCOMPARE(stored->size(), (last - first) / step + 1);
                for (qsizetype i = 0; i < stored->size(); ++i)
                    QCOMPARE(stored->at(i).ts, first + i * step);
            }
        }
        // The values are the server's: one tag read directly over the same window.
        const QString name = server.points().at(1).name;
        QNetworkAccessManager network;
        QUrl url = server.baseUrl();
        url.setPath(url.path() + QStringLiteral("/streams/%1/interpolated").arg(server.webIdOf(name)));
        QUrlQuery q;
        const qint64 first = ((Now + 123'456 - 2 * Day) / step + 1) * step;
        q.addQueryItem(QStringLiteral("startTime"), QString::fromLatin1(formatPiTimestamp(first)));
        q.addQueryItem(QStringLiteral("endTime"), QString::fromLatin1(formatPiTimestamp(first + 99 * step)));
        q.addQueryItem(QStringLiteral("interval"), QStringLiteral("6m"));
        url.setQuery(q);
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QTRY_VERIFY(reply->isFinished());
        const QJsonArray items = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("Items")).toArray();
        QCOMPARE(items.size(), 100);
        const auto stored = f.store.readRange(*f.store.tagId(name), first, first + 100 * step);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 100);
        for (qsizetype i = 0; i < 100; ++i) {
            const QJsonValue v = items.at(i).toObject().value(QStringLiteral("Value"));
            if (v.isDouble())
                QCOMPARE(stored->at(i).value, v.toDouble());
            else
                QCOMPARE(f.store.qualityName(stored->at(i).quality), v.toObject().value(QStringLiteral("Name")).toString());
        }
        reply->deleteLater();
    }

    /** auth: bearer: a token from the identity provider (client credentials), then the data;
     *  a wrong client secret is named as the identity provider's refusal. */
    void bearerToken()
    {
        PiWebApiTestServer::Options o = options();
        o.clientId = "turbopredict";
        o.clientSecret = "client+secret/=";
        PiWebApiTestServer server(o);
        server.addUnit(QStringLiteral("PCMSB"), QStringLiteral("C-201"), 6, 60'000);
        server.setNow(Now);
        QVERIFY(server.listen());
        for (const QByteArray &secret : {QByteArray("client+secret/="), QByteArray("wrong")}) {
            Fixture f(server, 10 * Day, 20000);
            f.unit.unitId = QStringLiteral("C-201");
            f.unit.source.piAuth = PiAuth::Bearer;
            QUrl token = server.baseUrl();
            token.setPath(QStringLiteral("/connect/token"));
            f.unit.source.tokenUrl = token.toString();
            f.unit.source.clientId = QStringLiteral("turbopredict");
            f.unit.source.clientSecretFile = f.dir.filePath(QStringLiteral("client-secret"));
            QFile file(f.unit.source.clientSecretFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(secret);
            file.close();
            QVERIFY(f.open());
            PiWebApiSource source(f.unit);
            const FetchResult r = fetchAt(source, f.store, Now);
            if (secret == "wrong") {
                QVERIFY(!r.ok);
                QVERIFY2(r.error.contains(u"refused the client credentials") && r.error.contains(u"/connect/token"), qPrintable(r.error));
                QVERIFY(!r.error.contains(u"wrong"));
            } else {
                QVERIFY2(r.ok, qPrintable(r.error));
                compareWithTruth(server, f.store, Now - 10 * Day, Now);
            }
        }
    }

    void missingTagIsAWarning()
    {
        PiWebApiTestServer server(options());
        server.addUnit(QStringLiteral("PCFS"), QStringLiteral("K-19-01"), 6, 60'000);
        server.setNow(Now);
        QVERIFY(server.listen());
        Fixture f(server, 2 * Day, 20000);
        TagConfig renamed;
        renamed.name = QStringLiteral("PCFS.K-19-01.19TI-999.PV");
        f.unit.tags.append(renamed);
        QVERIFY(f.open());
        PiWebApiSource source(f.unit);
        const FetchResult r = fetchAt(source, f.store, Now);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().contains(renamed.name));
        QVERIFY(r.valuesStored > 0);
    }

    void failuresAreNamed_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("unreachable");
        QTest::newRow("wrong password") << QStringLiteral("password") << QStringLiteral("refused the credentials (HTTP 401)") << false;
        QTest::newRow("unknown data server") << QStringLiteral("dataserver") << QStringLiteral("no data server named PISRV99 (the server has PISRV01)") << false;
        QTest::newRow("unreachable") << QStringLiteral("unreachable") << QStringLiteral("cannot be reached") << true;
        QTest::newRow("untrusted certificate") << QStringLiteral("tls") << QStringLiteral("certificate is not trusted") << false;
        QTest::newRow("server down") << QStringLiteral("down") << QStringLiteral("127.0.0.1") << true;
    }

    void failuresAreNamed()
    {
        QFETCH(QString, failure);
        QFETCH(QString, expected);
        QFETCH(bool, unreachable);
        QTemporaryDir certDir;
        PiWebApiTestServer::Options o = options();
        const QByteArray secret = "s3cret-Pa55";
        o.user = "PLANT\\svc-reader";
        o.password = secret;
        if (failure == u"tls") {
            const QString cert = makeCertificate(certDir.path());
            QVERIFY2(!cert.isEmpty(), "openssl makes the test certificate (scripts/test.sh installs it)");
            o.tlsCertFile = cert;
            o.tlsKeyFile = certDir.filePath(QStringLiteral("key.pem"));
        }
        PiWebApiTestServer server(o);
        server.addUnit(QStringLiteral("PCFS"), QStringLiteral("K-31-01"), 4, 60'000);
        server.setNow(Now);
        QVERIFY(server.listen());
        Fixture f(server, Day, 20000);
        f.unit.unitId = QStringLiteral("K-31-01");
        f.unit.source.piAuth = PiAuth::Basic;
        f.unit.source.piUser = QString::fromLatin1(o.user);
        const QString passwordFile = f.dir.filePath(QStringLiteral("pi-password"));
        {
            QFile pf(passwordFile);
            QVERIFY(pf.open(QIODevice::WriteOnly));
            pf.write(failure == u"password" ? QByteArray("wrong-Pa55") : secret);
        }
        f.unit.source.passwordFile = passwordFile;
        if (failure == u"dataserver")
            f.unit.source.dataServer = QStringLiteral("PISRV99");
        if (failure == u"unreachable") {
            QUrl url = server.baseUrl();
            url.setPort(1); // nothing listens there
            f.unit.source.url = url.toString();
        }
        if (failure == u"down")
            server.setDown(true);
        QVERIFY(f.open());
        PiWebApiSource source(f.unit);
        const FetchResult r = fetchAt(source, f.store, Now);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("127.0.0.1")), qPrintable(r.error));
        QCOMPARE(r.unreachable, unreachable);
        QVERIFY(!r.error.contains(QString::fromLatin1(secret)));
        QVERIFY(!r.error.contains(QStringLiteral("wrong-Pa55")));

        if (failure == u"tls") {
            // Trusting the test CA, the same unit reads.
            f.unit.source.caFile = certDir.filePath(QStringLiteral("cert.pem"));
            PiWebApiSource trusted(f.unit);
            const FetchResult ok = fetchAt(trusted, f.store, Now);
            QVERIFY2(ok.ok, qPrintable(ok.error));
            QVERIFY(ok.valuesStored > 0);
        }
        if (failure == u"down") {
            // The server comes back: the same source recovers by itself.
            server.setDown(false);
            const FetchResult ok = fetchAt(source, f.store, Now);
            QVERIFY2(ok.ok, qPrintable(ok.error));
            QVERIFY(ok.valuesStored > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestPiWebApiSource)
#include "tst_piwebapisource.moc"
