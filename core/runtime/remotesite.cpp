#include "runtime/remotesite.h"

#include "config/configjson.h"
#include "runtime/snapshotjson.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

namespace tp {

namespace {
QString sitesFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("sites.json"));
}

/**
 * GET @p path (with @p query) of the site at @p base, blocking on this thread's own event loop
 * (a pool thread's: nothing else is queued to it). The JSON answer, or nullopt and a translated
 * reason in @p error naming the URL.
 */
std::optional<QJsonDocument> getJson(QNetworkAccessManager &network, const QUrl &base, const QByteArray &token,
                                     const QString &path, const QString &query, int timeoutMs, QString *error)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    // The token never follows a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString shown = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    if (status == 0)
        *error = RemoteSites::tr("%1: %2").arg(shown, reply->errorString());
    else if (status == 401 || status == 403)
        *error = RemoteSites::tr("%1: the site refused the token (%2)").arg(shown, QString::number(status));
    else if (status < 200 || status >= 300)
        *error = RemoteSites::tr("%1: the site answered %2").arg(shown, QString::number(status));
    if (!error->isEmpty())
        return std::nullopt;
    QJsonParseError parse{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = RemoteSites::tr("%1: not a TurboPredict server (the answer is not JSON: %2)").arg(shown, parse.errorString());
        return std::nullopt;
    }
    return doc;
}
} // namespace

QString RemoteSites::cleanName(const QString &name)
{
    QString out;
    for (const QChar c : name.trimmed()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.')
            out += c;
        else if (c.isSpace() && !out.endsWith(u'-'))
            out += u'-';
    }
    return out.left(40);
}

SiteDiscovery RemoteSites::discover(RemoteSite site, int timeoutMs)
{
    SiteDiscovery result;
    site.name = cleanName(site.name);
    const QUrl base(site.url, QUrl::StrictMode);
    if (site.name.isEmpty()) {
        result.error = tr("The site needs a name (letters, digits, '-', '_' or '.').");
        return result;
    }
    if (!base.isValid() || (base.scheme() != u"http" && base.scheme() != u"https") || base.host().isEmpty()) {
        result.error = tr("\"%1\" is not an http or https URL").arg(site.url);
        return result;
    }
    QNetworkAccessManager network;
    auto get = [&](const QString &path, QString *error) {
        return getJson(network, base, site.token, path, QString(), timeoutMs, error).value_or(QJsonDocument());
    };
    const QJsonDocument units = get(QStringLiteral("/api/v1/units"), &result.error);
    if (!result.error.isEmpty())
        return result;
    if (!units.isArray()) {
        result.error = tr("%1: not a TurboPredict server (no unit list)").arg(site.url);
        return result;
    }
    site.units.clear();
    for (const QJsonValue &u : units.array()) {
        const QString id = u.toObject().value(QStringLiteral("id")).toString();
        // Ids become folder and file names here: only what a unit id can be.
        static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
        if (!safe.match(id).hasMatch()) {
            result.error = tr("%1: \"%2\" is not a unit id").arg(site.url, id);
            return result;
        }
        const QJsonDocument config = get(QStringLiteral("/api/v1/units/%1/config").arg(QString::fromLatin1(QUrl::toPercentEncoding(id))), &result.error);
        if (!result.error.isEmpty())
            return result;
        auto unit = unitConfigFromJson(config.object(), &result.error);
        if (!unit)
            return result;
        if (unit->unitId != id) {
            result.error = tr("%1: the configuration of %2 names another unit (%3)").arg(site.url, id, unit->unitId);
            return result;
        }
        site.units.append(*unit);
    }
    if (site.units.isEmpty()) {
        result.error = tr("%1 serves no units").arg(site.url);
        return result;
    }
    result.ok = true;
    result.site = site;
    return result;
}

Explanation RemoteSites::explain(const UnitConfig &unit, qint64 ts, int timeoutMs)
{
    QNetworkAccessManager network;
    Explanation failed;
    const auto answer = getJson(network, QUrl(unit.source.url), unit.source.token,
                                QStringLiteral("/api/v1/units/%1/explain").arg(QString::fromLatin1(QUrl::toPercentEncoding(unit.siteUnitId()))),
                                QStringLiteral("at=%1").arg(ts), timeoutMs, &failed.message);
    return answer ? explanationFromJson(answer->object()) : failed;
}

QList<UnitConfig> RemoteSites::localUnits(const RemoteSite &site)
{
    QList<UnitConfig> out;
    for (UnitConfig u : site.units) {
        u.source = SourceConfig{};
        u.source.type = SourceType::Remote;
        u.source.url = site.url;
        u.source.remoteUnit = u.unitId;
        u.source.token = site.token;
        u.source.history = site.history;
        u.unitId = u.unitId + u'@' + site.name;
        u.site = site.name;
        out.append(u);
    }
    return out;
}

QList<RemoteSite> RemoteSites::fromUnits(const QList<UnitConfig> &units)
{
    QList<RemoteSite> sites;
    for (const UnitConfig &u : units) {
        if (u.site.isEmpty())
            continue;
        auto it = std::find_if(sites.begin(), sites.end(), [&](const RemoteSite &s) { return s.name == u.site; });
        if (it == sites.end()) {
            RemoteSite s;
            s.name = u.site;
            s.url = u.source.url;
            s.token = u.source.token;
            s.history = u.source.history;
            sites.append(s);
            it = sites.end() - 1;
        }
        UnitConfig at = u;
        at.unitId = u.siteUnitId();
        at.site.clear();
        at.source = SourceConfig{};
        it->units.append(at);
    }
    return sites;
}

QList<RemoteSite> RemoteSites::load(const QString &dataDir, QString *error)
{
    QList<RemoteSite> sites;
    QFile f(sitesFile(dataDir));
    if (!f.exists())
        return sites;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: %2").arg(f.fileName(), f.errorString());
        return sites;
    }
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("%1: %2 at offset %3").arg(f.fileName(), parse.errorString()).arg(parse.offset);
        return sites;
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("sites")).toArray()) {
        const QJsonObject o = v.toObject();
        RemoteSite s;
        s.name = cleanName(o.value(QStringLiteral("name")).toString());
        s.url = o.value(QStringLiteral("url")).toString();
        s.token = o.value(QStringLiteral("token")).toString().toUtf8();
        s.history = std::chrono::milliseconds(qint64(o.value(QStringLiteral("history_ms")).toDouble(30.0 * 86'400'000)));
        for (const QJsonValue &u : o.value(QStringLiteral("units")).toArray())
            if (auto unit = unitConfigFromJson(u.toObject(), nullptr))
                s.units.append(*unit);
        if (!s.name.isEmpty() && !s.url.isEmpty())
            sites.append(s);
    }
    return sites;
}

bool RemoteSites::save(const QString &dataDir, const QList<RemoteSite> &sites, QString *error)
{
    QJsonArray list;
    for (const RemoteSite &s : sites) {
        QJsonArray units;
        for (const UnitConfig &u : s.units)
            units.append(unitConfigToJson(u));
        list.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("url"), s.url},
                                {QStringLiteral("token"), QString::fromUtf8(s.token)},
                                {QStringLiteral("history_ms"), double(s.history.count())},
                                {QStringLiteral("units"), units}});
    }
    QDir().mkpath(dataDir);
    QSaveFile f(sitesFile(dataDir));
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // it holds tokens
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("sites"), list}}).toJson());
    if (!f.commit()) {
        if (error)
            *error = tr("%1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    return true;
}

} // namespace tp
