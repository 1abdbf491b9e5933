#include "fleetconfig.h"
#include "configdiagnostic.h"

#include <QCoreApplication>

#include <algorithm>

namespace tp {

QString alarmPriorityId(AlarmPriority priority)
{
    switch (priority) {
    case AlarmPriority::Critical: return QStringLiteral("critical");
    case AlarmPriority::High: return QStringLiteral("high");
    case AlarmPriority::Medium: return QStringLiteral("medium");
    case AlarmPriority::Low: return QStringLiteral("low");
    }
    return QString();
}

std::optional<AlarmPriority> alarmPriorityFromId(QStringView id)
{
    for (AlarmPriority p : {AlarmPriority::Critical, AlarmPriority::High, AlarmPriority::Medium,
                            AlarmPriority::Low}) {
        if (id.compare(alarmPriorityId(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString sourceTypeId(SourceType type)
{
    switch (type) {
    case SourceType::Simulator: return QStringLiteral("simulator");
    case SourceType::Xlsx: return QStringLiteral("xlsx");
    case SourceType::Csv: return QStringLiteral("csv");
    case SourceType::Folder: return QStringLiteral("folder");
    case SourceType::Remote: return QStringLiteral("remote");
    case SourceType::PiWebApi: return QStringLiteral("piwebapi");
    }
    return QString();
}

QString piAuthId(PiAuth auth)
{
    switch (auth) {
    case PiAuth::Kerberos: return QStringLiteral("kerberos");
    case PiAuth::Basic: return QStringLiteral("basic");
    case PiAuth::Bearer: return QStringLiteral("bearer");
    case PiAuth::Anonymous: return QStringLiteral("anonymous");
    }
    return QString();
}

std::optional<PiAuth> piAuthFromId(QStringView id)
{
    for (PiAuth a : {PiAuth::Kerberos, PiAuth::Basic, PiAuth::Bearer, PiAuth::Anonymous}) {
        if (id.compare(piAuthId(a), Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

std::optional<SourceType> sourceTypeFromId(QStringView id)
{
    for (SourceType t : {SourceType::Simulator, SourceType::Xlsx, SourceType::Csv,
                         SourceType::Folder, SourceType::Remote, SourceType::PiWebApi}) {
        if (id.compare(sourceTypeId(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

const TagConfig *UnitConfig::findTag(QStringView name) const
{
    for (const TagConfig &tag : tags) {
        if (name.compare(tag.name, Qt::CaseInsensitive) == 0)
            return &tag;
    }
    return nullptr;
}

const UnitConfig *FleetConfig::findUnit(QStringView unitId) const
{
    for (const UnitConfig &unit : units) {
        if (unitId.compare(unit.unitId, Qt::CaseInsensitive) == 0)
            return &unit;
    }
    return nullptr;
}

QString UnitConfig::siteUnitId() const
{
    return isRemote() && !source.remoteUnit.isEmpty() ? source.remoteUnit : unitId;
}

QString UnitConfig::group() const
{
    return site.isEmpty() ? plant : QCoreApplication::translate("tp::FleetConfig", "%1 (%2)").arg(plant, site);
}

qint64 UnitConfig::staleAfterMs() const
{
    if (staleAfterSetting.count() > 0)
        return staleAfterSetting.count();
    qint64 ms = std::max<qint64>(3 * refreshInterval.count(), 3'600'000);
    if (source.type == SourceType::Simulator)
        ms = std::max<qint64>(ms, 3 * source.interval.count());
    return ms;
}

QString derivedTagName(const UnitConfig &unit, DerivedTag which)
{
    const QString id = unit.siteUnitId();
    const QString prefix = unit.plant.isEmpty() ? id : unit.plant + u'.' + id;
    switch (which) {
    case DerivedTag::Health: return prefix + QStringLiteral(".TP-HEALTH.PV");
    case DerivedTag::T2: return prefix + QStringLiteral(".TP-T2.PV");
    case DerivedTag::Spe: return prefix + QStringLiteral(".TP-SPE.PV");
    case DerivedTag::Anomaly: return prefix + QStringLiteral(".TP-ANOMALY.PV");
    }
    return QString();
}

// The unit's tags plus those the analysis writes: the health index, Hotelling's T^2 and SPE
// of each scored frame, and the multivariate anomaly index (whose HI limit of 1 is the
// statistical alarm).
UnitConfig withDerivedTags(const UnitConfig &unit)
{
    UnitConfig u = unit;
    TagConfig health;
    health.name = derivedTagName(unit, DerivedTag::Health);
    health.description = QCoreApplication::translate("tp::UnitWorker", "Health index (TurboPredict)");
    health.engineeringUnit = QStringLiteral("%");
    health.kind = TagKind::Calculated;
    health.kindDerived = false;
    health.normalLow = 60;
    health.normalHigh = 100;
    TagConfig anomaly;
    anomaly.name = derivedTagName(unit, DerivedTag::Anomaly);
    anomaly.description = QCoreApplication::translate("tp::UnitWorker", "Multivariate anomaly index (TurboPredict; 1 = limit)");
    anomaly.kind = TagKind::Calculated;
    anomaly.kindDerived = false;
    anomaly.hi = AlarmLimit{1.0, AlarmPriority::Medium};
    anomaly.onDelay = 3;
    anomaly.deadband = 0.2;
    TagConfig t2;
    t2.name = derivedTagName(unit, DerivedTag::T2);
    t2.description = QCoreApplication::translate("tp::UnitWorker", "Hotelling T^2 of the multivariate model (TurboPredict)");
    t2.kind = TagKind::Calculated;
    t2.kindDerived = false;
    TagConfig spe = t2;
    spe.name = derivedTagName(unit, DerivedTag::Spe);
    spe.description = QCoreApplication::translate("tp::UnitWorker", "SPE (Q) of the multivariate model (TurboPredict)");
    for (const TagConfig &t : {health, t2, spe, anomaly})
        if (!u.findTag(t.name)) // a remote unit's configuration may already list them
            u.tags.append(t);
    return u;
}

QStringList FleetConfig::groups() const
{
    QStringList remote;
    for (const UnitConfig &unit : units)
        if (!unit.site.isEmpty() && !remote.contains(unit.group()))
            remote.append(unit.group());
    remote.sort();
    return plants() + remote;
}

QStringList FleetConfig::plants() const
{
    QStringList others;
    for (const UnitConfig &unit : units) {
        if (unit.site.isEmpty() && !others.contains(unit.plant) && !global.plantOrder.contains(unit.plant))
            others.append(unit.plant);
    }
    others.sort();
    QStringList result;
    for (const QString &plant : global.plantOrder) {
        if (std::any_of(units.cbegin(), units.cend(),
                        [&](const UnitConfig &u) { return u.site.isEmpty() && u.plant == plant; }))
            result.append(plant);
    }
    return result + others;
}

QString ConfigDiagnostic::toString() const
{
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line);
    text += u": ";
    if (severity == Severity::Warning)
        text += QCoreApplication::translate("tp::ConfigDiagnostic", "warning: ");
    if (!key.isEmpty())
        text += key + u": ";
    return text + message;
}

} // namespace tp
