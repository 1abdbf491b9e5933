#pragma once

#include <QCoreApplication>
#include <QString>

class QApplication;

namespace tp {

/**
 * The user's preferences, in QSettings under keys defined here once. Command-line options
 * override them for one run.
 */
struct Preferences {
    Q_DECLARE_TR_FUNCTIONS(tp::Preferences)
public:
    static constexpr const char *DataDirKey = "paths/data";
    static constexpr const char *ConfigDirKey = "paths/config";
    static constexpr const char *LanguageKey = "ui/language";   ///< "" = the system's, "en", "ms", "zh_CN"
    static constexpr const char *ThemeKey = "ui/theme";         ///< "light" (ISA-101 grey) or "dark"
    static constexpr const char *TrendSpanKey = "trend/default_span_hours";
    static constexpr const char *ShiftHoursKey = "report/shift_hours";
    static constexpr const char *LiveRefreshKey = "trend/live_refresh_seconds";
    static constexpr const char *AlwaysAskNameKey = "ui/always_ask_name"; ///< a shared control-room login
    static constexpr const char *TimeZoneKey = "ui/time_zone";  ///< "plant" (each unit's), "local" (the PC's), "utc"

    QString dataDir;     ///< "" = the per-user default
    QString configDir;   ///< "" = the built-in demo fleet
    QString language;
    QString theme = QStringLiteral("light");
    int trendSpanHours = 24;
    int shiftHours = 12;
    int liveRefreshSeconds = 1; ///< how often live trends read new data (at most)
    QString timeZone = QStringLiteral("plant");
    bool alwaysAskName = false;

    static Preferences load();
    void save() const;

    /** The languages offered: code and name in that language. */
    static QList<std::pair<QString, QString>> languages();
};

/** ISA-101 light grey (default) or a dark control-room palette, for the whole application. */
class Theme
{
public:
    static void apply(const QString &name);
    static QString current();
    static bool isDark() { return current() == QLatin1StringView("dark"); }
};

} // namespace tp
