#include "tagkind.h"

#include <QList>

namespace tp {

namespace {

struct KindName {
    TagKind kind;
    QStringView id;
};

constexpr KindName kKindNames[] = {
    {TagKind::Flow, u"flow"},
    {TagKind::Pressure, u"pressure"},
    {TagKind::DifferentialPressure, u"differential_pressure"},
    {TagKind::Temperature, u"temperature"},
    {TagKind::Level, u"level"},
    {TagKind::Speed, u"speed"},
    {TagKind::Vibration, u"vibration"},
    {TagKind::Position, u"position"},
    {TagKind::Analyser, u"analyser"},
    {TagKind::Current, u"current"},
    {TagKind::Power, u"power"},
    {TagKind::Voltage, u"voltage"},
    {TagKind::Calculated, u"calculated"},
    {TagKind::ControllerOutput, u"controller_output"},
    {TagKind::Other, u"other"},
};

// The instrument part of PLANT.UNIT.TAG.ATTR; a name without dots is its own instrument tag.
QStringView instrumentPart(QStringView name, QStringView *attribute)
{
    const QList<QStringView> parts = name.split(u'.');
    *attribute = QStringView();
    if (parts.size() >= 4) {
        *attribute = parts.last();
        return parts.at(parts.size() - 2);
    }
    if (parts.size() == 3)
        return parts.at(2);
    if (parts.size() == 2) {
        *attribute = parts.at(1);
        return parts.at(0);
    }
    return name;
}

} // namespace

TagKind deriveTagKind(QStringView tagName)
{
    QStringView attribute;
    const QStringView instrument = instrumentPart(tagName.trimmed(), &attribute);
    if (attribute.compare(u"MV", Qt::CaseInsensitive) == 0
        || attribute.compare(u"OUT", Qt::CaseInsensitive) == 0)
        return TagKind::ControllerOutput;

    const QString upper = instrument.toString().toUpper();
    for (QStringView calc : {u"MARGIN", u"TTLSMRG", u"SMRG", u"SUMT"}) {
        if (upper.contains(calc))
            return TagKind::Calculated;
    }

    // Skip the area number and separators ("12TIA-419A", "12-FVI004", "020PDI6206").
    qsizetype i = 0;
    while (i < upper.size() && (upper[i].isDigit() || upper[i] == u'-' || upper[i] == u'_'))
        ++i;
    qsizetype end = i;
    while (end < upper.size() && upper[end] >= u'A' && upper[end] <= u'Z')
        ++end;
    const QStringView letters = QStringView(upper).mid(i, end - i);
    if (letters.isEmpty())
        return TagKind::Other;
    if (letters.startsWith(u"PD"))
        return TagKind::DifferentialPressure;
    switch (letters.front().unicode()) {
    case 'F': return TagKind::Flow;
    case 'P': return TagKind::Pressure;
    case 'T': return TagKind::Temperature;
    case 'L': return TagKind::Level;
    case 'S': return TagKind::Speed;
    case 'X':
    case 'V': return TagKind::Vibration;
    case 'Z': return TagKind::Position;
    case 'A': return TagKind::Analyser;
    case 'I': return TagKind::Current;
    case 'J': return TagKind::Power;
    case 'E': return TagKind::Voltage;
    default: return TagKind::Other;
    }
}

QString tagKindId(TagKind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return k.id.toString();
    }
    return QStringLiteral("other");
}

std::optional<TagKind> tagKindFromId(QStringView id)
{
    for (const KindName &k : kKindNames) {
        if (id.compare(k.id, Qt::CaseInsensitive) == 0)
            return k.kind;
    }
    return std::nullopt;
}

QString tagRoleId(TagRole role)
{
    switch (role) {
    case TagRole::Speed: return QStringLiteral("speed");
    case TagRole::MainFlow: return QStringLiteral("main_flow");
    case TagRole::None: break;
    }
    return QString();
}

std::optional<TagRole> tagRoleFromId(QStringView id)
{
    if (id.compare(u"speed", Qt::CaseInsensitive) == 0)
        return TagRole::Speed;
    if (id.compare(u"main_flow", Qt::CaseInsensitive) == 0)
        return TagRole::MainFlow;
    if (id.isEmpty() || id.compare(u"none", Qt::CaseInsensitive) == 0)
        return TagRole::None;
    return std::nullopt;
}

} // namespace tp
