#pragma once

#include "analysis/modedetector.h"
#include "config/tagkind.h"
#include "runtime/alarmmanager.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <cmath>
#include <limits>
#include <optional>

namespace tp {

/** Where a unit's worker is. */
/** Where a unit's worker is; Offline: a remote unit whose site cannot be reached (its last
 *  mirrored data stays readable). */
enum class UnitState { Starting, BackFilling, Ok, Refreshing, Error, Stalled, Stopped, Offline };

QString unitStateId(UnitState state);
QString unitStateText(UnitState state); ///< translated

/** One tag's newest sample as the worker last saw it. */
struct TagSnapshot {
    QString name;
    QString description;
    QString engineeringUnit;
    TagKind kind = TagKind::Other;
    qint64 ts = 0;                 ///< newest sample (0: none)
    double value = std::numeric_limits<double>::quiet_NaN();
    QString quality;               ///< "good" or the state's name
    qint64 lastGoodTs = 0;         ///< newest sample with a value
    bool stale = false;            ///< no good sample for longer than the unit's stale limit
    std::optional<AlarmState> alarm; ///< the most urgent standing alarm of the tag
    quint8 indicators = 0;         ///< TagIndicator flags of the newest running frame
    std::optional<double> bandLow, bandHigh; ///< the baseline's median -+ k sigma
};

/** One remaining-useful-life forecast of a unit's analysis. */
struct RulSummary {
    QString indicator;             ///< tag name or "health_index"
    QString description;           ///< the tag's description, or "Health index"
    double limit = 0;
    QString limitName;             ///< "hihi" ... or empty
    bool rising = true;
    QString state;                 ///< RulForecast::stateId
    QString stateText;             ///< translated
    std::optional<double> p10Days, p50Days, p90Days; ///< empty: beyond the horizon
    QString model;                 ///< translated: linear, exponential
    std::optional<double> current; ///< the trend's value now
    double bandInflation = 1;      ///< how much the back-test widened the band (1: not at all)
    qint64 at = 0;                 ///< when it was made (fleet clock)
};

struct StoredForecast;
/** The stored row of a forecast (UnitStore::appendForecasts): its time, target, state, band,
 *  current value and limit; the model's id and the fit's details are the caller's. */
StoredForecast storedForecast(const RulSummary &r);

/**
 * An immutable picture of one unit after a refresh (or a step of it), published by its worker
 * through a queued signal. Plain values and implicitly shared Qt containers: cheap to copy,
 * safe to read from any thread.
 */
struct UnitSnapshot {
    QString unitId;
    QString plant;
    QString description;
    UnitState state = UnitState::Starting;
    QString message;               ///< translated: what the unit is doing or why it failed
    QString lastError;             ///< translated; empty after a good refresh
    OperatingMode mode = OperatingMode::Unknown;
    qint64 modeSince = 0;
    QList<TagSnapshot> tags;
    QList<AlarmStatus> alarms;     ///< standing alarms, most urgent first
    AlarmRate alarmRate;
    qint64 newestGoodTs = 0;       ///< newest good sample of any tag
    qint64 freshnessMs = -1;       ///< clock now - newestGoodTs; -1 without data
    int staleTags = 0;
    /** The unit's newest good sample is older than staleAfterMs (or there is none): mode,
     *  health, anomaly and RUL describe newestGoodTs, not now. */
    bool stale = false;
    qint64 staleAfterMs = 0;
    qint64 now = 0;                ///< the fleet clock when the snapshot was made
    qint64 lastRefreshAt = 0;      ///< fleet clock at the end of the last refresh
    qint64 lastRefreshMs = 0;      ///< how long it took (wall time)
    qint64 refreshCount = 0;       ///< completed refreshes since start
    qint64 errorCount = 0;         ///< failed refreshes since start
    qint64 valuesStored = 0;       ///< by the last refresh
    double progress = -1.0;        ///< 0..1 during a long fetch (back-fill), else -1
    std::optional<double> healthIndex;  ///< 0..100 (UnitAnalyzer's formula); empty without a model
    QString healthGrade;                 ///< translated: Good, Watch, Warning, Critical
    std::optional<double> anomaly;       ///< the multivariate index (1 = its limit)
    std::optional<double> t2Limit, speLimit; ///< the model's limits of T^2 and SPE
    QStringList contributors;            ///< "TAG (45 %)", top three, when the index is high
    QString modelInfo;                   ///< translated: what was trained, or why not
    QList<RulSummary> rul;               ///< most urgent first

    int alarmCount(AlarmPriority priority) const;
    int unacknowledgedCount() const;
};

} // namespace tp

Q_DECLARE_METATYPE(tp::UnitSnapshot)
