// The PI Web API test server checked against the contract (PIWEBAPI.md) over loopback HTTP, so
// that a client's tests against it prove something.

#include "piwebapitestserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTimeZone>

#include <memory>

using namespace tptest;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

/** "2026-02-10T00:06:57.1230000Z" -> ms; -1 unless it is UTC with at most 7 digits, whole ms. */
qint64 parseTimestamp(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d{7}))?Z$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const QDateTime base = QDateTime::fromString(m.captured(1) + QLatin1Char('Z'), Qt::ISODate);
    const qint64 ticks = m.captured(2).isEmpty() ? 0 : m.captured(2).toLongLong();
    if (ticks % 10000 != 0)
        return -1;
    return base.toMSecsSinceEpoch() + ticks / 10000;
}

QString isoZ(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

using Query = QList<std::pair<QString, QString>>;

const char kPlant[] = "PCFS";
const char kUnit[] = "K-12-01";
const QString kRun = QStringLiteral("PCFS.K-12-01.RUN-STATUS.PV");      // Digital, every 5 min
const QString kSpeed = QStringLiteral("PCFS.K-12-01.12SI-401.PV");      // whole-second jitter
const QString kFlow = QStringLiteral("PCFS.K-12-01.12FI-402.PV");       // millisecond times
const QString kPressure = QStringLiteral("PCFS.K-12-01.12PI-403.PV");   // regular
const QString kBearing = QStringLiteral("PCFS.K-12-01.12TIA-407A.PV");  // whole-second jitter
const QString kLevel = QStringLiteral("PCFS.K-12-01.12LI-415.PV");      // Int32

} // namespace

class TestPiWebApiTestServer : public QObject
{
    Q_OBJECT

    const qint64 m_start = utc("2026-02-01T00:00:00Z");
    const qint64 m_now = utc("2026-03-01T12:00:00Z");
    std::unique_ptr<PiWebApiTestServer> m_server;
    QNetworkAccessManager m_network;

    static PiWebApiTestServer::Options baseOptions(qint64 start)
    {
        PiWebApiTestServer::Options o;
        o.dataStart = start;
        return o;
    }

    std::unique_ptr<PiWebApiTestServer> makeServer(PiWebApiTestServer::Options o)
    {
        auto server = std::make_unique<PiWebApiTestServer>(std::move(o));
        server->addUnit(QString::fromLatin1(kPlant), QString::fromLatin1(kUnit), 25, 60000);
        server->setNow(m_now);
        if (!server->listen())
            return nullptr;
        return server;
    }

    /** base + path + ?query with every value percent-encoded ('+' as %2B). */
    static QUrl url(const PiWebApiTestServer &server, const QString &path, const Query &query = {})
    {
        QByteArray text = server.baseUrl().toEncoded();
        if (!path.isEmpty())
            text += '/' + path.toUtf8();
        for (qsizetype i = 0; i < query.size(); ++i) {
            text += (i == 0 ? '?' : '&') + QUrl::toPercentEncoding(query[i].first) + '='
                + QUrl::toPercentEncoding(query[i].second);
        }
        return QUrl::fromEncoded(text);
    }
    QUrl url(const QString &path, const Query &query = {}) const { return url(*m_server, path, query); }

    Reply send(const QByteArray &method, const QUrl &target, const QByteArray &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {}, QNetworkAccessManager *network = nullptr)
    {
        QNetworkRequest request(target);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = (network ? network : &m_network)->sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }
    Reply get(const QUrl &target, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", target, {}, headers);
    }

    QString webId(const QString &name) const { return m_server->webIdOf(name); }

    /** What a recorded call returned, as the truth's type (states, flags, values). */
    static QList<PiTestValue> toValues(const QJsonArray &items)
    {
        QList<PiTestValue> out;
        for (const QJsonValue &item : items) {
            const QJsonObject o = item.toObject();
            PiTestValue v;
            v.ms = parseTimestamp(o.value(QStringLiteral("Timestamp")).toString());
            const QJsonValue value = o.value(QStringLiteral("Value"));
            if (value.isObject()) {
                v.isState = true;
                v.stateName = value[QStringLiteral("Name")].toString();
                v.stateValue = value[QStringLiteral("Value")].toInt();
                v.isSystem = value[QStringLiteral("IsSystem")].toBool();
            } else if (value.isString()) {
                v.text = value.toString();
            } else {
                v.value = value.toDouble();
            }
            v.good = o.value(QStringLiteral("Good")).toBool();
            v.questionable = o.value(QStringLiteral("Questionable")).toBool();
            v.substituted = o.value(QStringLiteral("Substituted")).toBool();
            out.append(v);
        }
        return out;
    }

    static bool sameValues(const QList<PiTestValue> &a, const QList<PiTestValue> &b, QString *why)
    {
        if (a.size() != b.size()) {
            *why = QStringLiteral("%1 values, expected %2").arg(a.size()).arg(b.size());
            return false;
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            const PiTestValue &x = a[i], &y = b[i];
            if (x.ms != y.ms || x.isState != y.isState || x.stateName != y.stateName
                || x.stateValue != y.stateValue || x.isSystem != y.isSystem || x.value != y.value
                || x.text != y.text || x.good != y.good || x.questionable != y.questionable
                || x.substituted != y.substituted) {
                *why = QStringLiteral("value %1 differs: %2 %3 %4 vs %5 %6 %7")
                           .arg(i).arg(isoZ(x.ms)).arg(x.value, 0, 'g', 17).arg(x.stateName)
                           .arg(isoZ(y.ms)).arg(y.value, 0, 'g', 17).arg(y.stateName);
                return false;
            }
        }
        return true;
    }

    /** One HTTP exchange on a raw socket (headers as sent, several requests at once). */
    /** Writes @p bytes (ending with a Connection: close request) and reads until the server closes. */
    static QByteArray rawExchange(quint16 port, const QByteArray &bytes, bool *closed = nullptr)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(bytes);
        QByteArray in;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 5000 && socket.state() == QAbstractSocket::ConnectedState) {
            if (socket.waitForReadyRead(100))
                in += socket.readAll();
        }
        in += socket.readAll();
        if (closed)
            *closed = socket.state() != QAbstractSocket::ConnectedState;
        return in;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = makeServer(baseOptions(m_start));
        QVERIFY(m_server);
        QCOMPARE(m_server->points().size(), qsizetype(25));
        QVERIFY(!webId(kRun).isEmpty());
        QCOMPARE(m_server->baseUrl().toString(),
                 QStringLiteral("http://127.0.0.1:%1/piwebapi").arg(m_server->port()));
    }

    void rootAndDataServers()
    {
        const Reply root = get(url(QString()));
        QCOMPARE(root.status, 200);
        const QJsonObject links = root.json().value(QStringLiteral("Links")).toObject();
        for (const char *k : {"Self", "DataServers", "AssetServers", "Search", "System"})
            QVERIFY2(links.contains(QLatin1String(k)), k);

        const Reply list = get(url(QStringLiteral("dataservers")));
        QCOMPARE(list.status, 200);
        const QJsonArray servers = list.json().value(QStringLiteral("Items")).toArray();
        QCOMPARE(servers.size(), 1);
        const QJsonObject server = servers[0].toObject();
        QCOMPARE(server.value(QStringLiteral("Name")).toString(), QStringLiteral("PISRV01"));
        QCOMPARE(server.value(QStringLiteral("Path")).toString(), QStringLiteral("\\\\PISRV01"));
        QVERIFY(server.value(QStringLiteral("IsConnected")).toBool());
        QVERIFY(list.json().contains(QStringLiteral("Links")));

        const Reply byName = get(url(QStringLiteral("dataservers"), {{QStringLiteral("name"), QStringLiteral("pisrv01")}}));
        QCOMPARE(byName.status, 200);
        QCOMPARE(byName.json().value(QStringLiteral("WebId")), server.value(QStringLiteral("WebId")));
        const Reply byPath = get(url(QStringLiteral("dataservers"), {{QStringLiteral("path"), QStringLiteral("\\\\PISRV01")}}));
        QCOMPARE(byPath.status, 200);
        const Reply unknown = get(url(QStringLiteral("dataservers"), {{QStringLiteral("name"), QStringLiteral("NOPE")}}));
        QCOMPARE(unknown.status, 404);
        QVERIFY(!unknown.json().value(QStringLiteral("Errors")).toArray().isEmpty());
        QCOMPARE(get(url(QStringLiteral("no/such/thing"))).status, 404);
    }

    void pointPaging()
    {
        const Reply servers = get(url(QStringLiteral("dataservers")));
        const QString ds = servers.json()[QStringLiteral("Items")][0][QStringLiteral("WebId")].toString();
        QStringList names;
        QList<int> pages;
        for (int start = 0;; start += 10) {
            const Reply page = get(url(QStringLiteral("dataservers/%1/points").arg(ds),
                                       {{QStringLiteral("nameFilter"), QStringLiteral("pcfs.K-12-01.*")},
                                        {QStringLiteral("startIndex"), QString::number(start)},
                                        {QStringLiteral("maxCount"), QStringLiteral("10")}}));
            QCOMPARE(page.status, 200);
            const QJsonArray items = page.json().value(QStringLiteral("Items")).toArray();
            pages << int(items.size());
            for (const QJsonValue &item : items) {
                const QJsonObject p = item.toObject();
                names << p.value(QStringLiteral("Name")).toString();
                for (const char *k : {"WebId", "Id", "Path", "Descriptor", "PointClass", "PointType", "DigitalSetName",
                                      "EngineeringUnits", "Span", "Zero", "Step", "Future", "Links"})
                    QVERIFY2(p.contains(QLatin1String(k)), k);
                QCOMPARE(p.value(QStringLiteral("PointClass")).toString(), QStringLiteral("classic"));
                QCOMPARE(p.value(QStringLiteral("Path")).toString(),
                         QStringLiteral("\\\\PISRV01\\") + p.value(QStringLiteral("Name")).toString());
                // Opaque: no readable name inside.
                QVERIFY(!p.value(QStringLiteral("WebId")).toString().contains(QLatin1String("K-12")));
            }
            if (items.size() < 10)
                break;
        }
        QCOMPARE(pages, QList<int>({10, 10, 5}));
        QCOMPARE(names.size(), 25);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(names, sorted);
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 25);

        // Default maxCount (1000), '?' wildcards, a filter matching nothing.
        const Reply all = get(url(QStringLiteral("dataservers/%1/points").arg(ds)));
        QCOMPARE(all.json().value(QStringLiteral("Items")).toArray().size(), 25);
        const Reply question = get(url(QStringLiteral("dataservers/%1/points").arg(ds),
                                       {{QStringLiteral("nameFilter"), QStringLiteral("*.12?I-40?.PV")}}));
        QCOMPARE(question.json().value(QStringLiteral("Items")).toArray().size(), 6); // 12SI-401 ... 12TI-406
        const Reply none = get(url(QStringLiteral("dataservers/%1/points").arg(ds),
                                   {{QStringLiteral("nameFilter"), QStringLiteral("PCFS.K-99*")}}));
        QCOMPARE(none.status, 200);
        QVERIFY(none.json().value(QStringLiteral("Items")).toArray().isEmpty());
    }

    void pointLookups()
    {
        const Reply run = get(url(QStringLiteral("points"), {{QStringLiteral("path"), QStringLiteral("\\\\PISRV01\\") + kRun.toLower()}}));
        QCOMPARE(run.status, 200);
        QCOMPARE(run.json().value(QStringLiteral("Name")).toString(), kRun);
        QCOMPARE(run.json().value(QStringLiteral("PointType")).toString(), QStringLiteral("Digital"));
        QCOMPARE(run.json().value(QStringLiteral("DigitalSetName")).toString(), QStringLiteral("RunStatus"));
        const QString id = run.json().value(QStringLiteral("WebId")).toString();
        QCOMPARE(id, webId(kRun));

        const Reply byId = get(url(QStringLiteral("points/") + id));
        QCOMPARE(byId.status, 200);
        QCOMPARE(byId.json().value(QStringLiteral("Name")).toString(), kRun);
        // WebIds are case-sensitive.
        const Reply lower = get(url(QStringLiteral("points/") + id.toLower()));
        QCOMPARE(lower.status, 404);
        QVERIFY(!lower.json().value(QStringLiteral("Errors")).toArray().isEmpty());

        const Reply unknown = get(url(QStringLiteral("points"), {{QStringLiteral("path"), QStringLiteral("\\\\PISRV01\\NO.SUCH.TAG")}}));
        QCOMPARE(unknown.status, 404);
        QVERIFY(!unknown.json().value(QStringLiteral("Errors")).toArray().isEmpty());

        const Reply speed = get(url(QStringLiteral("points"), {{QStringLiteral("path"), QStringLiteral("\\\\PISRV01\\") + kSpeed}}));
        QCOMPARE(speed.json().value(QStringLiteral("EngineeringUnits")).toString(), QStringLiteral("rpm"));
        QCOMPARE(speed.json().value(QStringLiteral("PointType")).toString(), QStringLiteral("Float32"));
    }

    void pointsMultiple()
    {
        const Query query = {{QStringLiteral("path"), QStringLiteral("\\\\PISRV01\\") + kSpeed},
                             {QStringLiteral("path"), QStringLiteral("\\\\PISRV01\\PCFS.K-12-01.NOPE.PV")},
                             {QStringLiteral("path"), QStringLiteral("\\\\PISRV01\\") + kFlow}};
        const Reply r = get(url(QStringLiteral("points/multiple"), query));
        QCOMPARE(r.status, 207);
        const QJsonArray items = r.json().value(QStringLiteral("Items")).toArray();
        QCOMPARE(items.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject item = items[i].toObject();
            QCOMPARE(item.value(QStringLiteral("Identifier")).toString(), query[i].second);
            QCOMPARE(item.value(QStringLiteral("IdentifierType")).toString(), QStringLiteral("Path"));
        }
        QCOMPARE(items[0][QStringLiteral("Object")][QStringLiteral("Name")].toString(), kSpeed);
        QVERIFY(items[0][QStringLiteral("Exception")].isNull());
        QVERIFY(!items[1].toObject().contains(QStringLiteral("Object")));
        QVERIFY(!items[1][QStringLiteral("Exception")][QStringLiteral("Errors")].toArray().isEmpty());
        QCOMPARE(items[2][QStringLiteral("Object")][QStringLiteral("WebId")].toString(), webId(kFlow));

        const Reply ok = get(url(QStringLiteral("points/multiple"), {query[0], query[2]}));
        QCOMPARE(ok.status, 200);
    }

    void recordedMatchesTruth_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        const qint64 day = 86'400'000;
        QTest::newRow("bearing 6h") << kBearing << m_start + 10 * day << m_start + 10 * day + 6 * 3'600'000;
        QTest::newRow("flow ms times") << kFlow << m_start + 3 * day + 12345 << m_start + 3 * day + 12 * 3'600'000 + 987;
        QTest::newRow("regular pressure") << kPressure << m_start + 5 * day << m_start + 5 * day + 3'600'000;
        QTest::newRow("run status 2d") << kRun << m_start + 20 * day << m_start + 22 * day;
        QTest::newRow("Int32 level") << kLevel << m_start + day << m_start + day + 7'200'000;
        QTest::newRow("from before data") << kSpeed << m_start - day << m_start + 600'000;
        QTest::newRow("past now") << kSpeed << m_now - 1'800'000 << m_now + day;
        QTest::newRow("before data only") << kSpeed << m_start - 2 * day << m_start - day;
    }
    void recordedMatchesTruth()
    {
        QFETCH(QString, point);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        const QList<PiTestValue> truth = m_server->recordedTruth(point, from, to);
        QCOMPARE(m_server->recordedCount(point, from, to), qint64(truth.size()));
        const Reply r = get(url(QStringLiteral("streams/%1/recorded").arg(webId(point)),
                                {{QStringLiteral("startTime"), isoZ(from)},
                                 {QStringLiteral("endTime"), isoZ(to)},
                                 {QStringLiteral("maxCount"), QStringLiteral("150000")}}));
        QCOMPARE(r.status, 200);
        const QJsonObject json = r.json();
        QVERIFY(json.contains(QStringLiteral("Links")));
        QVERIFY(json.contains(QStringLiteral("UnitsAbbreviation")));
        const QList<PiTestValue> got = toValues(json.value(QStringLiteral("Items")).toArray());
        QString why;
        QVERIFY2(sameValues(got, truth, &why), qPrintable(why));
        for (const PiTestValue &v : truth)
            QVERIFY(v.ms >= from && v.ms <= to && v.ms <= m_now && v.ms >= m_start);

        // Both ends are inclusive: a window exactly from one sample to another keeps both.
        if (truth.size() >= 3) {
            const qint64 a = truth[1].ms, b = truth[truth.size() - 2].ms;
            const Reply exact = get(url(QStringLiteral("streams/%1/recorded").arg(webId(point)),
                                        {{QStringLiteral("startTime"), isoZ(a)}, {QStringLiteral("endTime"), isoZ(b)},
                                         {QStringLiteral("maxCount"), QStringLiteral("150000")}}));
            const QList<PiTestValue> inner = toValues(exact.json().value(QStringLiteral("Items")).toArray());
            QCOMPARE(inner.size(), truth.size() - 2);
            QCOMPARE(inner.first().ms, a);
            QCOMPARE(inner.last().ms, b);
        }
    }

    void truncationAndLimits()
    {
        const qint64 from = m_start + 86'400'000, to = from + 2 * 86'400'000;
        const QList<PiTestValue> truth = m_server->recordedTruth(kBearing, from, to);
        QVERIFY(truth.size() > 2000);
        const Reply r = get(url(QStringLiteral("streams/%1/recorded").arg(webId(kBearing)),
                                {{QStringLiteral("startTime"), isoZ(from)}, {QStringLiteral("endTime"), isoZ(to)},
                                 {QStringLiteral("maxCount"), QStringLiteral("777")}}));
        QCOMPARE(r.status, 200);
        const QList<PiTestValue> got = toValues(r.json().value(QStringLiteral("Items")).toArray());
        QString why;
        QVERIFY2(sameValues(got, truth.mid(0, 777), &why), qPrintable(why));
        // The default maxCount is 1000.
        const Reply byDefault = get(url(QStringLiteral("streams/%1/recorded").arg(webId(kBearing)),
                                        {{QStringLiteral("startTime"), isoZ(from)}, {QStringLiteral("endTime"), isoZ(to)}}));
        QCOMPARE(byDefault.json().value(QStringLiteral("Items")).toArray().size(), 1000);

        const QByteArray overLimit = R"({"Errors":["Parameter 'maxCount' is greater than the maximum allowed (150000)."]})";
        const Reply over = get(url(QStringLiteral("streams/%1/recorded").arg(webId(kBearing)),
                                   {{QStringLiteral("maxCount"), QStringLiteral("150001")}}));
        QCOMPARE(over.status, 400);
        QCOMPARE(over.body, overLimit);
        // Stream sets: maxCount × streams counts against the limit.
        const Reply setOver = get(url(QStringLiteral("streamsets/recorded"),
                                      {{QStringLiteral("webId"), webId(kBearing)}, {QStringLiteral("webId"), webId(kSpeed)},
                                       {QStringLiteral("maxCount"), QStringLiteral("75001")}}));
        QCOMPARE(setOver.status, 400);
        QCOMPARE(setOver.body, overLimit);
        const Reply setOk = get(url(QStringLiteral("streamsets/recorded"),
                                    {{QStringLiteral("webId"), webId(kBearing)}, {QStringLiteral("webId"), webId(kSpeed)},
                                     {QStringLiteral("maxCount"), QStringLiteral("75000")}}));
        QCOMPARE(setOk.status, 200);

        // The number is the configured limit.
        auto small = std::make_unique<PiWebApiTestServer>([&] {
            auto o = baseOptions(m_start);
            o.maxItemsPerCall = 5000;
            return o;
        }());
        small->addUnit(QStringLiteral("PCFS"), QStringLiteral("K-16-01"), 3, 60000);
        QVERIFY(small->listen());
        const Reply smallOver = get(url(*small, QStringLiteral("streams/%1/recorded").arg(small->webIdOf(QStringLiteral("PCFS.K-16-01.RUN-STATUS.PV"))),
                                        {{QStringLiteral("maxCount"), QStringLiteral("5001")}}));
        QCOMPARE(smallOver.status, 400);
        QCOMPARE(smallOver.body, QByteArray(R"({"Errors":["Parameter 'maxCount' is greater than the maximum allowed (5000)."]})"));
    }

    void descending()
    {
        const qint64 from = m_start + 7 * 86'400'000, to = from + 3'600'000;
        QList<PiTestValue> truth = m_server->recordedTruth(kFlow, from, to);
        std::reverse(truth.begin(), truth.end());
        const Reply r = get(url(QStringLiteral("streams/%1/recorded").arg(webId(kFlow)),
                                {{QStringLiteral("startTime"), isoZ(to)}, {QStringLiteral("endTime"), isoZ(from)}}));
        QCOMPARE(r.status, 200);
        QString why;
        QVERIFY2(sameValues(toValues(r.json().value(QStringLiteral("Items")).toArray()), truth, &why), qPrintable(why));
        // Truncated from the newest end.
        const Reply cut = get(url(QStringLiteral("streams/%1/recorded").arg(webId(kFlow)),
                                  {{QStringLiteral("startTime"), isoZ(to)}, {QStringLiteral("endTime"), isoZ(from)},
                                   {QStringLiteral("maxCount"), QStringLiteral("5")}}));
        QVERIFY2(sameValues(toValues(cut.json().value(QStringLiteral("Items")).toArray()), truth.mid(0, 5), &why), qPrintable(why));
    }

    void timeStrings()
    {
        const QString stream = QStringLiteral("streams/%1/recorded").arg(webId(kBearing));
        auto items = [&](const QString &start, const QString &end) {
            const Reply r = get(url(stream, {{QStringLiteral("startTime"), start}, {QStringLiteral("endTime"), end},
                                             {QStringLiteral("selectedFields"), QStringLiteral("Items.Timestamp")}}));
            return r.status == 200 ? r.body : QByteArray::number(r.status) + r.body;
        };
        // Zoneless: the server's zone (Asia/Kuala_Lumpur, UTC+8).
        const QByteArray utcWindow = items(QStringLiteral("2026-02-10T00:00:00Z"), QStringLiteral("2026-02-10T01:00:00Z"));
        QVERIFY(utcWindow.startsWith("{\"Items\":[{"));
        QCOMPARE(items(QStringLiteral("2026-02-10T08:00:00"), QStringLiteral("2026-02-10T09:00:00")), utcWindow);
        QCOMPARE(items(QStringLiteral("2026-02-10 08:00:00"), QStringLiteral("2026-02-10T09:00:00.0000000")), utcWindow);
        QCOMPARE(items(QStringLiteral("2026-02-10T08:00:00+08:00"), QStringLiteral("2026-02-10T01:00:00.000Z")), utcWindow);
        QCOMPARE(items(QStringLiteral("2026-02-09T19:00:00-05:00"), QStringLiteral("2026-02-10T00:00:00Z+1h")), utcWindow);
        // The request's timeZone parameter overrides the server's zone.
        const Reply inUtc = get(url(stream, {{QStringLiteral("startTime"), QStringLiteral("2026-02-10T00:00:00")},
                                             {QStringLiteral("endTime"), QStringLiteral("2026-02-10T01:00:00")},
                                             {QStringLiteral("timeZone"), QStringLiteral("UTC")},
                                             {QStringLiteral("selectedFields"), QStringLiteral("Items.Timestamp")}}));
        QCOMPARE(inUtc.body, utcWindow);
        // Relative to now (2026-03-01T12:00Z): *, *-2h, a relative end counted from the start.
        QCOMPARE(items(QStringLiteral("*-2h"), QStringLiteral("*-1h")),
                 items(QStringLiteral("2026-03-01T10:00:00Z"), QStringLiteral("2026-03-01T11:00:00Z")));
        QCOMPARE(items(QStringLiteral("*-20d"), QStringLiteral("+1h")),
                 items(QStringLiteral("2026-02-09T12:00:00Z"), QStringLiteral("2026-02-09T13:00:00Z")));
        QCOMPARE(items(QStringLiteral("*-1w"), QStringLiteral("*-6d-23h")),
                 items(QStringLiteral("2026-02-22T12:00:00Z"), QStringLiteral("2026-02-22T13:00:00Z")));
        QCOMPARE(items(QStringLiteral("*-90m"), QStringLiteral("*-3600s")),
                 items(QStringLiteral("2026-03-01T10:30:00Z"), QStringLiteral("2026-03-01T11:00:00Z")));
        // T and Y: midnight in the server's zone (16:00Z the day before).
        QCOMPARE(items(QStringLiteral("T"), QStringLiteral("T+1h")),
                 items(QStringLiteral("2026-02-28T16:00:00Z"), QStringLiteral("2026-02-28T17:00:00Z")));
        QCOMPARE(items(QStringLiteral("Y"), QStringLiteral("Y+1h")),
                 items(QStringLiteral("2026-02-27T16:00:00Z"), QStringLiteral("2026-02-27T17:00:00Z")));
        // Garbage: 400 with Errors.
        const Reply bad = get(url(stream, {{QStringLiteral("startTime"), QStringLiteral("yesterday-ish")}}));
        QCOMPARE(bad.status, 400);
        QVERIFY(!bad.json().value(QStringLiteral("Errors")).toArray().isEmpty());
        // An unencoded '+' is a space in a query (as on the real server): not a time.
        QByteArray raw = url(stream).toEncoded() + "?startTime=*-2h&endTime=*+1h";
        QCOMPARE(get(QUrl::fromEncoded(raw)).status, 400);
    }

    void fractionalTimestamps()
    {
        const QList<PiTestValue> truth = m_server->recordedTruth(kFlow, m_start + 86'400'000, m_start + 2 * 86'400'000);
        qint64 fractional = -1, whole = -1;
        for (const PiTestValue &v : truth) {
            if (v.ms % 1000 != 0 && fractional < 0)
                fractional = v.ms;
            if (v.ms % 1000 == 0 && whole < 0)
                whole = v.ms;
        }
        QVERIFY(fractional > 0 && whole > 0);
        const Reply r = get(url(QStringLiteral("streams/%1/recorded").arg(webId(kFlow)),
                                {{QStringLiteral("startTime"), isoZ(fractional)}, {QStringLiteral("endTime"), isoZ(fractional)}}));
        const QString expected = QDateTime::fromMSecsSinceEpoch(fractional, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz"))
            + QStringLiteral("0000Z");
        QCOMPARE(r.json()[QStringLiteral("Items")][0][QStringLiteral("Timestamp")].toString(), expected);
        const Reply w = get(url(QStringLiteral("streams/%1/recorded").arg(webId(kFlow)),
                                {{QStringLiteral("startTime"), isoZ(whole)}, {QStringLiteral("endTime"), isoZ(whole)}}));
        QCOMPARE(w.json()[QStringLiteral("Items")][0][QStringLiteral("Timestamp")].toString(),
                 QDateTime::fromMSecsSinceEpoch(whole, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")));
        // A start a fraction of a millisecond after a sample excludes it.
        const QString after = expected.left(expected.size() - 2) + QStringLiteral("1Z");
        const Reply later = get(url(QStringLiteral("streams/%1/recorded").arg(webId(kFlow)),
                                    {{QStringLiteral("startTime"), after}, {QStringLiteral("endTime"), isoZ(fractional + 1)}}));
        QCOMPARE(later.status, 200);
        QVERIFY(later.json().value(QStringLiteral("Items")).toArray().isEmpty());
    }

    void digitalAndSystemStates()
    {
        // The run-status point's own states: Good, IsSystem false.
        const QList<PiTestValue> run = m_server->recordedTruth(kRun, m_start, m_now);
        QVERIFY(std::any_of(run.begin(), run.end(), [](const PiTestValue &v) { return v.stateName == QLatin1String("Stopped"); }));
        QVERIFY(std::any_of(run.begin(), run.end(), [](const PiTestValue &v) { return v.stateName == QLatin1String("Running"); }));
        const Reply r = get(url(QStringLiteral("streams/%1/recorded").arg(webId(kRun)),
                                {{QStringLiteral("startTime"), isoZ(m_now - 3'600'000)}, {QStringLiteral("endTime"), isoZ(m_now)}}));
        for (const QJsonValue &item : r.json().value(QStringLiteral("Items")).toArray()) {
            const QJsonObject value = item[QStringLiteral("Value")].toObject();
            if (value.value(QStringLiteral("IsSystem")).toBool())
                continue;
            QVERIFY(value.value(QStringLiteral("Name")) == QStringLiteral("Running") || value.value(QStringLiteral("Name")) == QStringLiteral("Stopped"));
            QCOMPARE(value.value(QStringLiteral("Value")).toInt(), value.value(QStringLiteral("Name")) == QStringLiteral("Running") ? 0 : 1);
            QVERIFY(item[QStringLiteral("Good")].toBool());
        }
        // System states on an analog point: {"Name", "Value": code, "IsSystem": true}, Good false.
        const QList<PiTestValue> speed = m_server->recordedTruth(kSpeed, m_start + 1, m_now);
        const auto state = std::find_if(speed.begin(), speed.end(), [](const PiTestValue &v) {
            return v.isState && v.stateName != QLatin1String("Pt Created");
        });
        QVERIFY(state != speed.end());
        QVERIFY(state->isSystem && !state->good);
        const Reply s = get(url(QStringLiteral("streams/%1/recorded").arg(webId(kSpeed)),
                                {{QStringLiteral("startTime"), isoZ(state->ms)}, {QStringLiteral("endTime"), isoZ(state->ms)}}));
        const QJsonObject item = s.json()[QStringLiteral("Items")][0].toObject();
        QCOMPARE(item[QStringLiteral("Value")][QStringLiteral("Name")].toString(), state->stateName);
        QCOMPARE(item[QStringLiteral("Value")][QStringLiteral("Value")].toInt(), state->stateValue);
        QCOMPARE(item[QStringLiteral("Value")][QStringLiteral("IsSystem")].toBool(), true);
        QCOMPARE(item[QStringLiteral("Good")].toBool(), false);
        const QSet<QString> known = {QStringLiteral("I/O Timeout"), QStringLiteral("No Data"), QStringLiteral("Shutdown"),
                                     QStringLiteral("Bad Input"), QStringLiteral("Comm Fail")};
        QVERIFY(known.contains(state->stateName));
        // The first sample is "Pt Created"; questionable and substituted values exist.
        QCOMPARE(m_server->recordedTruth(kSpeed, m_start, m_start + 60000).first().stateName, QStringLiteral("Pt Created"));
        QVERIFY(std::any_of(speed.begin(), speed.end(), [](const PiTestValue &v) { return v.questionable && v.good; }));
        QVERIFY(std::any_of(speed.begin(), speed.end(), [](const PiTestValue &v) { return v.substituted; }));
        // A few per mille, in runs.
        const auto states = std::count_if(speed.begin(), speed.end(), [](const PiTestValue &v) { return v.isState; });
        QVERIFY2(states > 5 && states < speed.size() / 50, qPrintable(QString::number(states)));
    }

    void selectedFields()
    {
        const Reply r = get(url(QStringLiteral("streams/%1/recorded").arg(webId(kSpeed)),
                                {{QStringLiteral("startTime"), QStringLiteral("*-1h")},
                                 {QStringLiteral("selectedFields"), QStringLiteral("Items.Timestamp;Items.Value")}}));
        QCOMPARE(r.status, 200);
        const QJsonObject json = r.json();
        QCOMPARE(json.keys(), QStringList{QStringLiteral("Items")});
        const QJsonArray items = json.value(QStringLiteral("Items")).toArray();
        QVERIFY(items.size() > 30);
        for (const QJsonValue &item : items)
            QCOMPARE(item.toObject().keys(), QStringList({QStringLiteral("Timestamp"), QStringLiteral("Value")}));

        const Reply set = get(url(QStringLiteral("streamsets/recorded"),
                                  {{QStringLiteral("webId"), webId(kSpeed)}, {QStringLiteral("webId"), webId(kRun)},
                                   {QStringLiteral("startTime"), QStringLiteral("*-1h")},
                                   {QStringLiteral("selectedFields"), QStringLiteral("Items.WebId;Items.Items.Timestamp;Items.Items.Value")}}));
        QCOMPARE(set.status, 200);
        const QJsonArray streams = set.json().value(QStringLiteral("Items")).toArray();
        QCOMPARE(streams.size(), 2);
        QCOMPARE(streams[0].toObject().keys(), QStringList({QStringLiteral("Items"), QStringLiteral("WebId")}));
        QCOMPARE(streams[1][QStringLiteral("WebId")].toString(), webId(kRun));
        QCOMPARE(streams[1][QStringLiteral("Items")][0].toObject().keys(),
                 QStringList({QStringLiteral("Timestamp"), QStringLiteral("Value")}));
    }

    void streamSets()
    {
        const qint64 from = m_start + 12 * 86'400'000, to = from + 7'200'000;
        const QStringList names = {kSpeed, kRun, kFlow};
        Query query;
        for (const QString &n : names)
            query.append({QStringLiteral("webId"), webId(n)});
        query.append({QStringLiteral("startTime"), isoZ(from)});
        query.append({QStringLiteral("endTime"), isoZ(to)});
        const Reply r = get(url(QStringLiteral("streamsets/recorded"), query));
        QCOMPARE(r.status, 200);
        const QJsonArray streams = r.json().value(QStringLiteral("Items")).toArray();
        QCOMPARE(streams.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject s = streams[i].toObject();
            QCOMPARE(s.value(QStringLiteral("WebId")).toString(), webId(names[i]));
            QCOMPARE(s.value(QStringLiteral("Name")).toString(), names[i]);
            QCOMPARE(s.value(QStringLiteral("Path")).toString(), QStringLiteral("\\\\PISRV01\\") + names[i]);
            QVERIFY(s.contains(QStringLiteral("UnitsAbbreviation")) && s.contains(QStringLiteral("Links")));
            QString why;
            QVERIFY2(sameValues(toValues(s.value(QStringLiteral("Items")).toArray()),
                                m_server->recordedTruth(names[i], from, to), &why), qPrintable(why));
        }
        // maxCount per stream.
        Query capped = query;
        capped.append({QStringLiteral("maxCount"), QStringLiteral("7")});
        for (const QJsonValue &s : get(url(QStringLiteral("streamsets/recorded"), capped)).json().value(QStringLiteral("Items")).toArray())
            QCOMPARE(s[QStringLiteral("Items")].toArray().size(), 7);

        // An unknown webId: that item carries the Exception, the call answers 207.
        Query withUnknown = query;
        withUnknown.insert(1, {QStringLiteral("webId"), QStringLiteral("F1DPnot-a-point")});
        const Reply partial = get(url(QStringLiteral("streamsets/recorded"), withUnknown));
        QCOMPARE(partial.status, 207);
        const QJsonArray partialItems = partial.json().value(QStringLiteral("Items")).toArray();
        QCOMPARE(partialItems.size(), 4);
        QCOMPARE(partialItems[1][QStringLiteral("WebId")].toString(), QStringLiteral("F1DPnot-a-point"));
        QVERIFY(!partialItems[1][QStringLiteral("Exception")][QStringLiteral("Errors")].toArray().isEmpty());
        QVERIFY(partialItems[1][QStringLiteral("Items")].toArray().isEmpty());
        QCOMPARE(partialItems[2][QStringLiteral("Name")].toString(), kRun);

        // end and value: "Value" instead of "Items".
        const Reply end = get(url(QStringLiteral("streamsets/end"), query.mid(0, 3)));
        QCOMPARE(end.status, 200);
        const QJsonObject speedEnd = end.json()[QStringLiteral("Items")][0][QStringLiteral("Value")].toObject();
        QCOMPARE(parseTimestamp(speedEnd.value(QStringLiteral("Timestamp")).toString()),
                 m_server->recordedTruth(kSpeed, m_now - 600'000, m_now).last().ms);
        const Reply value = get(url(QStringLiteral("streamsets/value"),
                                    query.mid(0, 3) + Query{{QStringLiteral("time"), isoZ(from)}}));
        QCOMPARE(value.status, 200);
        QCOMPARE(parseTimestamp(value.json()[QStringLiteral("Items")][1][QStringLiteral("Value")][QStringLiteral("Timestamp")].toString()), from);

        // Interpolated: every stream on the same grid.
        const Reply interpolated = get(url(QStringLiteral("streamsets/interpolated"),
                                           query + Query{{QStringLiteral("interval"), QStringLiteral("6m")}}));
        QCOMPARE(interpolated.status, 200);
        for (const QJsonValue &s : interpolated.json().value(QStringLiteral("Items")).toArray())
            QCOMPARE(s[QStringLiteral("Items")].toArray().size(), 21);
        QCOMPARE(get(url(QStringLiteral("streamsets/recorded"))).status, 400);
    }

    void interpolatedAndPlot()
    {
        const qint64 from = m_start + 4 * 86'400'000 + 30'000, to = from + 3'600'000;
        const Reply r = get(url(QStringLiteral("streams/%1/interpolated").arg(webId(kBearing)),
                                {{QStringLiteral("startTime"), isoZ(from)}, {QStringLiteral("endTime"), isoZ(to)},
                                 {QStringLiteral("interval"), QStringLiteral("6m")}}));
        QCOMPARE(r.status, 200);
        const QList<PiTestValue> values = toValues(r.json().value(QStringLiteral("Items")).toArray());
        QCOMPARE(values.size(), qsizetype(11));
        const QList<PiTestValue> truth = m_server->recordedTruth(kBearing, from - 600'000, to + 600'000);
        for (int i = 0; i < values.size(); ++i) {
            QCOMPARE(values[i].ms, from + i * 360'000);
            // Between its recorded neighbours (numeric stretches).
            qsizetype k = 0;
            while (k + 1 < truth.size() && truth[k + 1].ms <= values[i].ms)
                ++k;
            if (values[i].isState || truth[k].isState || truth[k + 1].isState)
                continue;
            const double lo = std::min(truth[k].value, truth[k + 1].value), hi = std::max(truth[k].value, truth[k + 1].value);
            QVERIFY2(values[i].value >= lo - 1e-9 && values[i].value <= hi + 1e-9, qPrintable(QString::number(values[i].value)));
        }
        // Digital: the previous state.
        const Reply run = get(url(QStringLiteral("streams/%1/interpolated").arg(webId(kRun)),
                                  {{QStringLiteral("startTime"), isoZ(from)}, {QStringLiteral("endTime"), isoZ(to)},
                                   {QStringLiteral("interval"), QStringLiteral("30m")}}));
        for (const PiTestValue &v : toValues(run.json().value(QStringLiteral("Items")).toArray())) {
            const auto recorded = m_server->recordedTruth(kRun, v.ms - 600'000, v.ms);
            QCOMPARE(v.stateName, recorded.last().stateName);
        }
        // Plot: at most 5 values per interval plus the two ends, all recorded ones in between.
        const qint64 plotTo = from + 86'400'000;
        const Reply plot = get(url(QStringLiteral("streams/%1/plot").arg(webId(kBearing)),
                                   {{QStringLiteral("startTime"), isoZ(from)}, {QStringLiteral("endTime"), isoZ(plotTo)},
                                    {QStringLiteral("intervals"), QStringLiteral("20")}}));
        QCOMPARE(plot.status, 200);
        const QList<PiTestValue> plotted = toValues(plot.json().value(QStringLiteral("Items")).toArray());
        QVERIFY(plotted.size() > 40 && plotted.size() <= 102);
        const QList<PiTestValue> all = m_server->recordedTruth(kBearing, from, plotTo);
        QSet<qint64> times;
        for (const PiTestValue &v : all)
            times.insert(v.ms);
        for (qsizetype i = 1; i + 1 < plotted.size(); ++i) {
            QVERIFY(times.contains(plotted[i].ms));
            QVERIFY(plotted[i].ms > plotted[i - 1].ms);
        }
        // end and value
        const Reply end = get(url(QStringLiteral("streams/%1/end").arg(webId(kBearing))));
        QCOMPARE(parseTimestamp(end.json().value(QStringLiteral("Timestamp")).toString()),
                 m_server->recordedTruth(kBearing, m_now - 600'000, m_now).last().ms);
        const Reply at = get(url(QStringLiteral("streams/%1/value").arg(webId(kBearing)), {{QStringLiteral("time"), isoZ(from)}}));
        QCOMPARE(parseTimestamp(at.json().value(QStringLiteral("Timestamp")).toString()), from);
        QCOMPARE(at.json().value(QStringLiteral("Value")).toDouble(), values.first().value);
    }

    void boundaryTypes()
    {
        // Half a second past a whole second: no whole-second sample sits on either end.
        const qint64 from = m_start + 6 * 86'400'000 + 500, to = from + 600'000;
        const QList<PiTestValue> inside = m_server->recordedTruth(kBearing, from, to);
        QVERIFY(inside.size() >= 5);
        auto fetch = [&](const QString &boundary) {
            return toValues(get(url(QStringLiteral("streams/%1/recorded").arg(webId(kBearing)),
                                    {{QStringLiteral("startTime"), isoZ(from)}, {QStringLiteral("endTime"), isoZ(to)},
                                     {QStringLiteral("boundaryType"), boundary}}))
                                .json().value(QStringLiteral("Items")).toArray());
        };
        QString why;
        QVERIFY2(sameValues(fetch(QStringLiteral("Inside")), inside, &why), qPrintable(why));
        // Outside: the samples just before and after the range too.
        const QList<PiTestValue> outside = fetch(QStringLiteral("Outside"));
        const QList<PiTestValue> before = m_server->recordedTruth(kBearing, from - 600'000, from);
        const QList<PiTestValue> after = m_server->recordedTruth(kBearing, to, to + 600'000);
        QVERIFY2(sameValues(outside, QList<PiTestValue>{before.last()} + inside + QList<PiTestValue>{after.first()}, &why),
                 qPrintable(why));
        // Interpolated: values at both ends of the range.
        const QList<PiTestValue> interpolated = fetch(QStringLiteral("Interpolated"));
        QCOMPARE(interpolated.size(), inside.size() + 2);
        QCOMPARE(interpolated.first().ms, from);
        QCOMPARE(interpolated.last().ms, to);
        QVERIFY2(sameValues(interpolated.mid(1, inside.size()), inside, &why), qPrintable(why));
        // Stream-set plot: per stream at most 5 values an interval and the two ends.
        const Reply plot = get(url(QStringLiteral("streamsets/plot"),
                                   {{QStringLiteral("webId"), webId(kBearing)}, {QStringLiteral("webId"), webId(kRun)},
                                    {QStringLiteral("startTime"), isoZ(from)}, {QStringLiteral("endTime"), isoZ(from + 86'400'000)},
                                    {QStringLiteral("intervals"), QStringLiteral("10")}}));
        QCOMPARE(plot.status, 200);
        const QJsonArray streams = plot.json().value(QStringLiteral("Items")).toArray();
        QCOMPARE(streams.size(), 2);
        for (const QJsonValue &stream : streams) {
            const qsizetype n = stream[QStringLiteral("Items")].toArray().size();
            QVERIFY2(n >= 10 && n <= 52, qPrintable(QString::number(n)));
        }
    }

    void batch()
    {
        const QString recorded = url(QStringLiteral("streams/%1/recorded").arg(webId(kSpeed)),
                                     {{QStringLiteral("startTime"), QStringLiteral("*-1h")},
                                      {QStringLiteral("maxCount"), QStringLiteral("10")}}).toString(QUrl::FullyEncoded);
        const QJsonObject body{
            {QStringLiteral("A"), QJsonObject{{QStringLiteral("Method"), QStringLiteral("GET")},
                                              {QStringLiteral("Resource"), recorded},
                                              {QStringLiteral("Parameters"), QJsonArray()},
                                              {QStringLiteral("ParentIds"), QJsonArray()}}},
            {QStringLiteral("B"), QJsonObject{{QStringLiteral("Method"), QStringLiteral("GET")},
                                              {QStringLiteral("Resource"), QStringLiteral("streams/F1DPnope/recorded")}}},
            {QStringLiteral("C"), QJsonObject{{QStringLiteral("Method"), QStringLiteral("GET")},
                                              {QStringLiteral("Resource"), QString(QStringLiteral("points?path=%5C%5CPISRV01%5C") + kBearing)}}},
            {QStringLiteral("D"), QJsonObject{{QStringLiteral("Method"), QStringLiteral("GET")},
                                              {QStringLiteral("Resource"), QStringLiteral("streams/{0}/end")},
                                              {QStringLiteral("Parameters"), QJsonArray{QStringLiteral("$.C.Content.WebId")}},
                                              {QStringLiteral("ParentIds"), QJsonArray{QStringLiteral("C")}}}},
            {QStringLiteral("E"), QJsonObject{{QStringLiteral("Method"), QStringLiteral("GET")},
                                              {QStringLiteral("Resource"), QStringLiteral("streams/{0}/end")},
                                              {QStringLiteral("Parameters"), QJsonArray{QStringLiteral("$.B.Content.WebId")}},
                                              {QStringLiteral("ParentIds"), QJsonArray{QStringLiteral("B")}}}},
        };
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const Reply refused = send("POST", url(QStringLiteral("batch")), json);
        QCOMPARE(refused.status, 403);
        QVERIFY(!refused.json().value(QStringLiteral("Errors")).toArray().isEmpty());

        const Reply r = send("POST", url(QStringLiteral("batch")), json, {{"X-Requested-With", "XMLHttpRequest"}});
        QCOMPARE(r.status, 207);
        const QJsonObject answer = r.json();
        QCOMPARE(answer.keys(), QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                             QStringLiteral("D"), QStringLiteral("E")}));
        QCOMPARE(answer[QStringLiteral("A")][QStringLiteral("Status")].toInt(), 200);
        QCOMPARE(answer[QStringLiteral("A")][QStringLiteral("Headers")][QStringLiteral("Content-Type")].toString(),
                 QStringLiteral("application/json; charset=utf-8"));
        const Reply direct = get(QUrl::fromEncoded(recorded.toUtf8()));
        QCOMPARE(answer[QStringLiteral("A")][QStringLiteral("Content")].toObject(), direct.json());
        QCOMPARE(answer[QStringLiteral("A")][QStringLiteral("Content")][QStringLiteral("Items")].toArray().size(), 10);
        QCOMPARE(answer[QStringLiteral("B")][QStringLiteral("Status")].toInt(), 404);
        QVERIFY(!answer[QStringLiteral("B")][QStringLiteral("Content")][QStringLiteral("Errors")].toArray().isEmpty());
        QCOMPARE(answer[QStringLiteral("D")][QStringLiteral("Status")].toInt(), 200);
        QCOMPARE(answer[QStringLiteral("D")][QStringLiteral("Content")].toObject(),
                 get(url(QStringLiteral("streams/%1/end").arg(webId(kBearing)))).json());
        QCOMPARE(answer[QStringLiteral("E")][QStringLiteral("Status")].toInt(), 409);

        // RequestTemplate: one request per value of the parameter.
        const QJsonObject templated{
            {QStringLiteral("list"), QJsonObject{{QStringLiteral("Method"), QStringLiteral("GET")},
                                                 {QStringLiteral("Resource"), QString(QStringLiteral("points/multiple?path=%5C%5CPISRV01%5C") + kSpeed
                                                                                          + QStringLiteral("&path=%5C%5CPISRV01%5C") + kFlow)}}},
            {QStringLiteral("ends"), QJsonObject{{QStringLiteral("Method"), QStringLiteral("GET")},
                                                 {QStringLiteral("RequestTemplate"), QJsonObject{{QStringLiteral("Resource"), QStringLiteral("streams/{0}/end")}}},
                                                 {QStringLiteral("Parameters"), QJsonArray{QStringLiteral("$.list.Content.Items[*].Object.WebId")}},
                                                 {QStringLiteral("ParentIds"), QJsonArray{QStringLiteral("list")}}}}};
        const Reply t = send("POST", url(QStringLiteral("batch")), QJsonDocument(templated).toJson(),
                             {{"X-Requested-With", "XMLHttpRequest"}});
        QCOMPARE(t.status, 207);
        const QJsonArray ends = t.json()[QStringLiteral("ends")][QStringLiteral("Content")][QStringLiteral("Items")].toArray();
        QCOMPARE(ends.size(), 2);
        QCOMPARE(ends[1][QStringLiteral("Status")].toInt(), 200);
        QVERIFY(ends[1][QStringLiteral("Content")][QStringLiteral("Timestamp")].isString());

        QCOMPARE(send("POST", url(QStringLiteral("batch")), "not json", {{"X-Requested-With", "1"}}).status, 400);
        QCOMPARE(get(url(QStringLiteral("batch"))).status, 405);
    }

    void faults()
    {
        const QUrl recorded = url(QStringLiteral("streams/%1/recorded").arg(webId(kSpeed)),
                                  {{QStringLiteral("startTime"), QStringLiteral("*-2h")}});
        const Reply normal = get(recorded);
        const int full = int(normal.json().value(QStringLiteral("Items")).toArray().size());
        QVERIFY(full > 100);

        m_server->injectWebException();
        // Not a stream read: untouched.
        QCOMPARE(get(url(QStringLiteral("points/") + webId(kSpeed))).status, 200);
        const Reply web = get(recorded);
        QCOMPARE(web.status, 200);
        QCOMPARE(web.json()[QStringLiteral("WebException")][QStringLiteral("StatusCode")].toInt(), 500);
        QVERIFY(!web.json()[QStringLiteral("WebException")][QStringLiteral("Errors")].toArray().isEmpty());
        QVERIFY(web.json().value(QStringLiteral("Items")).toArray().size() < full);
        QCOMPARE(get(recorded).body, normal.body);

        m_server->injectStatus(429, 2);
        for (int i = 0; i < 2; ++i) {
            const Reply limited = get(recorded);
            QCOMPARE(limited.status, 429);
            QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
        }
        m_server->injectStatus(503);
        QCOMPARE(get(recorded).status, 503);
        QCOMPARE(get(recorded).status, 200);

        m_server->injectDrop();
        const Reply dropped = get(recorded);
        QVERIFY2(dropped.error != QNetworkReply::NoError, qPrintable(QString::number(dropped.error)));
        QCOMPARE(get(recorded).body, normal.body);

        // A batch counts as one request; the WebException lands in its stream sub-request.
        m_server->injectWebException();
        const QJsonObject body{{QStringLiteral("1"), QJsonObject{{QStringLiteral("Method"), QStringLiteral("GET")},
                                                                 {QStringLiteral("Resource"), recorded.toString(QUrl::FullyEncoded)}}}};
        const Reply b = send("POST", url(QStringLiteral("batch")), QJsonDocument(body).toJson(),
                             {{"X-Requested-With", "XMLHttpRequest"}});
        QCOMPARE(b.status, 207);
        QCOMPARE(b.json()[QStringLiteral("1")][QStringLiteral("Content")][QStringLiteral("WebException")][QStringLiteral("StatusCode")].toInt(), 500);

        m_server->setDown(true);
        QNetworkAccessManager fresh;
        const Reply down = send("GET", recorded, {}, {}, &fresh);
        QVERIFY(down.error != QNetworkReply::NoError);
        QCOMPARE(down.status, 0);
        m_server->setDown(false);
        QCOMPARE(send("GET", recorded, {}, {}, &fresh).status, 200);
        QCOMPARE(get(recorded).status, 200);
    }

    void basicAuthentication()
    {
        auto o = baseOptions(m_start);
        o.user = "piuser";
        o.password = "s3cret:x";
        auto server = makeServer(o);
        QVERIFY(server);
        // Two challenge lines, as the real server offers Kerberos and Basic.
        const QByteArray raw = rawExchange(server->port(), "GET /piwebapi HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY2(raw.startsWith("HTTP/1.1 401 "), raw.constData());
        QVERIFY(raw.contains("\r\nWWW-Authenticate: Negotiate\r\n"));
        QVERIFY(raw.contains("\r\nWWW-Authenticate: Basic realm=\"PI Web API\"\r\n"));

        QNetworkAccessManager network;
        const QUrl root = url(*server, QString());
        QCOMPARE(send("GET", root, {}, {}, &network).status, 401);
        const QByteArray good = "Basic " + QByteArray("piuser:s3cret:x").toBase64();
        QCOMPARE(send("GET", root, {}, {{"Authorization", good}}, &network).status, 200);
        const QByteArray bad = "Basic " + QByteArray("piuser:wrong").toBase64();
        QCOMPARE(send("GET", root, {}, {{"Authorization", bad}}, &network).status, 401);
        QCOMPARE(send("GET", url(*server, QStringLiteral("streams/%1/end").arg(server->webIdOf(kSpeed))), {},
                      {{"Authorization", good}}, &network).status, 200);
    }

    void bearerToken()
    {
        auto o = baseOptions(m_start);
        o.clientId = "turbopredict";
        o.clientSecret = "client-secret";
        auto server = makeServer(o);
        QVERIFY(server);
        QNetworkAccessManager network;
        const QUrl tokenUrl = server->baseUrl().resolved(QUrl(QStringLiteral("../connect/token")));
        QCOMPARE(tokenUrl.path(), QStringLiteral("/connect/token"));
        const QList<std::pair<QByteArray, QByteArray>> form = {{"Content-Type", "application/x-www-form-urlencoded"}};
        const Reply wrong = send("POST", tokenUrl, "grant_type=client_credentials&client_id=turbopredict&client_secret=nope", form, &network);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
        const Reply token = send("POST", tokenUrl, "grant_type=client_credentials&client_id=turbopredict&client_secret=client-secret",
                                 form, &network);
        QCOMPARE(token.status, 200);
        QCOMPARE(token.json().value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(token.json().value(QStringLiteral("expires_in")).toInt(), 3600);
        const QByteArray access = token.json().value(QStringLiteral("access_token")).toString().toLatin1();
        QVERIFY(!access.isEmpty());
        const QUrl root = url(*server, QString());
        QCOMPARE(send("GET", root, {}, {{"Authorization", "Bearer " + access}}, &network).status, 200);
        const Reply invalid = send("GET", root, {}, {{"Authorization", "Bearer not-a-token"}}, &network);
        QCOMPARE(invalid.status, 401);
        QCOMPARE(send("GET", root, {}, {}, &network).status, 401);
    }

    void http11()
    {
        // Keep-alive with pipelined requests; Connection: close ends the connection.
        const QByteArray one = "GET /piwebapi/system HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        const QByteArray last = "GET /piwebapi/points?path=%5C%5CPISRV01%5C" + kRun.toUtf8()
            + "&selectedFields=Name HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        bool closed = false;
        const QByteArray raw = rawExchange(m_server->port(), one + one + last, &closed);
        QCOMPARE(raw.count("HTTP/1.1 200 OK\r\n"), 3);
        QVERIFY(raw.contains("Content-Length: "));
        QVERIFY(raw.endsWith(QByteArray("{\"Name\":\"" + kRun.toUtf8() + "\"}")));
        QVERIFY(closed);
        // A request body with Content-Length over a kept-alive connection.
        const QByteArray batch = R"({"x":{"Method":"GET","Resource":"system"}})";
        const QByteArray post = "POST /piwebapi/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Requested-With: t\r\nContent-Length: "
            + QByteArray::number(batch.size()) + "\r\n\r\n" + batch;
        const QByteArray twice = rawExchange(m_server->port(), post + post + one.left(one.size() - 2) + "Connection: close\r\n\r\n", &closed);
        QCOMPARE(twice.count("HTTP/1.1 207 Multi-Status\r\n"), 2);
        QCOMPARE(twice.count("HTTP/1.1 200 OK\r\n"), 1);
        // A body over MaxRequestContentLength (4 MB): 413 at once.
        const QByteArray big = "POST /piwebapi/batch HTTP/1.1\r\nHost: x\r\nX-Requested-With: t\r\nContent-Length: 5000000\r\n\r\n";
        QVERIFY(rawExchange(m_server->port(), big, &closed).startsWith("HTTP/1.1 413 "));
        // Too large a request line: 414.
        const QByteArray huge = "GET /piwebapi/streamsets/recorded?" + QByteArray(20000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n";
        QVERIFY(rawExchange(m_server->port(), huge, &closed).startsWith("HTTP/1.1 414 "));
    }

    void statsAndConcurrency()
    {
        m_server->resetStats();
        const qint64 from = m_start + 15 * 86'400'000, to = from + 86'400'000;
        // Six connections at once, each reading every point's day: the answers must all match.
        Query query;
        for (const PiTestPoint &p : m_server->points())
            query.append({QStringLiteral("webId"), webId(p.name)});
        query.append({QStringLiteral("startTime"), isoZ(from)});
        query.append({QStringLiteral("endTime"), isoZ(to)});
        query.append({QStringLiteral("maxCount"), QStringLiteral("5000")});
        query.append({QStringLiteral("selectedFields"), QStringLiteral("Items.Items.Timestamp;Items.Items.Value")});
        const QUrl target = url(QStringLiteral("streamsets/recorded"), query);
        QList<QNetworkReply *> replies;
        int finished = 0;
        QEventLoop loop;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 12; ++i) {
            QNetworkRequest request(target);
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            QNetworkReply *reply = m_network.get(request);
            connect(reply, &QNetworkReply::finished, &loop, [&] {
                if (++finished == 12)
                    loop.quit();
            });
            replies << reply;
        }
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(finished, 12);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const QByteArray first = replies[0]->readAll();
        qint64 values = 0;
        for (const PiTestPoint &p : m_server->points())
            values += m_server->recordedCount(p.name, from, to);
        for (QNetworkReply *reply : std::as_const(replies)) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            if (reply != replies[0])
                QCOMPARE(reply->readAll(), first);
            reply->deleteLater();
        }
        const auto s = m_server->stats();
        QCOMPARE(s.requests, qint64(12));
        QCOMPARE(s.dataRequests, qint64(12));
        QCOMPARE(s.valuesServed, 12 * values);
        QVERIFY(s.bytesServed > 12 * first.size());
        QVERIFY(s.busyNs > 0);
        qInfo("12 stream-set calls of %lld values over 6 connections: %.0f values/s end to end, %.0f values/s busy",
              static_cast<long long>(values), 12 * values / seconds, 12 * values / (double(s.busyNs) / 1e9));
    }

    void tls()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty() || !QSslSocket::supportsSsl())
            QSKIP("no openssl to make a certificate, or no TLS backend");
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem")), key = dir.filePath(QStringLiteral("key.pem"));
        QProcess make;
        make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                             QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                             QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(make.waitForFinished(20000));
        QCOMPARE(make.exitCode(), 0);
        auto o = baseOptions(m_start);
        o.tlsCertFile = cert;
        o.tlsKeyFile = key;
        auto server = makeServer(o);
        QVERIFY(server);
        QCOMPARE(server->baseUrl().scheme(), QStringLiteral("https"));
        // Trusted through its own certificate as CA (no error ignored).
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(cert);
        QNetworkRequest request(url(*server, QStringLiteral("streams/%1/end").arg(server->webIdOf(kSpeed))));
        request.setSslConfiguration(ssl);
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(QJsonDocument::fromJson(reply->readAll()).object().contains(QStringLiteral("Timestamp")));
        delete reply;
    }

    void determinism()
    {
        // Same point name and options: same samples, whatever else the server holds.
        PiWebApiTestServer other(baseOptions(m_start));
        other.addUnit(QStringLiteral("PCFS"), QStringLiteral("K-12-01"), 25, 60000);
        other.setNow(m_now);
        const qint64 from = m_start + 9 * 86'400'000, to = from + 86'400'000;
        QString why;
        for (const QString &name : {kSpeed, kFlow, kRun, kLevel})
            QVERIFY2(sameValues(other.recordedTruth(name, from, to), m_server->recordedTruth(name, from, to), &why), qPrintable(why));
        // now() bounds the data; a later now reveals more.
        QCOMPARE(m_server->recordedCount(kSpeed, m_now + 1, m_now + 86'400'000), qint64(0));
        other.setNow(m_now + 3'600'000);
        QVERIFY(other.recordedCount(kSpeed, m_now + 1, m_now + 86'400'000) >= 59);
        // A point added by hand: kind from its ISA letters, deterministic too.
        PiTestPoint p;
        p.name = QStringLiteral("PCFS.K-12-01.12TI-999.PV");
        p.descriptor = QStringLiteral("test temperature");
        other.addPoint(p);
        const auto values = other.recordedTruth(p.name, from, to);
        QVERIFY(values.size() > 1000);
        QCOMPARE(other.points().size(), qsizetype(26));
        const auto numeric = std::find_if(values.begin(), values.end(), [](const PiTestValue &v) { return !v.isState; });
        QVERIFY(numeric->value > 20 && numeric->value < 200);
    }
};

QTEST_GUILESS_MAIN(TestPiWebApiTestServer)
#include "tst_piwebapitestserver.moc"
