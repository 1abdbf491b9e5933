#pragma once

#include "config/tagkind.h"
#include "runtime/unitsnapshot.h"

#include <QColor>
#include <QtCharts/QChart>
#include <QCoreApplication>
#include <QString>

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
    static QString dateTime(qint64 ms);             ///< local, "yyyy-MM-dd HH:mm"
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
};

} // namespace tp
