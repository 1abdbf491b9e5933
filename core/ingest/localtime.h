#pragma once

#include <QByteArray>
#include <QTimeZone>

namespace tp {

/**
 * Converts plant-local wall-clock times (ms, as if UTC) to UTC ms with an IANA zone.
 * Rule at DST changes (documented in the README):
 * - a time that does not exist (the clock jumped forward) is read with the offset in force
 *   before the jump, i.e. it lands just after the change (02:30 in a 02:00->03:00 gap becomes
 *   03:30 local);
 * - an ambiguous time (the clock fell back) is taken as its first occurrence (the earlier
 *   UTC instant, still on daylight time).
 * Both are counted. Offsets are cached between transitions, so sequential rows are cheap.
 */
class LocalTimeConverter
{
public:
    explicit LocalTimeConverter(const QByteArray &ianaId);

    bool isValid() const { return m_zone.isValid(); }
    qint64 toUtc(qint64 localMs);

    qint64 nonexistentCount() const { return m_nonexistent; }
    qint64 ambiguousCount() const { return m_ambiguous; }

private:
    int offsetAt(qint64 utcMs); // seconds

    QTimeZone m_zone;
    bool m_fixed = false;
    qint64 m_cacheFrom = 1, m_cacheTo = 0; // utc range [from, to) with constant offset
    int m_cacheOffset = 0;
    qint64 m_nonexistent = 0;
    qint64 m_ambiguous = 0;
};

/** A UTC time as the plant's wall clock in ISO 8601 with its offset
 *  ("2024-03-01T10:00:00+08:00"); an empty or unknown zone gives UTC. */
QString plantTimeText(qint64 utcMs, const QByteArray &ianaId);

} // namespace tp
