#include "pi/pidiscovery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace tp {

PiPointList PiDiscovery::listPoints(const PiConnection &connection, const QString &dataServer,
                                    const QString &nameFilter, const std::function<bool(qsizetype)> &progress)
{
    PiPointList result;
    PiWebApiClient client(connection);
    bool cancelled = false;
    client.setCancel([&cancelled] { return cancelled; });
    const PiResponse servers = client.get(QStringLiteral("dataservers"), {}, 2);
    if (!servers.ok()) {
        result.error = servers.error;
        return result;
    }
    QStringList names;
    QString webId;
    const QJsonArray items = servers.json.object().value(QLatin1StringView("Items")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1StringView("Name")).toString();
        names.append(name);
        if ((dataServer.isEmpty() && items.size() == 1) || name.compare(dataServer, Qt::CaseInsensitive) == 0) {
            webId = o.value(QLatin1StringView("WebId")).toString();
            result.dataServer = name;
        }
    }
    if (webId.isEmpty()) {
        if (!dataServer.isEmpty())
            result.error = tr("%1: no data server named %2 (the server has %3)")
                               .arg(client.displayUrl(), dataServer, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
        else
            result.error = names.isEmpty() ? tr("%1 lists no data server").arg(client.displayUrl())
                                           : tr("%1 lists %2 data servers (%3): name one")
                                                 .arg(client.displayUrl()).arg(names.size()).arg(names.join(QStringLiteral(", ")));
        return result;
    }
    // Pages of the server's default size: the point list's page is short only at the end.
    const int page = 1000;
    for (int start = 0;; start += page) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("nameFilter"), nameFilter.isEmpty() ? QStringLiteral("*") : nameFilter);
        q.addQueryItem(QStringLiteral("startIndex"), QString::number(start));
        q.addQueryItem(QStringLiteral("maxCount"), QString::number(page));
        const PiResponse r = client.get(QStringLiteral("dataservers/%1/points").arg(webId), q);
        if (!r.ok()) {
            result.error = r.error;
            return result;
        }
        const QJsonArray points = r.json.object().value(QLatin1StringView("Items")).toArray();
        for (const QJsonValue &v : points) {
            const QJsonObject o = v.toObject();
            PiPoint p;
            p.webId = o.value(QLatin1StringView("WebId")).toString();
            p.name = o.value(QLatin1StringView("Name")).toString();
            p.descriptor = o.value(QLatin1StringView("Descriptor")).toString().trimmed();
            p.engineeringUnits = o.value(QLatin1StringView("EngineeringUnits")).toString().trimmed();
            p.pointType = o.value(QLatin1StringView("PointType")).toString();
            p.digitalSetName = o.value(QLatin1StringView("DigitalSetName")).toString();
            result.points.append(p);
        }
        if (progress && !progress(result.points.size())) {
            result.error = tr("%1: cancelled").arg(client.displayUrl());
            return result;
        }
        if (points.size() < page)
            break;
    }
    std::sort(result.points.begin(), result.points.end(),
              [](const PiPoint &a, const PiPoint &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    result.ok = true;
    return result;
}

UnitDraft PiDiscovery::draft(const PiPointList &list, const SourceConfig &source, const QString &unitId,
                             const QString &plant, const QByteArray &timeZone)
{
    UnitDraft d;
    d.unitId = unitId;
    d.plant = plant;
    d.timeZone = timeZone;
    d.source = source;
    d.source.type = SourceType::PiWebApi;
    if (d.source.dataServer.isEmpty())
        d.source.dataServer = list.dataServer;
    d.notes.append(tr("Written by turbopredictd discover-pi from %1 (data server %2) on %3.")
                       .arg(QUrl(source.url).toDisplayString(QUrl::RemoveUserInfo), list.dataServer,
                            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    for (const PiPoint &p : list.points) {
        if (p.pointType.compare(QLatin1StringView("String"), Qt::CaseInsensitive) == 0
            || p.pointType.compare(QLatin1StringView("Blob"), Qt::CaseInsensitive) == 0)
            continue; // text, not a measurement
        UnitDraft::Tag t;
        t.name = p.name;
        t.description = p.descriptor;
        t.engineeringUnit = p.engineeringUnits;
        if (p.pointType.compare(QLatin1StringView("Digital"), Qt::CaseInsensitive) == 0)
            t.notes.append(tr("Digital point (state set %1): its states are stored as their codes, with their names").arg(p.digitalSetName));
        d.tags.append(t);
    }
    UnitFileWriter::guessRoles(d);
    return d;
}

} // namespace tp
