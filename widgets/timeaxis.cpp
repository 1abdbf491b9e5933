#include "timeaxis.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <array>

namespace tp {

namespace {
constexpr qint64 Minute = 60'000, Hour = 60 * Minute, Day = 24 * Hour;
constexpr int LabelWidthPx = 96; // "23:00" over "Mon 30 Dec 2026", with room to breathe

enum class Unit { Minutes, Days, Months, Years };
struct Step {
    Unit unit;
    int count;
    qint64 approxMs;
};
constexpr std::array kSteps{
    Step{Unit::Minutes, 1, Minute},       Step{Unit::Minutes, 2, 2 * Minute},   Step{Unit::Minutes, 5, 5 * Minute},
    Step{Unit::Minutes, 10, 10 * Minute}, Step{Unit::Minutes, 15, 15 * Minute}, Step{Unit::Minutes, 30, 30 * Minute},
    Step{Unit::Minutes, 60, Hour},        Step{Unit::Minutes, 120, 2 * Hour},   Step{Unit::Minutes, 180, 3 * Hour},
    Step{Unit::Minutes, 360, 6 * Hour},   Step{Unit::Minutes, 720, 12 * Hour},  Step{Unit::Days, 1, Day},
    Step{Unit::Days, 2, 2 * Day},         Step{Unit::Days, 7, 7 * Day},         Step{Unit::Months, 1, 30 * Day},
    Step{Unit::Months, 3, 91 * Day},      Step{Unit::Months, 6, 182 * Day},     Step{Unit::Years, 1, 365 * Day},
    Step{Unit::Years, 2, 730 * Day},      Step{Unit::Years, 5, 1826 * Day},     Step{Unit::Years, 10, 3652 * Day}};

/** The round local times of @p step from @p first to @p last (dates in the zone). */
QList<QDateTime> roundTimes(const Step &step, QDate first, QDate last, const QTimeZone &zone)
{
    QList<QDateTime> out;
    switch (step.unit) {
    case Unit::Minutes:
        for (QDate d = first; d <= last; d = d.addDays(1))
            for (int m = 0; m < 24 * 60; m += step.count)
                out.append(QDateTime(d, QTime(m / 60, m % 60), zone));
        break;
    case Unit::Days:
        for (QDate d = first; d <= last; d = d.addDays(1))
            if ((step.count == 7 && d.dayOfWeek() == Qt::Monday) || (step.count < 7 && d.toJulianDay() % step.count == 0))
                out.append(QDateTime(d, QTime(0, 0), zone));
        break;
    case Unit::Months:
        for (QDate d(first.year(), first.month(), 1); d <= last; d = d.addMonths(1))
            if ((d.month() - 1) % step.count == 0)
                out.append(QDateTime(d, QTime(0, 0), zone));
        break;
    case Unit::Years:
        for (int y = first.year(); y <= last.year(); ++y)
            if (y % step.count == 0)
                out.append(QDateTime(QDate(y, 1, 1), QTime(0, 0), zone));
        break;
    }
    return out;
}

QString label(const QDateTime &t, const Step &step, bool withYear)
{
    const QLocale locale;
    const QString date = locale.toString(t.date(), withYear ? QStringLiteral("ddd d MMM yyyy") : QStringLiteral("ddd d MMM"));
    switch (step.unit) {
    case Unit::Minutes:
        return locale.toString(t.time(), QStringLiteral("HH:mm")) + QStringLiteral("<br>") + date;
    case Unit::Days:
        return date;
    case Unit::Months:
        return locale.toString(t.date(), QStringLiteral("MMM yyyy"));
    case Unit::Years:
        return QString::number(t.date().year());
    }
    return date;
}
} // namespace

QList<TimeTick> TimeAxis::ticks(qint64 from, qint64 to, int widthPx, const QTimeZone &zone)
{
    QList<TimeTick> out;
    if (to <= from || widthPx <= 0)
        return out;
    const qint64 maxTicks = std::max(2, widthPx / LabelWidthPx);
    const Step *step = &kSteps.back();
    for (const Step &s : kSteps)
        if ((to - from) / s.approxMs < maxTicks) {
            step = &s;
            break;
        }
    const QDate first = QDateTime::fromMSecsSinceEpoch(from, zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(to, zone).date();
    int lastYear = 0;
    QSet<QString> used;
    for (const QDateTime &t : roundTimes(*step, first, last, zone)) {
        const qint64 ms = t.toMSecsSinceEpoch();
        if (ms < from || ms > to || (!out.isEmpty() && ms <= out.last().ms))
            continue; // outside, or a wall-clock time that a daylight-saving change skipped
        const bool withYear = t.date().year() != lastYear;
        lastYear = t.date().year();
        QString text = label(t, *step, withYear);
        while (used.contains(text))
            text += QChar(0x200B); // zero width: a category axis needs unique labels
        used.insert(text);
        out.append({ms, text});
    }
    return out;
}

QString TimeAxis::title(const QTimeZone &zone, qint64 at)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(at, zone);
    if (zone == QTimeZone::utc())
        return tr("Time (UTC)");
    return tr("Time (%1, %2)").arg(QString::fromUtf8(zone.id()), zone.displayName(t, QTimeZone::OffsetName));
}

} // namespace tp
