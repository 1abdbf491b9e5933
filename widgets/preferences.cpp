#include "preferences.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>

namespace tp {

namespace {
QString g_theme = QStringLiteral("light");
}

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.dataDir = s.value(QLatin1StringView(DataDirKey)).toString();
    p.configDir = s.value(QLatin1StringView(ConfigDirKey)).toString();
    p.language = s.value(QLatin1StringView(LanguageKey)).toString();
    p.theme = s.value(QLatin1StringView(ThemeKey), QStringLiteral("light")).toString();
    p.trendSpanHours = std::clamp(s.value(QLatin1StringView(TrendSpanKey), 24).toInt(), 1, 24 * 366);
    p.shiftHours = std::clamp(s.value(QLatin1StringView(ShiftHoursKey), 12).toInt(), 1, 72);
    p.liveRefreshSeconds = std::clamp(s.value(QLatin1StringView(LiveRefreshKey), 1).toInt(), 1, 600);
    p.timeZone = s.value(QLatin1StringView(TimeZoneKey), QStringLiteral("plant")).toString();
    p.alwaysAskName = s.value(QLatin1StringView(AlwaysAskNameKey), false).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(QLatin1StringView(DataDirKey), dataDir);
    s.setValue(QLatin1StringView(ConfigDirKey), configDir);
    s.setValue(QLatin1StringView(LanguageKey), language);
    s.setValue(QLatin1StringView(ThemeKey), theme);
    s.setValue(QLatin1StringView(TrendSpanKey), trendSpanHours);
    s.setValue(QLatin1StringView(ShiftHoursKey), shiftHours);
    s.setValue(QLatin1StringView(LiveRefreshKey), liveRefreshSeconds);
    s.setValue(QLatin1StringView(TimeZoneKey), timeZone);
    s.setValue(QLatin1StringView(AlwaysAskNameKey), alwaysAskName);
}

QList<std::pair<QString, QString>> Preferences::languages()
{
    return {{QString(), tr("System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("ms"), QStringLiteral("Bahasa Melayu")},
            {QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")}};
}

void Theme::apply(const QString &name)
{
    g_theme = name == QLatin1StringView("dark") ? QStringLiteral("dark") : QStringLiteral("light");
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    if (g_theme == QLatin1StringView("dark")) {
        // A dark control room: low glare, grey text, colour kept for abnormal states.
        p.setColor(QPalette::Window, QColor(0x22, 0x24, 0x27));
        p.setColor(QPalette::WindowText, QColor(0xd0, 0xd0, 0xd0));
        p.setColor(QPalette::Base, QColor(0x1a, 0x1b, 0x1d));
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
        p.setColor(QPalette::Text, QColor(0xd6, 0xd6, 0xd6));
        p.setColor(QPalette::Button, QColor(0x2e, 0x30, 0x34));
        p.setColor(QPalette::ButtonText, QColor(0xd6, 0xd6, 0xd6));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0x5a, 0x80));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(0x2e, 0x30, 0x34));
        p.setColor(QPalette::ToolTipText, QColor(0xe0, 0xe0, 0xe0));
        p.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5c));
        p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x70));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x70));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x70));
    } else {
        // ISA-101: a light grey background, dark grey text; colour only for abnormal states.
        p.setColor(QPalette::Window, QColor(0xdd, 0xdd, 0xdd));
        p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
        p.setColor(QPalette::Base, QColor(0xf2, 0xf2, 0xf2));
        p.setColor(QPalette::AlternateBase, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
        p.setColor(QPalette::Button, QColor(0xd0, 0xd0, 0xd0));
        p.setColor(QPalette::ButtonText, QColor(0x1a, 0x1a, 0x1a));
        p.setColor(QPalette::Highlight, QColor(0x5a, 0x74, 0x94));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    }
    QApplication::setPalette(p);
}

QString Theme::current()
{
    return g_theme;
}

} // namespace tp
