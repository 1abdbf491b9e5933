#pragma once

#include "config/fleetconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace tp {

enum class OperatingMode { Unknown, Running, Transient, Stopped };

QString operatingModeId(OperatingMode mode);
std::optional<OperatingMode> operatingModeFromId(QStringView id);
QString operatingModeText(OperatingMode mode); ///< translated

/** Operating-mode thresholds, as fractions of the role tag's normal low, and the dwell. */
struct ModeSettings {
    double runningAbove = 0.85;
    double runningUntil = 0.70;
    double stoppedBelow = 0.10;
    double stoppedUntil = 0.20;
    /** A new mode must hold this long before it counts; it then starts where it began. */
    std::chrono::milliseconds minDwell{std::chrono::minutes(10)};
};

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
 * with a bad quality leave the mode as it was. The thresholds are configurable (ModeSettings,
 * `analysis.mode`), and so is a minimum dwell: a new mode counts only once it has held that
 * long, and then from the time it began (a short dip is not a stop, a stop starts when the
 * speed fell). From Unknown the first mode counts at once.
 */
class ModeDetector
{
    Q_DECLARE_TR_FUNCTIONS(tp::ModeDetector)
public:
    explicit ModeDetector(const UnitConfig &unit, const ModeSettings &settings = {});

    bool hasRoleTag() const { return !m_tag.isEmpty(); }
    QString roleTag() const { return m_tag; }

    /** Feeds one sample of the role tag (in time order); returns true when the mode changed. */
    bool feed(qint64 ts, double value, bool good);

    OperatingMode mode() const { return m_mode; }
    /** A new mode seen but not yet held for the dwell (empty if none), and since when. */
    std::optional<OperatingMode> pendingMode() const
    {
        return m_candidate != m_mode ? std::optional(m_candidate) : std::nullopt;
    }
    qint64 pendingSince() const { return m_candidateSince; }
    qint64 since() const { return m_since; }
    /** Restores the state kept from an earlier run. */
    void restore(OperatingMode mode, qint64 since);

    /** The thresholds, for display. */
    double runningAbove() const { return m_runningAbove; }
    double stoppedBelow() const { return m_stoppedBelow; }

private:
    QString m_tag;
    double m_runningAbove = 0, m_runningUntil = 0, m_stoppedBelow = 0, m_stoppedUntil = 0;
    qint64 m_minDwell = 0;
    OperatingMode m_mode = OperatingMode::Unknown;
    qint64 m_since = 0;
    OperatingMode m_candidate = OperatingMode::Unknown;
    qint64 m_candidateSince = 0;
};

} // namespace tp
