#include "runtime/remoteunitworker.h"

#include "logging.h"
#include "runtime/snapshotjson.h"
#include "storage/unitstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>
#include <QTimeZone>
#include <QLocale>

#include <algorithm>

namespace tp {

namespace {
constexpr int kTagsPerRequest = 16;   // small pages: the site answers each one quickly
constexpr int kTransferTimeoutMs = 30'000;
constexpr int kMaxPagesPerRefresh = 400;

std::optional<UnitState> unitStateFromId(QStringView id)
{
    for (UnitState s : {UnitState::Starting, UnitState::BackFilling, UnitState::Ok, UnitState::Refreshing,
                        UnitState::Error, UnitState::Stalled, UnitState::Stopped, UnitState::Offline})
        if (id == unitStateId(s))
            return s;
    return std::nullopt;
}
} // namespace

RemoteUnitWorker::RemoteUnitWorker(UnitConfig unit, RuntimeOptions options, std::shared_ptr<std::atomic_bool> cancel)
    : m_unit(withDerivedTags(unit)), m_options(std::move(options)), m_cancel(std::move(cancel))
{
    m_snapshot.unitId = m_unit.unitId;
    m_snapshot.plant = m_unit.plant;
    m_snapshot.description = m_unit.description;
    m_token = m_unit.source.token;
}

RemoteUnitWorker::~RemoteUnitWorker()
{
    // Replies still running must not call back into a worker being destroyed.
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
        }
    }
    if (m_store)
        m_store->close();
}

QString RemoteUnitWorker::unitPath(const QString &what) const
{
    return QStringLiteral("/api/v1/units/%1/%2").arg(QString::fromLatin1(QUrl::toPercentEncoding(m_unit.siteUnitId())), what);
}

void RemoteUnitWorker::beat()
{
    Q_EMIT heartbeat(m_unit.unitId, QDateTime::currentMSecsSinceEpoch());
}

void RemoteUnitWorker::start()
{
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(m_options.heartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, &RemoteUnitWorker::beat);
    m_heartbeat->start();
    beat();
    m_network = new QNetworkAccessManager(this);
    if (m_token.isEmpty() && !m_unit.source.tokenFile.isEmpty()) {
        QFile f(m_unit.source.tokenFile);
        if (f.open(QIODevice::ReadOnly))
            m_token = f.readAll().trimmed();
        else
            m_snapshot.lastError = tr("%1: the token file cannot be read: %2").arg(m_unit.source.tokenFile, f.errorString());
    }
    for (const TagConfig &tag : std::as_const(m_unit.tags)) {
        TagSnapshot t;
        t.name = tag.name;
        t.description = tag.description;
        t.engineeringUnit = tag.engineeringUnit;
        t.kind = tag.kind;
        m_snapshot.tags.append(t);
    }
    if (ensureOpen()) {
        m_snapshot.state = UnitState::Starting;
        m_snapshot.message = tr("Connecting to %1").arg(m_unit.source.url);
    }
    publish();
}

bool RemoteUnitWorker::ensureOpen()
{
    if (m_store && m_store->isOpen())
        return true;
    const QString path = UnitStore::unitFilePath(m_options.dataDir, m_unit.unitId);
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_store = std::make_unique<UnitStore>(m_unit.unitId);
    if (!m_store->open(path, m_options.store) || !m_store->syncTags(m_unit.tags)) {
        m_snapshot.lastError = m_store->errorString();
        m_snapshot.state = UnitState::Error;
        m_snapshot.message = m_snapshot.lastError;
        m_store.reset();
        Q_EMIT errorOccurred(m_unit.unitId, m_snapshot.lastError);
        return false;
    }
    // Mirror from the newest sample of each tag on; what was mirrored before stays.
    m_cursor.clear();
    for (const LatestValue &latest : m_store->latestValues()) {
        m_cursor.insert(latest.tagName, latest.sample.ts + 1);
        for (TagSnapshot &t : m_snapshot.tags) {
            if (t.name == latest.tagName) {
                t.ts = latest.sample.ts;
                t.value = latest.sample.value;
                t.quality = latest.qualityName;
            }
        }
    }
    return true;
}

void RemoteUnitWorker::send(const QString &method, const QString &path, const QUrlQuery &query, const QByteArray &body, Done done)
{
    QUrl url(m_unit.source.url);
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(kTransferTimeoutMs);
    // The token never follows a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    QNetworkReply *reply = nullptr;
    if (method == u"POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = m_network->post(request, body);
    } else {
        reply = m_network->get(request);
    }
    m_replies.append(reply);
    const QString shown = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done), shown] {
        reply->deleteLater();
        m_replies.removeAll(reply);
        beat();
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        m_lastStatus = r.status;
        // Offline only when the site cannot be reached; a TLS or protocol failure is an error.
        m_lastUnreachable = r.status == 0 && reply->error() < QNetworkReply::SslHandshakeFailedError;
        if (r.status == 401 || r.status == 403) {
            r.error = tr("%1: the site refused the token (%2)").arg(shown, QString::number(r.status));
        } else if (r.status == 0) {
            r.error = reply->error() == QNetworkReply::OperationCanceledError
                ? tr("%1: no answer within %n second(s)", nullptr, kTransferTimeoutMs / 1000).arg(shown)
                : tr("%1: %2").arg(shown, reply->errorString());
        } else if (r.status < 200 || r.status >= 300) {
            const QString message = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toString();
            r.error = tr("%1: the site answered %2: %3").arg(shown, QString::number(r.status), message.isEmpty() ? reply->errorString() : message);
        }
        done(r);
    });
}

void RemoteUnitWorker::refresh()
{
    if (m_refreshing)
        return; // the controller sends one at a time; a stray one joins the running refresh
    m_refreshTimer.start();
    m_valuesStored = 0;
    m_lastStatus = -1;
    m_pages = 0;
    if (!ensureOpen()) {
        finishRefresh(false, m_snapshot.lastError);
        return;
    }
    m_refreshing = true;
    m_backFill = m_cursor.isEmpty();
    if (m_snapshot.state != UnitState::Offline) {
        m_snapshot.state = m_backFill ? UnitState::BackFilling : UnitState::Refreshing;
        m_snapshot.message = m_backFill ? tr("Copying history from %1").arg(m_unit.site.isEmpty() ? m_unit.source.url : m_unit.site)
                                        : tr("Refreshing");
        publish(m_backFill ? 0.0 : -1.0);
    }
    fetchStatus();
}

void RemoteUnitWorker::fetchStatus()
{
    send(QStringLiteral("GET"), unitPath(QStringLiteral("status")), {}, {}, [this](const Response &r) {
        if (m_cancel->load())
            return finishRefresh(false, tr("the refresh was cancelled"));
        if (!r.ok())
            return finishRefresh(false, r.error);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        if (o.isEmpty())
            return finishRefresh(false, tr("%1: the site's status is not JSON").arg(m_unit.source.url));
        m_reached = true;
        applyUnitStatusJson(o, m_snapshot);
        m_siteNow = m_snapshot.now;
        m_sinceSiteNow.start();
        m_snapshot.valuesStored = 0;
        // The site's own trouble is shown as such.
        const UnitState siteState = unitStateFromId(o.value(QStringLiteral("state")).toString()).value_or(UnitState::Ok);
        m_siteState = siteState;
        m_siteMessage = siteState == UnitState::Error || siteState == UnitState::Stalled
            ? o.value(QStringLiteral("last_error")).toString()
            : o.value(QStringLiteral("message")).toString();
        fetchTags();
    });
}

void RemoteUnitWorker::fetchTags()
{
    send(QStringLiteral("GET"), unitPath(QStringLiteral("tags")), {}, {}, [this](const Response &r) {
        if (m_cancel->load())
            return finishRefresh(false, tr("the refresh was cancelled"));
        if (!r.ok())
            return finishRefresh(false, r.error);
        QList<TagSnapshot> tags;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.body).array())
            tags.append(tagSnapshotFromJson(v.toObject()));
        if (!tags.isEmpty())
            m_snapshot.tags = tags;
        fetchAlarms([this](const Response &a) {
            if (m_cancel->load())
                return finishRefresh(false, tr("the refresh was cancelled"));
            if (!a.ok())
                return finishRefresh(false, a.error);
            fetchRul();
        });
    });
}

void RemoteUnitWorker::fetchAlarms(Done then)
{
    send(QStringLiteral("GET"), unitPath(QStringLiteral("alarms")), {}, {}, [this, then = std::move(then)](const Response &r) {
        if (r.ok()) {
            QList<AlarmStatus> alarms;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.body).array())
                alarms.append(alarmFromJson(v.toObject()));
            m_snapshot.alarms = alarms;
        }
        then(r);
    });
}

void RemoteUnitWorker::fetchRul()
{
    send(QStringLiteral("GET"), unitPath(QStringLiteral("rul")), {}, {}, [this](const Response &r) {
        if (m_cancel->load())
            return finishRefresh(false, tr("the refresh was cancelled"));
        if (!r.ok())
            return finishRefresh(false, r.error);
        QList<RulSummary> rul;
        QList<StoredForecast> stored;
        qint64 newest = m_lastForecastAt;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.body).array()) {
            const RulSummary s = rulFromJson(v.toObject());
            rul.append(s);
            // The site's forecasts as they come: the mirror keeps their history too.
            if (s.at > m_lastForecastAt) {
                stored.append(storedForecast(s));
                newest = std::max(newest, s.at);
            }
        }
        m_snapshot.rul = rul;
        if (!stored.isEmpty() && m_store->appendForecasts(stored))
            m_lastForecastAt = newest;
        m_pendingTags.clear();
        m_single.clear();
        for (const TagConfig &t : std::as_const(m_unit.tags))
            if (m_cursor.value(t.name, 0) <= m_siteNow) // else nothing new can be there yet
                m_pendingTags.append(t.name);
        m_tagCount = int(m_pendingTags.size());
        fetchSamples();
    });
}

void RemoteUnitWorker::fetchSamples()
{
    if (m_cancel->load())
        return finishRefresh(false, tr("the refresh was cancelled"));
    if (m_pendingTags.isEmpty()) {
        recordModeChange();
        return finishRefresh(true, QString());
    }
    const qint64 earliest = m_siteNow - m_unit.source.history.count();
    if (++m_pages > kMaxPagesPerRefresh) // the rest follows at the next refresh
        return finishRefresh(true, QString());
    // Tags of a group the site refused (404) are asked for one at a time.
    const QStringList group = m_single.contains(m_pendingTags.first()) ? m_pendingTags.mid(0, 1)
                                                                       : m_pendingTags.mid(0, kTagsPerRequest);
    qint64 from = std::numeric_limits<qint64>::max();
    for (const QString &tag : group)
        from = std::min(from, std::max(earliest, m_cursor.value(tag, earliest)));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("tags"), QString::fromLatin1(QUrl::toPercentEncoding(group.join(u','), ",")));
    query.addQueryItem(QStringLiteral("raw"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("from"), QString::number(from));
    query.addQueryItem(QStringLiteral("to"), QString::number(m_siteNow + 1));
    query.addQueryItem(QStringLiteral("max_points"), QString::number(kPageSamples));
    send(QStringLiteral("GET"), unitPath(QStringLiteral("series")), query, {}, [this, group](const Response &r) {
        if (m_cancel->load())
            return finishRefresh(false, tr("the refresh was cancelled"));
        if (r.status == 404) { // a tag the site no longer has: find it, mirror the others
            if (group.size() > 1) {
                for (const QString &tag : group)
                    m_single.insert(tag);
            } else {
                qCWarning(lcRuntime) << m_unit.unitId << r.error;
                m_pendingTags.removeAll(group.first());
                if (!m_missing.contains(group.first()))
                    m_missing.append(group.first());
            }
            return fetchSamples();
        }
        if (!r.ok())
            return finishRefresh(false, r.error);
        const QJsonArray series = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("series")).toArray();
        storeSamples(series, group);
        if (m_storeFailed)
            return finishRefresh(false, m_store->errorString());
        if (m_tagCount > 0)
            publish(m_backFill ? 1.0 - double(m_pendingTags.size()) / m_tagCount : -1.0);
        fetchSamples();
    });
}

void RemoteUnitWorker::storeSamples(const QJsonArray &series, const QStringList &asked)
{
    m_storeFailed = false;
    // A tag asked for but not answered, or paged without progress, is not asked again in this
    // refresh: a misbehaving site cannot keep a refresh going forever.
    QSet<QString> answered;
    for (const QJsonValue &v : series) {
        const QJsonObject o = v.toObject();
        const QString tag = o.value(QStringLiteral("tag")).toString();
        if (!asked.contains(tag) || answered.contains(tag))
            continue;
        answered.insert(tag);
        const auto id = m_store->tagId(tag);
        const qint64 cursor = m_cursor.value(tag, std::numeric_limits<qint64>::min());
        std::vector<Sample> samples;
        qint64 newest = cursor;
        const QJsonArray points = o.value(QStringLiteral("samples")).toArray();
        samples.reserve(size_t(points.size()));
        for (const QJsonValue &p : points) {
            const QJsonArray a = p.toArray();
            Sample s;
            const double ts = a.at(0).toDouble();
            if (!(ts > 0 && ts < 4.1e12)) // before 2100, and a number
                continue;
            s.ts = qint64(ts);
            if (!id || s.ts < cursor)
                continue;
            s.tagId = *id;
            if (a.at(1).isDouble()) {
                s.value = a.at(1).toDouble();
            } else {
                s.value = std::numeric_limits<double>::quiet_NaN();
                s.quality = m_store->qualityCode(a.at(2).toString(QStringLiteral("bad"))).value_or(1);
            }
            samples.push_back(s);
            newest = std::max(newest, s.ts + 1);
        }
        if (!samples.empty()) {
            const auto stats = m_store->writeSamples(samples);
            if (!stats) {
                m_storeFailed = true;
                return;
            }
            m_valuesStored += stats->changed;
        }
        const bool more = o.value(QStringLiteral("more")).toBool();
        const double next = o.value(QStringLiteral("next_from")).toDouble();
        if (more && next > 0 && next < 4.1e12)
            newest = std::max(newest, qint64(next));
        const bool progressed = newest > cursor;
        if (progressed)
            m_cursor.insert(tag, newest);
        if (!more || !progressed)
            m_pendingTags.removeAll(tag);
    }
    for (const QString &tag : asked)
        if (!answered.contains(tag))
            m_pendingTags.removeAll(tag);
}

void RemoteUnitWorker::recordModeChange()
{
    const QString mode = operatingModeId(m_snapshot.mode);
    if (m_snapshot.mode == OperatingMode::Unknown || m_store->metaValue(QStringLiteral("mode")).value_or(QString()) == mode)
        return;
    StoredEvent event;
    event.ts = m_snapshot.modeSince > 0 ? m_snapshot.modeSince : m_siteNow;
    event.kind = QStringLiteral("mode");
    event.state = mode;
    event.message = QCoreApplication::translate("tp::UnitWorker", "Operating mode: %1").arg(operatingModeText(m_snapshot.mode));
    if (m_store->addEvent(event))
        m_store->setMetaValue(QStringLiteral("mode"), mode);
}

void RemoteUnitWorker::finishRefresh(bool ok, const QString &error)
{
    m_refreshing = false;
    m_snapshot.lastRefreshMs = m_refreshTimer.isValid() ? m_refreshTimer.elapsed() : 0;
    m_snapshot.valuesStored = m_valuesStored;
    if (ok) {
        ++m_snapshot.refreshCount;
        m_snapshot.lastRefreshAt = m_siteNow;
        m_snapshot.lastError.clear();
        if (m_siteState == UnitState::Error || m_siteState == UnitState::Stalled) {
            m_snapshot.state = UnitState::Error;
            m_snapshot.lastError = tr("At the site: %1").arg(m_siteMessage);
            m_snapshot.message = m_snapshot.lastError;
        } else {
            m_snapshot.state = m_siteState == UnitState::BackFilling ? UnitState::BackFilling : UnitState::Ok;
            m_snapshot.message = m_siteState == UnitState::BackFilling
                ? tr("At the site: %1").arg(m_siteMessage)
                : tr("Mirrored: %n value(s) stored", nullptr, int(std::min<qint64>(m_valuesStored, INT_MAX)));
            if (!m_missing.isEmpty())
                m_snapshot.message += u' ' + tr("The site no longer has %1.").arg(m_missing.join(QStringLiteral(", ")));
        }
    } else {
        ++m_snapshot.errorCount;
        const bool unreachable = !m_cancel->load() && m_lastStatus == 0 && m_lastUnreachable;
        m_snapshot.lastError = error;
        m_snapshot.state = unreachable ? UnitState::Offline : UnitState::Error;
        const QString until = m_snapshot.newestGoodTs > 0
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_snapshot.newestGoodTs), QLocale::ShortFormat)
            : QString();
        m_snapshot.message = !unreachable ? error
            : until.isEmpty()             ? tr("the site %1 cannot be reached; nothing was copied yet").arg(m_unit.site.isEmpty() ? m_unit.source.url : m_unit.site)
                                          : tr("the site %1 cannot be reached; showing the data copied until %2").arg(m_unit.site.isEmpty() ? m_unit.source.url : m_unit.site, until);
        qCWarning(lcRuntime) << m_unit.unitId << "remote refresh failed:" << error;
        Q_EMIT errorOccurred(m_unit.unitId, error);
    }
    publish();
    Q_EMIT refreshFinished(m_unit.unitId, ok);
}

void RemoteUnitWorker::publish(double progress)
{
    UnitSnapshot s = m_snapshot;
    s.unitId = m_unit.unitId;
    s.plant = m_unit.plant;
    s.description = m_unit.description;
    s.now = m_reached ? m_siteNow + m_sinceSiteNow.elapsed() : m_options.clock->now();
    s.freshnessMs = s.newestGoodTs > 0 ? std::max<qint64>(0, s.now - s.newestGoodTs) : -1;
    s.progress = progress;
    Q_EMIT snapshotReady(s);
}

void RemoteUnitWorker::analyze()
{
    send(QStringLiteral("POST"), unitPath(QStringLiteral("analyze")), {}, QByteArray("{}"), [this](const Response &r) {
        Q_EMIT actionFinished(m_unit.unitId, QStringLiteral("analyze"), r.ok(), r.error);
    });
}

void RemoteUnitWorker::retrain()
{
    Q_EMIT actionFinished(m_unit.unitId, QStringLiteral("retrain"), false,
                          tr("%1 is analysed at its site: retrain it there").arg(m_unit.unitId));
}

void RemoteUnitWorker::acknowledge(const QString &alarmKey, const QString &user, const QString &comment)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("comment"), comment}}).toJson(QJsonDocument::Compact);
    const QString path = unitPath(QStringLiteral("alarms/%1/ack").arg(QString::fromLatin1(QUrl::toPercentEncoding(alarmKey))));
    send(QStringLiteral("POST"), path, {}, body, [this, alarmKey, user, comment](const Response &r) {
        if (r.ok()) {
            // The site acknowledges in its own worker: show it at once, the next refresh confirms.
            for (AlarmStatus &a : m_snapshot.alarms) {
                if (a.key != alarmKey)
                    continue;
                a.acknowledgedBy = user;
                a.comment = comment;
                if (a.state == AlarmState::ActiveUnacknowledged)
                    a.state = AlarmState::ActiveAcknowledged;
            }
            m_snapshot.alarms.erase(std::remove_if(m_snapshot.alarms.begin(), m_snapshot.alarms.end(),
                                                   [&](const AlarmStatus &a) { return a.key == alarmKey && a.state == AlarmState::ReturnedUnacknowledged; }),
                                    m_snapshot.alarms.end());
            if (m_store)
                m_store->appendAudit(user, QStringLiteral("remote.acknowledge"), QStringLiteral("%1 at %2: %3").arg(alarmKey, m_unit.source.url, comment));
            QTimer::singleShot(1000, this, [this] { fetchAlarms([this](const Response &) { publish(); }); });
        }
        Q_EMIT actionFinished(m_unit.unitId, QStringLiteral("acknowledge"), r.ok(), r.error);
        publish();
    });
}

void RemoteUnitWorker::acknowledgeAll(const QString &user, const QString &comment)
{
    for (const AlarmStatus &a : std::as_const(m_snapshot.alarms))
        if (a.needsAcknowledgement())
            acknowledge(a.key, user, comment);
}

void RemoteUnitWorker::shelve(const QString &, const QString &, const QString &, qint64)
{
    Q_EMIT actionFinished(m_unit.unitId, QStringLiteral("shelve"), false,
                          tr("Alarms of %1 are shelved at its site").arg(m_unit.unitId));
}

void RemoteUnitWorker::unshelve(const QString &, const QString &, const QString &)
{
    Q_EMIT actionFinished(m_unit.unitId, QStringLiteral("unshelve"), false,
                          tr("Alarms of %1 are shelved at its site").arg(m_unit.unitId));
}

void RemoteUnitWorker::importFiles(const QStringList &paths, const ImportOptions &, std::shared_ptr<std::atomic_bool>)
{
    QList<ImportSummary> summaries;
    for (const QString &path : paths) {
        ImportSummary s;
        s.file = path;
        s.error = tr("%1 is a unit of a remote site: import its exports at the site").arg(m_unit.unitId);
        summaries.append(s);
    }
    Q_EMIT importFinished(m_unit.unitId, summaries);
}

} // namespace tp
