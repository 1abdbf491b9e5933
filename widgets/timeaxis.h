#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace tp {

/** One labelled tick of a time axis: a round time in the display zone. */
struct TimeTick {
    qint64 ms = 0;  ///< since the epoch
    QString label;  ///< time of day and date (and the year when it changes), or date, or month
};

/**
 * Ticks for a time axis from @p from to @p to (ms) drawn @p widthPx wide: at round times of
 * @p zone (whole minutes and hours, midnight, Mondays, the first of a month, New Year), far
 * enough apart for their labels. Wall-clock ticks stay on the hour across daylight-saving
 * changes. Each label names what changes at that tick: "14:00" with its date, a date, a month;
 * the year on the first tick and wherever it changes. Labels are unique (QCategoryAxis needs it).
 */
class TimeAxis
{
    Q_DECLARE_TR_FUNCTIONS(tp::TimeAxis)
public:
    static QList<TimeTick> ticks(qint64 from, qint64 to, int widthPx, const QTimeZone &zone);
    /** The axis title: "Time (Asia/Kuala_Lumpur, UTC+08:00)". */
    static QString title(const QTimeZone &zone, qint64 at);
};

} // namespace tp
