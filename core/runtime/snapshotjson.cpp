#include "runtime/snapshotjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace tp {

namespace {
QJsonValue optional(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue();
}

std::optional<double> optionalFrom(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}
} // namespace

qint64 timeFromJson(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QJsonValue timeToJson(qint64 ms)
{
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject alarmToJson(const AlarmStatus &a, const QString &unitId)
{
    return QJsonObject{{QStringLiteral("unit"), unitId},
                       {QStringLiteral("key"), a.key},
                       {QStringLiteral("tag"), a.tag},
                       {QStringLiteral("limit_id"), a.limitId},
                       {QStringLiteral("priority"), alarmPriorityId(a.priority)},
                       {QStringLiteral("state"), alarmStateId(a.state)},
                       {QStringLiteral("condition"), a.condition},
                       {QStringLiteral("message"), a.message},
                       {QStringLiteral("value"), std::isfinite(a.value) ? QJsonValue(a.value) : QJsonValue()},
                       {QStringLiteral("limit"), a.limit},
                       {QStringLiteral("engineering_unit"), a.engineeringUnit},
                       {QStringLiteral("since"), timeToJson(a.since)},
                       {QStringLiteral("since_ms"), double(a.since)},
                       {QStringLiteral("raised_at"), timeToJson(a.raisedAt)},
                       {QStringLiteral("raised_at_ms"), double(a.raisedAt)},
                       {QStringLiteral("contributors"), a.contributors},
                       {QStringLiteral("acknowledged_by"), a.acknowledgedBy},
                       {QStringLiteral("acknowledged_at_ms"), double(a.acknowledgedAt)},
                       {QStringLiteral("shelved_by"), a.shelvedBy},
                       {QStringLiteral("shelved_until_ms"), double(a.shelvedUntil)},
                       {QStringLiteral("comment"), a.comment}};
}

AlarmStatus alarmFromJson(const QJsonObject &o)
{
    AlarmStatus a;
    a.key = str(o, "key");
    a.tag = str(o, "tag");
    a.limitId = str(o, "limit_id");
    a.priority = alarmPriorityFromId(str(o, "priority")).value_or(AlarmPriority::Medium);
    a.state = alarmStateFromId(str(o, "state")).value_or(AlarmState::ActiveUnacknowledged);
    a.condition = o.value(QStringLiteral("condition")).toBool();
    a.message = str(o, "message");
    a.value = o.value(QStringLiteral("value")).toDouble(std::numeric_limits<double>::quiet_NaN());
    a.limit = o.value(QStringLiteral("limit")).toDouble();
    a.engineeringUnit = str(o, "engineering_unit");
    a.since = o.contains(QStringLiteral("since_ms")) ? timeFromJson(o.value(QStringLiteral("since_ms"))) : timeFromJson(o.value(QStringLiteral("since")));
    a.raisedAt = timeFromJson(o.value(QStringLiteral("raised_at_ms")));
    a.contributors = str(o, "contributors");
    a.acknowledgedBy = str(o, "acknowledged_by");
    a.acknowledgedAt = timeFromJson(o.value(QStringLiteral("acknowledged_at_ms")));
    a.shelvedBy = str(o, "shelved_by");
    a.shelvedUntil = timeFromJson(o.value(QStringLiteral("shelved_until_ms")));
    a.comment = str(o, "comment");
    return a;
}

QJsonObject explanationToJson(const Explanation &e)
{
    QJsonArray contributors;
    for (const auto &[tag, share] : e.contributors)
        contributors.append(QJsonArray{tag, share});
    return QJsonObject{{QStringLiteral("ok"), e.ok},
                       {QStringLiteral("message"), e.message},
                       {QStringLiteral("frame_ms"), double(e.frameTs)},
                       {QStringLiteral("running"), e.running},
                       {QStringLiteral("scored"), e.scored},
                       {QStringLiteral("anomaly"), e.anomaly},
                       {QStringLiteral("t2"), e.t2},
                       {QStringLiteral("spe"), e.spe},
                       {QStringLiteral("t2_limit"), e.t2Limit},
                       {QStringLiteral("spe_limit"), e.speLimit},
                       {QStringLiteral("contributors"), contributors},
                       {QStringLiteral("model"), e.model}};
}

Explanation explanationFromJson(const QJsonObject &o)
{
    Explanation e;
    e.ok = o.value(QStringLiteral("ok")).toBool();
    e.message = str(o, "message");
    e.frameTs = timeFromJson(o.value(QStringLiteral("frame_ms")));
    e.running = o.value(QStringLiteral("running")).toBool(true);
    e.scored = o.value(QStringLiteral("scored")).toBool();
    e.anomaly = o.value(QStringLiteral("anomaly")).toDouble();
    e.t2 = o.value(QStringLiteral("t2")).toDouble();
    e.spe = o.value(QStringLiteral("spe")).toDouble();
    e.t2Limit = o.value(QStringLiteral("t2_limit")).toDouble();
    e.speLimit = o.value(QStringLiteral("spe_limit")).toDouble();
    for (const QJsonValue &c : o.value(QStringLiteral("contributors")).toArray()) {
        const QJsonArray pair = c.toArray();
        if (pair.size() == 2 && pair.at(0).isString() && pair.at(1).isDouble())
            e.contributors.append({pair.at(0).toString(), pair.at(1).toDouble()});
    }
    e.model = str(o, "model");
    return e;
}

QJsonObject rulToJson(const RulSummary &r)
{
    return QJsonObject{{QStringLiteral("indicator"), r.indicator},
                       {QStringLiteral("description"), r.description},
                       {QStringLiteral("state"), r.state},
                       {QStringLiteral("state_text"), r.stateText},
                       {QStringLiteral("limit"), r.limit},
                       {QStringLiteral("limit_name"), r.limitName},
                       {QStringLiteral("rising"), r.rising},
                       {QStringLiteral("model"), r.model},
                       {QStringLiteral("p10_days"), optional(r.p10Days)},
                       {QStringLiteral("p50_days"), optional(r.p50Days)},
                       {QStringLiteral("p90_days"), optional(r.p90Days)},
                       {QStringLiteral("current"), optional(r.current)},
                       {QStringLiteral("band_inflation"), r.bandInflation},
                       {QStringLiteral("at_ms"), double(r.at)}};
}

RulSummary rulFromJson(const QJsonObject &o)
{
    RulSummary r;
    r.indicator = str(o, "indicator");
    r.description = str(o, "description");
    r.state = str(o, "state");
    r.stateText = str(o, "state_text");
    r.limit = o.value(QStringLiteral("limit")).toDouble();
    r.limitName = str(o, "limit_name");
    r.rising = o.value(QStringLiteral("rising")).toBool(true);
    r.model = str(o, "model");
    r.p10Days = optionalFrom(o.value(QStringLiteral("p10_days")));
    r.p50Days = optionalFrom(o.value(QStringLiteral("p50_days")));
    r.p90Days = optionalFrom(o.value(QStringLiteral("p90_days")));
    r.current = optionalFrom(o.value(QStringLiteral("current")));
    r.bandInflation = o.value(QStringLiteral("band_inflation")).toDouble(1.0);
    r.at = timeFromJson(o.value(QStringLiteral("at_ms")));
    return r;
}

QJsonObject tagSnapshotToJson(const TagSnapshot &t)
{
    QJsonObject o{{QStringLiteral("name"), t.name},
                  {QStringLiteral("description"), t.description},
                  {QStringLiteral("unit"), t.engineeringUnit},
                  {QStringLiteral("kind"), tagKindId(t.kind)},
                  {QStringLiteral("quality"), t.quality},
                  {QStringLiteral("stale"), t.stale},
                  {QStringLiteral("indicators"), int(t.indicators)},
                  {QStringLiteral("value"), t.ts > 0 && std::isfinite(t.value) ? QJsonValue(t.value) : QJsonValue()},
                  {QStringLiteral("time"), timeToJson(t.ts)},
                  {QStringLiteral("time_ms"), double(t.ts)},
                  {QStringLiteral("last_good_ms"), double(t.lastGoodTs)},
                  {QStringLiteral("alarm"), t.alarm ? QJsonValue(alarmStateId(*t.alarm)) : QJsonValue()},
                  {QStringLiteral("band_low"), optional(t.bandLow)},
                  {QStringLiteral("band_high"), optional(t.bandHigh)}};
    return o;
}

TagSnapshot tagSnapshotFromJson(const QJsonObject &o)
{
    TagSnapshot t;
    t.name = str(o, "name");
    t.description = str(o, "description");
    t.engineeringUnit = str(o, "unit");
    t.kind = tagKindFromId(str(o, "kind")).value_or(deriveTagKind(t.name));
    t.quality = str(o, "quality");
    t.stale = o.value(QStringLiteral("stale")).toBool();
    t.indicators = quint8(o.value(QStringLiteral("indicators")).toInt());
    t.ts = o.contains(QStringLiteral("time_ms")) ? timeFromJson(o.value(QStringLiteral("time_ms"))) : timeFromJson(o.value(QStringLiteral("time")));
    t.value = o.value(QStringLiteral("value")).toDouble(std::numeric_limits<double>::quiet_NaN());
    t.lastGoodTs = timeFromJson(o.value(QStringLiteral("last_good_ms")));
    if (const auto state = alarmStateFromId(str(o, "alarm")))
        t.alarm = *state;
    t.bandLow = optionalFrom(o.value(QStringLiteral("band_low")));
    t.bandHigh = optionalFrom(o.value(QStringLiteral("band_high")));
    return t;
}

QJsonObject unitStatusToJson(const UnitSnapshot &s)
{
    QJsonObject o{{QStringLiteral("id"), s.unitId},
                  {QStringLiteral("plant"), s.plant},
                  {QStringLiteral("description"), s.description},
                  {QStringLiteral("state"), unitStateId(s.state)},
                  {QStringLiteral("mode"), operatingModeId(s.mode)},
                  {QStringLiteral("mode_since_ms"), double(s.modeSince)},
                  {QStringLiteral("message"), s.message},
                  {QStringLiteral("last_error"), s.lastError},
                  {QStringLiteral("refresh_count"), s.refreshCount},
                  {QStringLiteral("error_count"), s.errorCount},
                  {QStringLiteral("standing_alarms"), s.alarms.size()},
                  {QStringLiteral("unacknowledged_alarms"), s.unacknowledgedCount()},
                  {QStringLiteral("health_index"), optional(s.healthIndex)},
                  {QStringLiteral("health_grade"), s.healthGrade},
                  {QStringLiteral("anomaly"), optional(s.anomaly)},
                  {QStringLiteral("t2_limit"), optional(s.t2Limit)},
                  {QStringLiteral("spe_limit"), optional(s.speLimit)},
                  {QStringLiteral("contributors"), QJsonArray::fromStringList(s.contributors)},
                  {QStringLiteral("model_info"), s.modelInfo},
                  {QStringLiteral("stale_tags"), s.staleTags},
                  {QStringLiteral("newest_good_ms"), double(s.newestGoodTs)},
                  {QStringLiteral("now_ms"), double(s.now)},
                  {QStringLiteral("last_refresh_ms"), double(s.lastRefreshAt)},
                  {QStringLiteral("last_refresh_duration_ms"), double(s.lastRefreshMs)},
                  {QStringLiteral("alarm_rate"), QJsonObject{{QStringLiteral("last_ten_minutes"), s.alarmRate.lastTenMinutes},
                                                             {QStringLiteral("peak_ten_minutes"), s.alarmRate.peakTenMinutes},
                                                             {QStringLiteral("floods_last_day"), s.alarmRate.floodsLastDay},
                                                             {QStringLiteral("flood"), s.alarmRate.flood}}}};
    o.insert(QStringLiteral("data_age_seconds"), s.freshnessMs < 0 ? QJsonValue() : QJsonValue(double(s.freshnessMs) / 1000.0));
    o.insert(QStringLiteral("last_refresh"), timeToJson(s.lastRefreshAt));
    // Stale: mode, health, anomaly and RUL describe the newest data ("as_of"), not now.
    o.insert(QStringLiteral("stale"), s.stale);
    o.insert(QStringLiteral("stale_after_seconds"), double(s.staleAfterMs) / 1000.0);
    o.insert(QStringLiteral("as_of"), s.newestGoodTs > 0 ? QJsonValue(timeToJson(s.newestGoodTs)) : QJsonValue());
    if (!s.alarms.isEmpty()) {
        const AlarmStatus &w = s.alarms.first();
        o.insert(QStringLiteral("worst_alarm"), QJsonObject{{QStringLiteral("key"), w.key}, {QStringLiteral("priority"), alarmPriorityId(w.priority)},
                                                              {QStringLiteral("state"), alarmStateId(w.state)}, {QStringLiteral("message"), w.message}});
    }
    const auto urgent = std::find_if(s.rul.cbegin(), s.rul.cend(), [](const RulSummary &r) { return r.state == u"forecast" && r.p50Days; });
    if (urgent != s.rul.cend()) {
        QJsonObject r{{QStringLiteral("indicator"), urgent->indicator}, {QStringLiteral("limit"), urgent->limit}};
        r.insert(QStringLiteral("p10_days"), optional(urgent->p10Days));
        r.insert(QStringLiteral("p50_days"), *urgent->p50Days);
        r.insert(QStringLiteral("p90_days"), optional(urgent->p90Days));
        o.insert(QStringLiteral("rul"), r);
    }
    return o;
}

void applyUnitStatusJson(const QJsonObject &o, UnitSnapshot &s)
{
    s.mode = operatingModeFromId(str(o, "mode")).value_or(OperatingMode::Unknown);
    s.modeSince = timeFromJson(o.value(QStringLiteral("mode_since_ms")));
    s.healthIndex = optionalFrom(o.value(QStringLiteral("health_index")));
    s.healthGrade = str(o, "health_grade");
    s.anomaly = optionalFrom(o.value(QStringLiteral("anomaly")));
    s.t2Limit = optionalFrom(o.value(QStringLiteral("t2_limit")));
    s.speLimit = optionalFrom(o.value(QStringLiteral("spe_limit")));
    s.contributors.clear();
    for (const QJsonValue &c : o.value(QStringLiteral("contributors")).toArray())
        s.contributors.append(c.toString());
    s.modelInfo = str(o, "model_info");
    s.staleTags = o.value(QStringLiteral("stale_tags")).toInt();
    s.newestGoodTs = timeFromJson(o.value(QStringLiteral("newest_good_ms")));
    const qint64 now = timeFromJson(o.value(QStringLiteral("now_ms")));
    if (now > 0)
        s.now = now;
    s.freshnessMs = s.newestGoodTs > 0 ? std::max<qint64>(0, s.now - s.newestGoodTs) : -1;
    s.stale = o.value(QStringLiteral("stale")).toBool();
    s.staleAfterMs = qint64(o.value(QStringLiteral("stale_after_seconds")).toDouble() * 1000.0);
    const QJsonObject rate = o.value(QStringLiteral("alarm_rate")).toObject();
    s.alarmRate.lastTenMinutes = rate.value(QStringLiteral("last_ten_minutes")).toInt();
    s.alarmRate.peakTenMinutes = rate.value(QStringLiteral("peak_ten_minutes")).toInt();
    s.alarmRate.floodsLastDay = rate.value(QStringLiteral("floods_last_day")).toInt();
    s.alarmRate.flood = rate.value(QStringLiteral("flood")).toBool();
}

} // namespace tp
