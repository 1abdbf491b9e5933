#pragma once

#include "config/tagkind.h"
#include "runtime/unitsnapshot.h"

#include <QColor>
#include <QtCharts/QChart>
#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace tp {

/** How the views word and mark things, in one place (ISA-101: grey unless abnormal). */
class Presentation
{
    Q_DECLARE_TR_FUNCTIONS(tp::Presentation)
public:
    /** The chart theme of the application's theme (light grey or dark), before series are added. */
    static void styleChart(QChart *chart);
    static QString age(qint64 ms);                  ///< "42 s", "5 min", "3 h", "2 d"; "" for < 0
    static QString days(double days);               ///< "12.3 d" or "4.0 h"
    static QString dateTime(qint64 ms);             ///< the PC's zone (or UTC), "yyyy-MM-dd HH:mm +08"
    /** "2026-12-07 14:05 +08" in @p zone, with the zone's abbreviation; "" for ms <= 0. */
    static QString dateTime(qint64 ms, const QTimeZone &zone, bool seconds = false);
    /** Where times are shown: "plant" (the unit's zone, default), "local" (the PC's) or "utc". */
    static void setZoneMode(const QString &mode);
    static QString zoneMode();
    /** "" for fresh data; else "as of 2026-11-21 14:00 +08" (the newest good sample): what
     *  mode, health and RUL of a stale unit describe. */
    static QString asOf(const UnitSnapshot &s, const QTimeZone &zone);
    /** "Data age 16 s" or "STALE: newest data 45 h old, from 2026-11-21 14:00 +08". */
    static QString freshness(const UnitSnapshot &s, const QTimeZone &zone);
    /** The zone a unit's times are shown in, by the zone mode and the plant's IANA zone. */
    static QTimeZone displayZone(const QByteArray &plantZone);
    static QString rulText(const RulSummary &r);    ///< "P50 12 d (P10 8 d - P90 20 d)" or the state
    /** "Health index", "Learned: filter" or "16PDIA-537"; with the description: "16PDIA-537 -
     *  Seal gas filter dP", "Learned: filter (k16-filters.txt)". */
    static QString rulIndicator(const RulSummary &r, bool withDescription = false);
    static QString rulLimit(const RulSummary &r);   ///< "HI 80", "40" or "end of life"
    static QString value(double v, const QString &unit);
    /** "16PDIA-537" for "PCFS.K-16-01.16PDIA-537.PV"; the description for derived indicators. */
    static QString shortTag(const QString &name, const QString &description = {});
    /** The ISA-101 priority colours: only abnormal things are coloured. */
    static QColor priorityColor(AlarmPriority priority);
    /** Health grade colour (grey when good). */
    static QColor healthColor(std::optional<double> index);
    /** A short symbol that repeats what a colour says, so state is never by colour alone. */
    static QString prioritySymbol(AlarmPriority priority); ///< "P1" .. "P4"
    static QString priorityText(AlarmPriority priority);   ///< translated: Critical ... Low
    static QString kindText(TagKind kind);                 ///< translated: Flow, Pressure ...
    static QString indicatorsText(quint8 flags);           ///< "sigma, rate" (TagIndicator)
    static QString reasonText(const QString &reason);      ///< an alarm-log reason in words
    /** A warning that names what failed and why, shown without blocking the caller. */
    static void warn(QWidget *parent, const QString &title, const QString &text);
};

} // namespace tp
