#include "config/configjson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tp {

namespace {

const char *const kLimitNames[] = {"lolo", "lo", "hi", "hihi"};

std::optional<AlarmLimit> TagConfig::*limitMember(int i)
{
    switch (i) {
    case 0: return &TagConfig::lolo;
    case 1: return &TagConfig::lo;
    case 2: return &TagConfig::hi;
    default: return &TagConfig::hihi;
    }
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

std::optional<double> numberOf(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

QJsonObject unitConfigToJson(const UnitConfig &unit)
{
    QJsonArray tags;
    for (const TagConfig &t : unit.tags) {
        QJsonObject o{{QStringLiteral("name"), t.name},
                      {QStringLiteral("description"), t.description},
                      {QStringLiteral("unit"), t.engineeringUnit},
                      {QStringLiteral("kind"), tagKindId(t.kind)},
                      {QStringLiteral("role"), tagRoleId(t.role)}};
        for (int i = 0; i < 4; ++i) {
            if (const auto &limit = t.*limitMember(i))
                o.insert(QLatin1StringView(kLimitNames[i]),
                         QJsonObject{{QStringLiteral("value"), limit->value}, {QStringLiteral("priority"), alarmPriorityId(limit->priority)}});
        }
        o.insert(QStringLiteral("normal_low"), optionalNumber(t.normalLow));
        o.insert(QStringLiteral("normal_high"), optionalNumber(t.normalHigh));
        o.insert(QStringLiteral("deadband"), optionalNumber(t.deadband));
        o.insert(QStringLiteral("on_delay"), t.onDelay ? QJsonValue(*t.onDelay) : QJsonValue());
        tags.append(o);
    }
    return QJsonObject{{QStringLiteral("id"), unit.unitId},
                       {QStringLiteral("plant"), unit.plant},
                       {QStringLiteral("description"), unit.description},
                       {QStringLiteral("time_zone"), QString::fromUtf8(unit.timeZone)},
                       {QStringLiteral("refresh_interval_ms"), double(unit.refreshInterval.count())},
                       {QStringLiteral("tags"), tags},
                       {QStringLiteral("analysis"), QJsonObject::fromVariantMap(unit.analysis)},
                       {QStringLiteral("rul"), QJsonObject::fromVariantMap(unit.rul)}};
}

std::optional<UnitConfig> unitConfigFromJson(const QJsonObject &json, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    UnitConfig u;
    u.unitId = json.value(QStringLiteral("id")).toString();
    if (u.unitId.isEmpty())
        return fail(QCoreApplication::translate("tp::FleetConfig", "a unit without an id"));
    u.plant = json.value(QStringLiteral("plant")).toString();
    u.description = json.value(QStringLiteral("description")).toString();
    u.timeZone = json.value(QStringLiteral("time_zone")).toString().toUtf8();
    const double interval = json.value(QStringLiteral("refresh_interval_ms")).toDouble(300'000);
    u.refreshInterval = std::chrono::milliseconds(qint64(std::clamp(interval, 1000.0, 86'400'000.0)));
    u.analysis = json.value(QStringLiteral("analysis")).toObject().toVariantMap();
    u.rul = json.value(QStringLiteral("rul")).toObject().toVariantMap();
    for (const QJsonValue &v : json.value(QStringLiteral("tags")).toArray()) {
        const QJsonObject o = v.toObject();
        TagConfig t;
        t.name = o.value(QStringLiteral("name")).toString();
        if (t.name.isEmpty())
            return fail(QCoreApplication::translate("tp::FleetConfig", "%1: a tag without a name").arg(u.unitId));
        t.description = o.value(QStringLiteral("description")).toString();
        t.engineeringUnit = o.value(QStringLiteral("unit")).toString();
        const auto kind = tagKindFromId(o.value(QStringLiteral("kind")).toString());
        t.kind = kind.value_or(deriveTagKind(t.name));
        t.kindDerived = !kind;
        t.role = tagRoleFromId(o.value(QStringLiteral("role")).toString()).value_or(TagRole::None);
        for (int i = 0; i < 4; ++i) {
            const QJsonObject limit = o.value(QLatin1StringView(kLimitNames[i])).toObject();
            if (limit.value(QStringLiteral("value")).isDouble())
                t.*limitMember(i) = AlarmLimit{limit.value(QStringLiteral("value")).toDouble(),
                                              alarmPriorityFromId(limit.value(QStringLiteral("priority")).toString()).value_or(AlarmPriority::Medium)};
        }
        t.normalLow = numberOf(o, "normal_low");
        t.normalHigh = numberOf(o, "normal_high");
        t.deadband = numberOf(o, "deadband");
        if (const auto delay = numberOf(o, "on_delay"))
            t.onDelay = int(*delay);
        u.tags.append(t);
    }
    return u;
}

} // namespace tp
