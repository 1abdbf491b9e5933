#pragma once

#include "config/fleetconfig.h"
#include "storage/unitstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <limits>
#include <optional>
#include <vector>

namespace tp {

/** ISA-18.2 alarm states (DOMAIN.md section 5). */
enum class AlarmState {
    Normal,
    ActiveUnacknowledged,
    ActiveAcknowledged,
    ReturnedUnacknowledged,
    Shelved,
    Suppressed,
};

QString alarmStateId(AlarmState state);
std::optional<AlarmState> alarmStateFromId(QStringView id);
/** Translated, for people: "Active, unacknowledged". */
QString alarmStateText(AlarmState state);

/** What is known of one alarm now (a value, copied into snapshots). */
struct AlarmStatus {
    QString key;          ///< "TAG:hi"
    QString tag;
    QString limitId;      ///< "lolo", "lo", "hi", "hihi"
    double limit = 0.0;
    QString engineeringUnit;
    AlarmPriority priority = AlarmPriority::Medium;
    AlarmState state = AlarmState::Normal;
    bool condition = false;  ///< the value is beyond the limit (after on-delay, within deadband)
    qint64 since = 0;        ///< time of the last state change
    // The raise record: set when the condition becomes active, never changed until the next raise.
    qint64 raisedAt = 0;     ///< time the condition last became active
    double value = 0.0;      ///< the value at raise
    QString contributors;    ///< the contributing tags at raise (statistical alarms), "" for none
    QString acknowledgedBy;
    qint64 acknowledgedAt = 0;
    QString shelvedBy;
    qint64 shelvedUntil = 0;
    QString comment;
    QString message;         ///< translated, at raise: "Discharge temperature above HI 135 degC"

    bool isActive() const
    {
        return state == AlarmState::ActiveUnacknowledged || state == AlarmState::ActiveAcknowledged;
    }
    bool needsAcknowledgement() const
    {
        return state == AlarmState::ActiveUnacknowledged || state == AlarmState::ReturnedUnacknowledged;
    }
    /** What a person should see: active, waiting for an acknowledgement, or shelved. */
    bool isStanding() const { return isActive() || needsAcknowledgement() || state == AlarmState::Shelved; }
};

/** Alarm load of a unit (EEMUA 191): raises per 10 minutes, and floods (10+ in 10 minutes). */
struct AlarmRate {
    int lastTenMinutes = 0;     ///< raises in the 10 minutes before the newest evaluated time
    int peakTenMinutes = 0;     ///< the busiest 10 minutes of the last 24 hours
    int floodsLastDay = 0;      ///< 10-minute windows with 10+ raises in the last 24 hours
    bool flood = false;         ///< lastTenMinutes >= 10
};

/**
 * The limit alarms of one unit (lo, lolo, hi, hihi from its configuration) as ISA-18.2 state
 * machines with on-delay (N consecutive samples beyond the limit) and a deadband (the value
 * must come back past the limit by the deadband to clear), suppressed by design while the
 * unit is not running. Acknowledge and shelve record who, when and a comment. Every state
 * change (and a raise while shelved) becomes an alarm-log entry (takeLog()) that the caller
 * stores; restore() rebuilds the state from the newest entry of each alarm and the raise record
 * from its newest raise. The raise record (time, value, contributors, message) is fixed when
 * the condition becomes active: actions and returns are entries of their own.
 *
 * Thread: not thread-safe; lives in the unit's worker thread.
 */
class AlarmManager
{
    Q_DECLARE_TR_FUNCTIONS(tp::AlarmManager)
public:
    AlarmManager(const UnitConfig &unit, const AlarmDefaults &defaults);

    /** Restores states from the newest log entry of each alarm (UnitStore::latestAlarmStates)
     *  and raise records from the newest raise of each (UnitStore::latestAlarmRaises). */
    void restore(const QList<AlarmLogEntry> &latest, const QList<AlarmLogEntry> &raises);

    /**
     * Samples before @p ts are history (a back-fill, a catch-up after downtime): an alarm that
     * returns to normal or is suppressed there is logged but asks nobody for an
     * acknowledgement; one still active at the end of the history stands as usual.
     */
    void setHistoryHorizon(qint64 ts) { m_historyBefore = ts; }

    /** One sample of a tag. @p running: the unit's operating mode allows alarms at @p ts. */
    void evaluate(const QString &tag, qint64 ts, double value, bool good, bool running);
    /** The same for many samples: a handle from tagHandle() (-1: the tag has no alarms). */
    int tagHandle(const QString &tag) const;
    void evaluate(int handle, qint64 ts, double value, bool good, bool running);

    bool acknowledge(const QString &key, const QString &user, const QString &comment, qint64 now,
                     QString *error);
    /** Acknowledges every alarm that needs it; returns how many. */
    int acknowledgeAll(const QString &user, const QString &comment, qint64 now);
    bool shelve(const QString &key, const QString &user, const QString &comment, qint64 until,
                qint64 now, QString *error);
    bool unshelve(const QString &key, const QString &user, const QString &comment, qint64 now,
                  QString *error);
    /**
     * Context for a tag's alarm messages from now on, such as the tags contributing to a
     * statistical alarm ("top contributors: ..."); a standing alarm keeps the one of its raise.
     */
    void setContext(int handle, const QString &context);
    /** Ends shelving whose time has come. */
    void expireShelving(qint64 now);

    QList<AlarmStatus> alarms() const;
    /** Alarms a person should see: active, returned-unacknowledged or shelved. */
    QList<AlarmStatus> standing() const;
    std::optional<AlarmStatus> alarm(const QString &key) const;
    AlarmRate rate() const;

    /** State changes since the last call, in order, for the store. */
    QList<AlarmLogEntry> takeLog();
    /** Puts entries that could not be stored back in front of the log, to be stored later. */
    void returnLog(const QList<AlarmLogEntry> &entries);

    /** The deadband and on-delay in effect for a tag. */
    double deadbandOf(const QString &tag) const;
    int onDelayOf(const QString &tag) const;

private:
    struct Alarm {
        AlarmStatus status;
        QString description;
        bool high = true;
        double deadband = 0.0;
        int onDelay = 1;
        int count = 0; ///< consecutive samples beyond the limit
        QString context; ///< appended to messages (the contributing tags of a statistical alarm)
    };
    /** Logs a state change; @p value where it applies (a raise, a return). */
    void change(Alarm &alarm, AlarmState to, qint64 ts, const QString &reason,
                std::optional<double> value = {}, const QString &actor = {},
                const QString &comment = {});
    QString messageFor(const Alarm &alarm) const;
    Alarm *find(const QString &key, QString *error);

    std::vector<Alarm> m_alarms;
    QHash<QString, int> m_byTag;        ///< tag name (lower case) -> handle (index in m_tagAlarms)
    QList<QList<int>> m_tagAlarms;      ///< handle -> alarm indexes
    QHash<QString, int> m_byKey;
    QList<AlarmLogEntry> m_log;
    std::deque<qint64> m_raises; ///< raise times of the last 24 hours (of evaluated time)
    qint64 m_newest = 0;         ///< newest evaluated sample time
    qint64 m_historyBefore = std::numeric_limits<qint64>::min();
    QString m_unitId;
};

} // namespace tp
