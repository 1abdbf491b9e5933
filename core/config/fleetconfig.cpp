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
    }
    return QString();
}

std::optional<SourceType> sourceTypeFromId(QStringView id)
{
    for (SourceType t : {SourceType::Simulator, SourceType::Xlsx, SourceType::Csv,
                         SourceType::Folder, SourceType::Remote}) {
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

QStringList FleetConfig::plants() const
{
    QStringList others;
    for (const UnitConfig &unit : units) {
        if (!others.contains(unit.plant) && !global.plantOrder.contains(unit.plant))
            others.append(unit.plant);
    }
    others.sort();
    QStringList result;
    for (const QString &plant : global.plantOrder) {
        if (std::any_of(units.cbegin(), units.cend(),
                        [&](const UnitConfig &u) { return u.plant == plant; }))
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
