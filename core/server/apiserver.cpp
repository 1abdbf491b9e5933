#include "server/apiserver.h"

#include "logging.h"
#include "config/configjson.h"
#include "runtime/explain.h"
#include "runtime/fleet.h"
#include "runtime/alarmjournal.h"
#include "runtime/snapshotjson.h"
#include "runtime/storequery.h"
#include "runtime/unitcontroller.h"
#include "storage/unitstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTimer>
#include <QTimeZone>
#include <QUrlQuery>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <cmath>

namespace tp {

namespace {
// Refresh duration histogram bounds, seconds.
const std::vector<double> kBounds = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

QString label(const QString &v)
{
    QString out = v;
    out.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")).replace(u'\n', QStringLiteral("\\n"));
    return out;
}

std::optional<qint64> parseTime(const QString &text)
{
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok)
        return ms;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid())
        return t.toMSecsSinceEpoch();
    return std::nullopt;
}

bool sameToken(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0; // constant time in the length
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}
} // namespace

GuardedTcpServer::GuardedTcpServer(const ApiOptions &options, QObject *parent) : QTcpServer(parent), m_options(options)
{
    if (!options.certificateFile.isEmpty() && !options.keyFile.isEmpty()) {
        QFile cert(options.certificateFile), key(options.keyFile);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
            m_tlsError = ApiServer::tr("%1: cannot be read").arg(cert.isOpen() ? options.keyFile : options.certificateFile);
        } else if (!QSslSocket::supportsSsl()) {
            m_tlsError = ApiServer::tr("TLS is not available (no TLS backend)");
        } else {
            m_certificate = cert.readAll();
            m_key = key.readAll();
            m_tls = true;
        }
    }
    setMaxPendingConnections(std::max(1, options.maxConnections));
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setLocalCertificate(QSslCertificate(m_certificate));
        ssl->setPrivateKey(QSslKey(m_key, QSsl::Rsa));
        if (ssl->privateKey().isNull())
            ssl->setPrivateKey(QSslKey(m_key, QSsl::Ec));
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (int(m_sockets.size()) >= m_options.maxConnections) {
        ++m_refused; // bounded: a flood of connections cannot exhaust the process
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), ApiServer::tr("too many connections")},
                                                          {QStringLiteral("status"), 503}})
                                    .toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    Guard guard;
    guard.deadline = new QTimer(socket);
    guard.deadline->setSingleShot(true);
    guard.deadline->start(m_options.idleTimeoutMs);
    connect(guard.deadline, &QTimer::timeout, socket, [this, socket] {
        ++m_timedOut;
        socket->abort(); // too slow or idle too long
    });
    // Before the HTTP server's own reader (connected later, when it takes the connection).
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_sockets.remove(socket);
        socket->deleteLater();
    });
    m_sockets.insert(socket, guard);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        ssl->startServerEncryption();
    addPendingConnection(socket);
}

void GuardedTcpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_sockets.find(socket);
    if (it == m_sockets.end())
        return;
    Guard &g = *it;
    if (!g.inRequest) {
        g.inRequest = true;
        g.head.clear();
        g.deadline->start(m_options.requestTimeoutMs); // headers and body within this
    }
    if (!g.head.contains("\r\n\r\n")) {
        g.head += socket->peek(std::min<qint64>(socket->bytesAvailable(), 16384));
        if (g.head.size() > 16384 && !g.head.contains("\r\n\r\n")) {
            socket->write("HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        const qsizetype end = g.head.indexOf("\r\n\r\n");
        if (end >= 0) {
            bool ok = false;
            const qint64 length = headerValue(g.head.left(end), "content-length").toLongLong(&ok);
            if (ok && length > m_options.maxBodyBytes) {
                const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                                   ApiServer::tr("the request body is larger than %1 bytes").arg(m_options.maxBodyBytes)}})
                                            .toJson(QJsonDocument::Compact);
                socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            }
        }
    }
}

void GuardedTcpServer::requestHandled(QTcpSocket *socket)
{
    auto it = m_sockets.find(socket);
    if (it == m_sockets.end())
        return;
    it->inRequest = false;
    it->head.clear();
    it->deadline->start(m_options.idleTimeoutMs);
}

UnitStore *ApiServer::store(const QString &unitId, QString *error)
{
    if (const auto it = m_stores.find(unitId); it != m_stores.end())
        return it->second.get();
    const QString path = UnitStore::unitFilePath(m_options.dataDir, unitId);
    if (!QFileInfo::exists(path)) {
        *error = tr("%1: no data stored yet").arg(unitId);
        return nullptr;
    }
    auto s = std::make_unique<UnitStore>(unitId);
    StoreOptions options;
    options.checkpointOnClose = false; // the unit's worker owns the WAL
    if (!s->open(path, options)) {
        *error = s->errorString();
        return nullptr;
    }
    return (m_stores[unitId] = std::move(s)).get();
}

ApiServer::~ApiServer() = default;

ApiServer::ApiServer(Fleet &fleet, ApiOptions options, QObject *parent)
    : QAbstractHttpServer(parent), m_fleet(fleet), m_options(std::move(options))
{
    m_uptime.start();
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    connect(&m_fleet, &Fleet::snapshotUpdated, this, &ApiServer::onSnapshot);
    for (const QString &id : m_fleet.unitIds()) {
        m_metrics[id].buckets.assign(kBounds.size(), 0);
        if (UnitController *c = m_fleet.unit(id))
            connect(c, &UnitController::importFinished, this, [this](const QString &unit, const QList<ImportSummary> &results) {
                for (const ImportSummary &r : results)
                    m_metrics[unit].importFailures += r.ok ? 0 : 1;
            });
    }
}

bool ApiServer::start()
{
    m_tcp = new GuardedTcpServer(m_options, this);
    if (!m_options.certificateFile.isEmpty() && !m_tcp->tlsReady()) {
        m_error = m_tcp->tlsError();
        return false;
    }
    if (!m_tcp->listen(m_options.address, m_options.port)) {
        m_error = tr("cannot listen on %1:%2: %3").arg(m_options.address.toString()).arg(m_options.port).arg(m_tcp->errorString());
        return false;
    }
    bind(m_tcp);
    return true;
}

quint16 ApiServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

void ApiServer::stopListening()
{
    if (m_tcp)
        m_tcp->close();
}

void ApiServer::onSnapshot(const UnitSnapshot &s)
{
    UnitMetrics &m = m_metrics[s.unitId];
    if (m.buckets.empty())
        m.buckets.assign(kBounds.size(), 0);
    if (s.refreshCount > m.lastCount) {
        const double seconds = double(s.lastRefreshMs) / 1000.0;
        for (size_t i = 0; i < kBounds.size(); ++i)
            if (seconds <= kBounds[i])
                ++m.buckets[i];
        ++m.count;
        m.sum += seconds;
        m.samplesStored += s.valuesStored;
        m.lastCount = s.refreshCount;
    }
}

ApiServer::Reply ApiServer::error(int status, const QString &message) const
{
    return {status, QJsonDocument(QJsonObject{{QStringLiteral("error"), message}, {QStringLiteral("status"), status}})
                        .toJson(QJsonDocument::Compact)};
}

ApiServer::Reply ApiServer::json(const QJsonValue &value, int status) const
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return {status, doc.toJson(QJsonDocument::Compact)};
}

std::optional<ApiServer::Reply> ApiServer::authorize(const QHttpServerRequest &request, bool mutating) const
{
    if (!mutating && !m_options.tokenForGet)
        return std::nullopt;
    if (m_options.token.isEmpty())
        return error(403, tr("this server has no token configured: changes through the API are disabled"));
    const QByteArray header = request.value("Authorization");
    if (header.isEmpty())
        return error(401, tr("a bearer token is required (Authorization: Bearer ...)"));
    if (!header.startsWith("Bearer ") || !sameToken(header.mid(7).trimmed(), m_options.token))
        return error(403, tr("the token is not valid"));
    return std::nullopt;
}

QJsonObject ApiServer::unitStatus(const UnitSnapshot &s) const
{
    return unitStatusToJson(s);
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requests;
    Reply reply;
    try {
        reply = route(request);
    } catch (const std::exception &e) {
        reply = error(500, tr("internal error: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    if (reply.status == 405) {
        responder.write(reply.body, {{"Content-Type", reply.contentType}, {"Allow", "GET, POST"}},
                        QHttpServerResponder::StatusCode(reply.status));
    } else {
        responder.write(reply.body, reply.contentType, QHttpServerResponder::StatusCode(reply.status));
    }
    if (m_tcp)
        m_tcp->requestHandled(socket);
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const Reply r = error(404, tr("no such path: %1").arg(request.url().path()));
    responder.write(r.body, r.contentType, QHttpServerResponder::StatusCode::NotFound);
}

ApiServer::Reply ApiServer::route(const QHttpServerRequest &request)
{
    QString path = request.url().path();
    if (path.startsWith(u"/api/v1/"))
        path = path.mid(7);
    else if (path == u"/api/v1")
        path = QStringLiteral("/");
    if (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const auto method = request.method();
    const bool get = method == QHttpServerRequest::Method::Get || method == QHttpServerRequest::Method::Head;
    const bool post = method == QHttpServerRequest::Method::Post;
    auto needs = [&](bool wantPost) -> std::optional<Reply> {
        if (wantPost ? !post : !get)
            return error(405, tr("%1 takes %2").arg(path, wantPost ? QStringLiteral("POST") : QStringLiteral("GET")));
        if (auto denied = authorize(request, wantPost))
            return denied;
        return std::nullopt;
    };

    if (parts.size() == 1) {
        const QString &p = parts[0];
        if (p == u"health") {
            if (auto r = needs(false))
                return *r;
            return json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                    {QStringLiteral("uptime_seconds"), double(m_uptime.elapsed()) / 1000.0}});
        }
        if (p == u"ready") {
            if (auto r = needs(false))
                return *r;
            QJsonArray waiting;
            for (const UnitSnapshot &s : m_fleet.snapshots())
                if (s.refreshCount < 1 || s.state == UnitState::Stalled)
                    waiting.append(s.unitId);
            if (!waiting.isEmpty())
                return json(QJsonObject{{QStringLiteral("ready"), false}, {QStringLiteral("waiting"), waiting},
                                        {QStringLiteral("error"), tr("%n unit(s) not ready", nullptr, int(waiting.size()))}}, 503);
            return json(QJsonObject{{QStringLiteral("ready"), true}});
        }
        if (p == u"status") {
            if (auto r = needs(false))
                return *r;
            QJsonArray units;
            for (const UnitSnapshot &s : m_fleet.snapshots())
                units.append(unitStatus(s));
            return json(QJsonObject{{QStringLiteral("units"), units},
                                    {QStringLiteral("generated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
        }
        if (p == u"units") {
            if (auto r = needs(false))
                return *r;
            QJsonArray units;
            for (const UnitConfig &u : m_fleet.config().units)
                units.append(QJsonObject{{QStringLiteral("id"), u.unitId}, {QStringLiteral("plant"), u.plant},
                                         {QStringLiteral("description"), u.description}, {QStringLiteral("tags"), u.tags.size()}});
            return json(units);
        }
        if (p == u"metrics") {
            if (auto r = needs(false))
                return *r;
            return {200, metrics(), "text/plain; version=0.0.4; charset=utf-8"};
        }
        if (p == u"refresh" || p == u"analyze") { // the seeds' fleet-wide actions
            if (auto r = needs(true))
                return *r;
            for (const QString &id : m_fleet.unitIds())
                p == u"refresh" ? m_fleet.requestRefresh(id) : m_fleet.requestAnalyze(id);
            return json(QJsonObject{{QStringLiteral("accepted"), true}, {QStringLiteral("units"), QJsonArray::fromStringList(m_fleet.unitIds())}}, 202);
        }
    }
    if (parts.size() >= 3 && parts[0] == u"units") {
        const QString id = parts[1];
        UnitController *c = m_fleet.unit(id);
        if (!c)
            return error(404, tr("no unit %1").arg(id));
        const QString &what = parts[2];
        const UnitSnapshot s = c->snapshot();
        if (parts.size() == 3 && (what == u"refresh" || what == u"analyze" || what == u"import"))
            return postAction(id, what, request, parts);
        if (parts.size() == 5 && what == u"alarms" && parts[4] == u"ack")
            return postAction(id, QStringLiteral("ack"), request, parts);
        if (parts.size() != 3)
            return error(404, tr("no such path: %1").arg(path));
        if (auto r = needs(false))
            return *r;
        if (what == u"status")
            return json(unitStatus(s));
        if (what == u"tags") {
            QJsonArray tags;
            for (const TagSnapshot &t : s.tags)
                tags.append(tagSnapshotToJson(t));
            return json(tags);
        }
        if (what == u"config") {
            const UnitConfig *unit = m_fleet.config().findUnit(id);
            return json(unitConfigToJson(withDerivedTags(*unit)));
        }
        if (what == u"alarms") {
            QJsonArray alarms;
            for (const AlarmStatus &a : s.alarms)
                alarms.append(alarmToJson(a, id));
            return json(alarms);
        }
        if (what == u"rul") {
            QJsonArray rul;
            for (const RulSummary &r : s.rul)
                rul.append(rulToJson(r));
            return json(rul);
        }
        if (what == u"series")
            return series(id, request);
        if (what == u"journal")
            return journal(*m_fleet.config().findUnit(id), request);
        if (what == u"explain") { // why the unit looked as it did at a time: T^2, SPE, top tags
            const QString at = request.query().queryItemValue(QStringLiteral("at"), QUrl::FullyDecoded);
            const auto ts = at.isEmpty() ? std::optional<qint64>(s.now) : parseTime(at);
            if (!ts)
                return error(400, tr("at must be a time (ISO 8601 or ms since 1970)"));
            QString storeError;
            UnitStore *reader = store(id, &storeError);
            if (!reader)
                return error(503, tr("%1 is not ready: %2").arg(id, storeError));
            return json(explanationToJson(explainAt(*reader, *m_fleet.config().findUnit(id), *ts, 8)));
        }
        return error(404, tr("no such path: %1").arg(path));
    }
    return error(404, tr("no such path: %1").arg(path));
}

ApiServer::Reply ApiServer::series(const QString &unitId, const QHttpServerRequest &request)
{
    const QUrlQuery q = request.query();
    const QStringList tags = q.queryItemValue(QStringLiteral("tags"), QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    if (tags.isEmpty())
        return error(400, tr("tags=A,B is required"));
    const qint64 now = m_fleet.options().clock->now(); // the fleet's clock (--sim-speed)
    const bool raw = q.queryItemValue(QStringLiteral("raw")) == u"1" || q.queryItemValue(QStringLiteral("raw")) == u"true";
    const auto from = q.hasQueryItem(QStringLiteral("from")) ? parseTime(q.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded))
                                                            : std::optional<qint64>(now - 86'400'000);
    const auto to = q.hasQueryItem(QStringLiteral("to")) ? parseTime(q.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded))
                                                        : std::optional<qint64>(now);
    if (!from || !to || *to <= *from)
        return error(400, tr("from and to must be times (ISO 8601 or ms since 1970) with from < to"));
    bool ok = true;
    const int maxPoints = q.hasQueryItem(QStringLiteral("max_points")) ? q.queryItemValue(QStringLiteral("max_points")).toInt(&ok) : 1000;
    const int maxAllowed = raw ? 100'000 : 20'000;
    if (!ok || maxPoints < 2 || maxPoints > maxAllowed)
        return error(400, tr("max_points must be a number from 2 to %1").arg(maxAllowed));
    QString storeError;
    QString unknown;
    UnitStore *reader = store(unitId, &storeError);
    const auto out = !reader ? std::optional<QJsonArray>() : std::optional<QJsonArray>([&](UnitStore &store) {
        QJsonArray result;
        for (const QString &tag : tags) {
            const auto id = store.tagId(tag);
            if (!id) {
                unknown = tag;
                return result;
            }
            if (raw) { // the stored samples themselves, oldest first, for a mirror
                // At most 100,000 samples per request in all: one answer never holds the
                // server's thread for long; the client pages on with next_from.
                const int perTag = std::max(1, std::min(maxPoints, int(100'000 / tags.size())));
                const QList<Sample> samples = store.readRange(*id, *from, *to, qsizetype(perTag) + 1).value_or(QList<Sample>{});
                QJsonArray points;
                const qsizetype n = std::min<qsizetype>(samples.size(), perTag);
                for (qsizetype i = 0; i < n; ++i) {
                    const Sample &x = samples[i];
                    if (x.quality == GoodQuality && std::isfinite(x.value))
                        points.append(QJsonArray{x.ts, x.value});
                    else
                        points.append(QJsonArray{x.ts, QJsonValue(), store.qualityName(x.quality)});
                }
                QJsonObject o{{QStringLiteral("tag"), tag}, {QStringLiteral("samples"), points}, {QStringLiteral("more"), samples.size() > n}};
                if (samples.size() > n)
                    o.insert(QStringLiteral("next_from"), samples[n].ts);
                result.append(o);
                continue;
            }
            // Exactly the GUI's decimation: min and max per bucket, gaps broken, bad stretches.
            const auto dec = store.readDecimated(*id, *from, *to, std::max(1, maxPoints / 2));
            const PlotSeries p = dec ? plotSeries(*dec, 0) : PlotSeries{};
            QJsonArray segments;
            for (const auto &segment : p.segments) {
                QJsonArray points;
                for (const QPointF &pt : segment)
                    points.append(QJsonArray{qint64(pt.x()), pt.y()});
                segments.append(points);
            }
            QJsonArray bad;
            for (const auto &[a, b] : p.bad)
                bad.append(QJsonArray{a, b});
            result.append(QJsonObject{{QStringLiteral("tag"), tag}, {QStringLiteral("segments"), segments},
                                      {QStringLiteral("bad"), bad},
                                      {QStringLiteral("source"), p.source == ReadSource::Raw ? QStringLiteral("raw") : QStringLiteral("rollup")}});
        }
        return result;
    }(*reader));
    if (!out)
        return error(503, tr("%1 is not ready: %2").arg(unitId, storeError));
    if (!unknown.isEmpty())
        return error(404, tr("%1 has no tag %2").arg(unitId, unknown));
    return json(QJsonObject{{QStringLiteral("unit"), unitId},
                            {QStringLiteral("from"), *from}, {QStringLiteral("to"), *to}, {QStringLiteral("series"), *out}});
}

ApiServer::Reply ApiServer::journal(const UnitConfig &unit, const QHttpServerRequest &request)
{
    const QUrlQuery q = request.query();
    const qint64 now = m_fleet.options().clock->now();
    const auto from = q.hasQueryItem(QStringLiteral("from")) ? parseTime(q.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded))
                                                            : std::optional<qint64>(now - 86'400'000);
    const auto to = q.hasQueryItem(QStringLiteral("to")) ? parseTime(q.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded))
                                                        : std::optional<qint64>(now + 1);
    if (!from || !to || *to <= *from)
        return error(400, tr("from and to must be times (ISO 8601 or ms since 1970) with from < to"));
    QString storeError;
    UnitStore *reader = store(unit.unitId, &storeError);
    if (!reader)
        return error(503, tr("%1 is not ready: %2").arg(unit.unitId, storeError));
    QJsonArray entries;
    for (const JournalEntry &e : AlarmJournal::fromLog(unit, reader->alarmLog(*from, *to)))
        entries.append(AlarmJournal::toJson(e));
    return json(QJsonObject{{QStringLiteral("unit"), unit.unitId}, {QStringLiteral("from"), timeToJson(*from)},
                            {QStringLiteral("to"), timeToJson(*to)}, {QStringLiteral("entries"), entries}});
}

ApiServer::Reply ApiServer::postAction(const QString &unitId, const QString &action, const QHttpServerRequest &request,
                                       const QStringList &parts)
{
    if (request.method() != QHttpServerRequest::Method::Post)
        return error(405, tr("%1 takes POST").arg(request.url().path()));
    if (auto denied = authorize(request, true))
        return *denied;
    UnitController *c = m_fleet.unit(unitId);
    const QString caller = request.remoteAddress().toString();
    QString detail;
    Reply reply;
    if (action == u"refresh" || action == u"analyze") {
        action == u"refresh" ? c->requestRefresh() : c->requestAnalyze();
        detail = action;
        reply = json(QJsonObject{{QStringLiteral("accepted"), true}, {QStringLiteral("unit"), unitId}, {QStringLiteral("action"), action}}, 202);
    } else if (action == u"ack") {
        const QString key = QUrl::fromPercentEncoding(parts[3].toUtf8());
        const UnitSnapshot s = c->snapshot();
        if (std::none_of(s.alarms.cbegin(), s.alarms.cend(), [&](const AlarmStatus &a) { return a.key == key; }))
            return error(404, tr("%1 has no standing alarm %2").arg(unitId, key));
        QJsonParseError parseError{};
        const QJsonDocument body = request.body().isEmpty() ? QJsonDocument(QJsonObject{}) : QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !body.isObject())
            return error(400, tr("the body must be a JSON object {\"user\": ..., \"comment\": ...}: %1").arg(parseError.errorString()));
        const QString user = body.object().value(QStringLiteral("user")).toString();
        if (user.trimmed().isEmpty())
            return error(400, tr("\"user\" is required: who acknowledges"));
        const QString comment = body.object().value(QStringLiteral("comment")).toString();
        c->acknowledge(key, user, comment);
        detail = QStringLiteral("ack %1 as %2").arg(key, user);
        reply = json(QJsonObject{{QStringLiteral("accepted"), true}, {QStringLiteral("alarm"), key}}, 202);
    } else { // import: the body is the export file
        const QString name = QFileInfo(request.query().queryItemValue(QStringLiteral("name"))).fileName();
        if (request.body().isEmpty())
            return error(400, tr("the body must be the export file (.xlsx or .csv)"));
        if (name.isEmpty() || !(name.endsWith(u".csv", Qt::CaseInsensitive) || name.endsWith(u".xlsx", Qt::CaseInsensitive)))
            return error(400, tr("name=FILE.xlsx or name=FILE.csv is required"));
        const QString dir = QDir(m_options.dataDir).filePath(QStringLiteral("incoming/%1").arg(unitId));
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(QStringLiteral("%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(request.body()) != request.body().size())
            return error(500, tr("%1: %2").arg(path, f.errorString()));
        f.close();
        c->importFiles({path}, {}, std::make_shared<std::atomic_bool>(false));
        detail = QStringLiteral("import %1 (%2 bytes)").arg(name).arg(request.body().size());
        reply = json(QJsonObject{{QStringLiteral("accepted"), true}, {QStringLiteral("file"), name}}, 202);
    }
    // Every change through the API is in the unit's audit log, with who asked from where.
    QString storeError;
    if (UnitStore *s = store(unitId, &storeError); !s || !s->appendAudit(QStringLiteral("api@%1").arg(caller), QStringLiteral("api.%1").arg(action), detail))
        qCWarning(lcRuntime) << unitId << "audit entry not written:" << (s ? s->errorString() : storeError);
    return reply;
}

QByteArray ApiServer::metrics() const
{
    QByteArray out;
    auto help = [&](const char *name, const char *type, const char *text) {
        out += QByteArray("# HELP ") + name + ' ' + text + "\n# TYPE " + name + ' ' + type + '\n';
    };
    const QList<UnitSnapshot> snapshots = m_fleet.snapshots();
    auto labels = [](const UnitSnapshot &s) {
        return QStringLiteral("unit=\"%1\",plant=\"%2\"").arg(label(s.unitId), label(s.plant)).toUtf8();
    };
    help("turbopredict_up", "gauge", "1 when the unit's worker runs and its last refresh succeeded.");
    for (const UnitSnapshot &s : snapshots)
        out += "turbopredict_up{" + labels(s) + "} " + (s.refreshCount > 0 && (s.state == UnitState::Ok || s.state == UnitState::Refreshing) ? "1" : "0") + '\n';
    help("turbopredict_last_refresh_timestamp_seconds", "gauge", "End of the last refresh, fleet clock, seconds since 1970.");
    for (const UnitSnapshot &s : snapshots)
        if (s.lastRefreshAt > 0)
            out += "turbopredict_last_refresh_timestamp_seconds{" + labels(s) + "} " + QByteArray::number(double(s.lastRefreshAt) / 1000.0, 'f', 3) + '\n';
    help("turbopredict_data_age_seconds", "gauge", "Age of the newest good sample of any tag.");
    for (const UnitSnapshot &s : snapshots)
        if (s.freshnessMs >= 0)
            out += "turbopredict_data_age_seconds{" + labels(s) + "} " + QByteArray::number(double(s.freshnessMs) / 1000.0, 'f', 3) + '\n';
    help("turbopredict_stale", "gauge", "1 when the unit's newest good sample is older than its stale limit (or there is none).");
    for (const UnitSnapshot &s : snapshots)
        if (s.refreshCount > 0)
            out += "turbopredict_stale{" + labels(s) + "} " + (s.stale ? "1" : "0") + '\n';
    help("turbopredict_refresh_duration_seconds", "histogram", "Wall time of each refresh.");
    for (const UnitSnapshot &s : snapshots) {
        const auto it = m_metrics.find(s.unitId);
        if (it == m_metrics.end())
            continue;
        const UnitMetrics &m = it->second;
        for (size_t i = 0; i < kBounds.size(); ++i)
            out += "turbopredict_refresh_duration_seconds_bucket{" + labels(s) + ",le=\"" + QByteArray::number(kBounds[i]) + "\"} "
                + QByteArray::number(i < m.buckets.size() ? m.buckets[i] : 0) + '\n';
        out += "turbopredict_refresh_duration_seconds_bucket{" + labels(s) + ",le=\"+Inf\"} " + QByteArray::number(m.count) + '\n';
        out += "turbopredict_refresh_duration_seconds_sum{" + labels(s) + "} " + QByteArray::number(m.sum, 'f', 6) + '\n';
        out += "turbopredict_refresh_duration_seconds_count{" + labels(s) + "} " + QByteArray::number(m.count) + '\n';
    }
    help("turbopredict_health_index", "gauge", "Health index 0-100 (README: Analysis).");
    for (const UnitSnapshot &s : snapshots)
        if (s.healthIndex)
            out += "turbopredict_health_index{" + labels(s) + "} " + QByteArray::number(*s.healthIndex, 'f', 3) + '\n';
    // By quantile, so a summary in the exposition format (promtool refuses "quantile" otherwise).
    help("turbopredict_rul_seconds", "summary", "Remaining useful life of the most urgent crossing forecast, by quantile.");
    for (const UnitSnapshot &s : snapshots) {
        const auto r = std::find_if(s.rul.cbegin(), s.rul.cend(), [](const RulSummary &x) { return x.state == u"forecast" && x.p50Days; });
        if (r == s.rul.cend())
            continue;
        const QByteArray l = labels(s) + ",indicator=\"" + label(r->indicator).toUtf8() + '"';
        const std::pair<const char *, std::optional<double>> q[] = {{"0.1", r->p10Days}, {"0.5", r->p50Days}, {"0.9", r->p90Days}};
        for (const auto &[name, days] : q)
            if (days)
                out += "turbopredict_rul_seconds{" + l + ",quantile=\"" + name + "\"} " + QByteArray::number(*days * 86400.0, 'f', 0) + '\n';
    }
    help("turbopredict_active_alarms", "gauge", "Standing alarms by priority.");
    for (const UnitSnapshot &s : snapshots)
        for (AlarmPriority p : {AlarmPriority::Critical, AlarmPriority::High, AlarmPriority::Medium, AlarmPriority::Low})
            out += "turbopredict_active_alarms{" + labels(s) + ",priority=\"" + alarmPriorityId(p).toUtf8() + "\"} "
                + QByteArray::number(s.alarmCount(p)) + '\n';
    help("turbopredict_samples_stored_total", "counter", "Samples stored by refreshes since the server started.");
    for (const UnitSnapshot &s : snapshots)
        if (const auto it = m_metrics.find(s.unitId); it != m_metrics.end())
            out += "turbopredict_samples_stored_total{" + labels(s) + "} " + QByteArray::number(it->second.samplesStored) + '\n';
    help("turbopredict_import_failures_total", "counter", "Imports through the API that failed.");
    for (const UnitSnapshot &s : snapshots)
        if (const auto it = m_metrics.find(s.unitId); it != m_metrics.end())
            out += "turbopredict_import_failures_total{" + labels(s) + "} " + QByteArray::number(it->second.importFailures) + '\n';
    help("turbopredict_refresh_failures_total", "counter", "Refreshes that failed since the server started.");
    for (const UnitSnapshot &s : snapshots)
        out += "turbopredict_refresh_failures_total{" + labels(s) + "} " + QByteArray::number(s.errorCount) + '\n';
    // Process metrics, as the Prometheus client libraries name them.
#ifdef Q_OS_UNIX
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    const double cpu = double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    help("process_cpu_seconds_total", "counter", "User and system CPU time.");
    out += "process_cpu_seconds_total " + QByteArray::number(cpu, 'f', 3) + '\n';
    long rssPages = 0;
    if (FILE *f = std::fopen("/proc/self/statm", "r")) {
        long size = 0;
        if (std::fscanf(f, "%ld %ld", &size, &rssPages) != 2)
            rssPages = 0;
        std::fclose(f);
    }
    help("process_resident_memory_bytes", "gauge", "Resident memory.");
    out += "process_resident_memory_bytes " + QByteArray::number(qint64(rssPages) * sysconf(_SC_PAGESIZE)) + '\n';
#endif
    help("process_start_time_seconds", "gauge", "Start of the process, seconds since 1970.");
    out += "process_start_time_seconds " + QByteArray::number(double(m_startedAt) / 1000.0, 'f', 3) + '\n';
    help("turbopredict_http_requests_total", "counter", "HTTP requests answered.");
    out += "turbopredict_http_requests_total " + QByteArray::number(m_requests) + '\n';
    return out;
}

} // namespace tp
