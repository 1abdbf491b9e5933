#include "presentation.h"

#include "analysis/unitanalyzer.h"

#include "preferences.h"

#include <QDateTime>
#include <QtCharts/QChart>
#include <QLocale>
#include <QMessageBox>

namespace tp {

void Presentation::styleChart(QChart *chart)
{
    const bool dark = Theme::isDark();
    if (chart->property("tpTheme").toBool() != dark || !chart->property("tpStyled").toBool()) {
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setProperty("tpTheme", dark);
        chart->setProperty("tpStyled", true);
    }
    chart->setBackgroundBrush(dark ? QColor(0x1a, 0x1b, 0x1d) : QColor(0xf2, 0xf2, 0xf2));
    chart->setBackgroundRoundness(0);
}

QString Presentation::age(qint64 ms)
{
    if (ms < 0)
        return QString();
    if (ms < 120'000)
        return tr("%n s", nullptr, static_cast<int>(ms / 1000));
    if (ms < 7'200'000)
        return tr("%n min", nullptr, static_cast<int>(ms / 60'000));
    if (ms < 172'800'000)
        return tr("%n h", nullptr, static_cast<int>(ms / 3'600'000));
    return tr("%n d", nullptr, static_cast<int>(ms / 86'400'000));
}

QString Presentation::days(double d)
{
    if (d < 2.0)
        return tr("%1 h").arg(QLocale().toString(d * 24.0, 'f', 1));
    return tr("%1 d").arg(QLocale().toString(d, 'f', d < 10 ? 1 : 0));
}

QString Presentation::dateTime(qint64 ms)
{
    // Without a unit: the PC's zone (or UTC), always named.
    return dateTime(ms, displayZone(QByteArray()));
}

namespace {
QString g_zoneMode = QStringLiteral("plant");
}

QString Presentation::dateTime(qint64 ms, const QTimeZone &zone, bool seconds)
{
    if (ms <= 0)
        return QString();
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zone);
    return t.toString(seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm")) + u' '
        + t.timeZoneAbbreviation();
}

void Presentation::setZoneMode(const QString &mode)
{
    g_zoneMode = mode == u"local" || mode == u"utc" ? mode : QStringLiteral("plant");
}

QString Presentation::zoneMode()
{
    return g_zoneMode;
}

void Presentation::warn(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("failureMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString Presentation::asOf(const UnitSnapshot &s, const QTimeZone &zone)
{
    if (!s.stale)
        return QString();
    return s.newestGoodTs > 0 ? tr("as of %1").arg(dateTime(s.newestGoodTs, zone)) : tr("no data");
}

QString Presentation::freshness(const UnitSnapshot &s, const QTimeZone &zone)
{
    if (s.freshnessMs < 0)
        return tr("STALE: no data yet");
    if (s.stale)
        return tr("STALE: newest data %1 old, from %2").arg(age(s.freshnessMs), dateTime(s.newestGoodTs, zone));
    return tr("Data age %1").arg(age(s.freshnessMs));
}

QTimeZone Presentation::displayZone(const QByteArray &plantZone)
{
    if (g_zoneMode == u"utc")
        return QTimeZone::utc();
    if (g_zoneMode == u"plant" && !plantZone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(plantZone))
        return QTimeZone(plantZone);
    return QTimeZone::systemTimeZone();
}

QString Presentation::rulText(const RulSummary &r)
{
    if (r.state == u"forecast" && r.p50Days)
        return tr("P50 %1 (P10 %2 - P90 %3)")
            .arg(days(*r.p50Days), r.p10Days ? days(*r.p10Days) : QStringLiteral("-"),
                 r.p90Days ? days(*r.p90Days) : tr("beyond horizon"));
    return r.stateText;
}

QString Presentation::rulIndicator(const RulSummary &r, bool withDescription)
{
    if (r.indicator == u"health_index")
        return tr("Health index");
    if (r.indicator.startsWith(u"learned:")) {
        const QString name = r.indicator.mid(8);
        return withDescription ? tr("Learned: %1 (%2)").arg(name, r.description) : tr("Learned: %1").arg(name);
    }
    return withDescription ? tr("%1 - %2").arg(shortTag(r.indicator), r.description) : shortTag(r.indicator, r.description);
}

QString Presentation::rulLimit(const RulSummary &r)
{
    if (r.indicator.startsWith(u"learned:"))
        return tr("end of life");
    return tr("%1 %2").arg(r.limitName.toUpper(), QLocale().toString(r.limit, 'g', 4)).trimmed();
}

QString Presentation::value(double v, const QString &unit)
{
    if (!std::isfinite(v))
        return QString();
    const double a = std::abs(v);
    const int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 1 ? 2 : 3;
    const QString number = QLocale().toString(v, 'f', decimals);
    return unit.isEmpty() ? number : number + u' ' + unit;
}

QString Presentation::shortTag(const QString &name, const QString &description)
{
    const QStringList parts = name.split(u'.');
    if (parts.size() >= 4)
        return parts[parts.size() - 2];
    return description.isEmpty() ? name : description;
}

QColor Presentation::priorityColor(AlarmPriority priority)
{
    switch (priority) {
    case AlarmPriority::Critical: return QColor(0xd0, 0x10, 0x10);
    case AlarmPriority::High: return QColor(0xf0, 0x80, 0x00);
    case AlarmPriority::Medium: return QColor(0xe8, 0xc8, 0x00);
    case AlarmPriority::Low: return QColor(0x30, 0x80, 0xd0);
    }
    return Qt::gray;
}

QColor Presentation::healthColor(std::optional<double> index)
{
    if (!index)
        return QColor(0x9a, 0x9a, 0x9a);
    if (*index < 40)
        return priorityColor(AlarmPriority::Critical);
    if (*index < 60)
        return priorityColor(AlarmPriority::High);
    if (*index < 80)
        return priorityColor(AlarmPriority::Medium);
    return QColor(0x70, 0x70, 0x70);
}

QString Presentation::priorityText(AlarmPriority priority)
{
    switch (priority) {
    case AlarmPriority::Critical: return tr("Critical");
    case AlarmPriority::High: return tr("High");
    case AlarmPriority::Medium: return tr("Medium");
    case AlarmPriority::Low: return tr("Low");
    }
    return QString();
}

QString Presentation::kindText(TagKind kind)
{
    switch (kind) {
    case TagKind::Flow: return tr("Flow");
    case TagKind::Pressure: return tr("Pressure");
    case TagKind::DifferentialPressure: return tr("Differential pressure");
    case TagKind::Temperature: return tr("Temperature");
    case TagKind::Level: return tr("Level");
    case TagKind::Speed: return tr("Speed");
    case TagKind::Vibration: return tr("Vibration");
    case TagKind::Position: return tr("Position");
    case TagKind::Analyser: return tr("Analyser");
    case TagKind::Current: return tr("Current");
    case TagKind::Power: return tr("Power");
    case TagKind::Voltage: return tr("Voltage");
    case TagKind::Calculated: return tr("Calculated");
    case TagKind::ControllerOutput: return tr("Controller output");
    case TagKind::Other: return tr("Other");
    }
    return QString();
}

QString Presentation::indicatorsText(quint8 flags)
{
    QStringList parts;
    if (flags & SigmaExcursion)
        parts.append(tr("sigma"));
    if (flags & RateOfChange)
        parts.append(tr("rate"));
    if (flags & FlatLine)
        parts.append(tr("flat line"));
    if (flags & OutOfRange)
        parts.append(tr("out of range"));
    if (flags & Stale)
        parts.append(tr("stale"));
    return parts.join(QStringLiteral(", "));
}

QString Presentation::reasonText(const QString &reason)
{
    if (reason == u"acknowledge")
        return tr("acknowledged");
    if (reason == u"shelve")
        return tr("shelved");
    if (reason == u"unshelve")
        return tr("unshelved");
    if (reason == u"expired")
        return tr("shelving expired");
    if (reason == u"condition")
        return tr("changed");
    return reason;
}

QString Presentation::prioritySymbol(AlarmPriority priority)
{
    switch (priority) {
    case AlarmPriority::Critical: return tr("P1");
    case AlarmPriority::High: return tr("P2");
    case AlarmPriority::Medium: return tr("P3");
    case AlarmPriority::Low: return tr("P4");
    }
    return QString();
}

} // namespace tp
