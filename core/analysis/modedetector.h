#pragma once

#include "config/fleetconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tp {

enum class OperatingMode { Unknown, Running, Transient, Stopped };

QString operatingModeId(OperatingMode mode);
std::optional<OperatingMode> operatingModeFromId(QStringView id);
QString operatingModeText(OperatingMode mode); ///< translated

/** A change of operating mode at a time. */
struct ModeChange {
    qint64 ts = 0;
    OperatingMode mode = OperatingMode::Unknown;
};

/**
 * Running / transient / stopped from the unit's `speed` tag (else its `main_flow` tag) with
 * hysteresis: running from 85 % of the bottom of the tag's normal range up, and until it falls
 * under 70 %; stopped under 10 %, and until it rises over 20 %; transient between. Without a
 * role tag (or its normal range) the mode is Unknown and alarms are never suppressed. Samples
 * with a bad quality leave the mode as it was. (The analytics issue adds configurable
 * thresholds and a minimum dwell.)
 */
class ModeDetector
{
    Q_DECLARE_TR_FUNCTIONS(tp::ModeDetector)
public:
    explicit ModeDetector(const UnitConfig &unit);

    bool hasRoleTag() const { return !m_tag.isEmpty(); }
    QString roleTag() const { return m_tag; }

    /** Feeds one sample of the role tag (in time order); returns true when the mode changed. */
    bool feed(qint64 ts, double value, bool good);

    OperatingMode mode() const { return m_mode; }
    qint64 since() const { return m_since; }
    /** Restores the state kept from an earlier run. */
    void restore(OperatingMode mode, qint64 since);

    /** The thresholds, for display. */
    double runningAbove() const { return m_runningAbove; }
    double stoppedBelow() const { return m_stoppedBelow; }

private:
    QString m_tag;
    double m_runningAbove = 0, m_runningUntil = 0, m_stoppedBelow = 0, m_stoppedUntil = 0;
    OperatingMode m_mode = OperatingMode::Unknown;
    qint64 m_since = 0;
};

} // namespace tp
