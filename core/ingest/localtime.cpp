#include "localtime.h"

#include <QDateTime>

#include <limits>

namespace tp {

LocalTimeConverter::LocalTimeConverter(const QByteArray &ianaId)
    : m_zone(ianaId.isEmpty() ? QByteArray("UTC") : ianaId)
{
    m_fixed = m_zone.isValid() && !m_zone.hasTransitions();
    if (m_fixed)
        m_cacheOffset = m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
}

int LocalTimeConverter::offsetAt(qint64 utcMs)
{
    if (m_fixed)
        return m_cacheOffset;
    if (utcMs >= m_cacheFrom && utcMs < m_cacheTo)
        return m_cacheOffset;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
    const int offset = m_zone.offsetFromUtc(at);
    const QTimeZone::OffsetData prev = m_zone.previousTransition(at.addMSecs(1));
    const QTimeZone::OffsetData next = m_zone.nextTransition(at);
    m_cacheFrom = prev.atUtc.isValid() ? prev.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    m_cacheTo = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    m_cacheOffset = offset;
    return offset;
}

qint64 LocalTimeConverter::toUtc(qint64 localMs)
{
    if (m_fixed)
        return localMs - m_cacheOffset * 1000LL;
    // The offsets in force well before and after (offsets stay within +-14 h and zones do not
    // change twice within 30 h).
    const int before = offsetAt(localMs - 15 * 3'600'000LL);
    const int after = offsetAt(localMs + 15 * 3'600'000LL);
    const qint64 utcBefore = localMs - before * 1000LL;
    const qint64 utcAfter = localMs - after * 1000LL;
    const bool beforeValid = offsetAt(utcBefore) == before;
    const bool afterValid = offsetAt(utcAfter) == after;
    if (beforeValid && afterValid && utcBefore != utcAfter) {
        ++m_ambiguous;
        return std::min(utcBefore, utcAfter);
    }
    if (beforeValid)
        return utcBefore;
    if (afterValid)
        return utcAfter;
    ++m_nonexistent;
    return utcBefore; // offset before the jump: lands after the change
}

QString plantTimeText(qint64 utcMs, const QByteArray &ianaId)
{
    const QTimeZone zone(ianaId);
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone.isValid() ? zone : QTimeZone::utc()).toString(Qt::ISODate);
}

} // namespace tp
