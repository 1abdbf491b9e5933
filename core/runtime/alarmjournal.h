#pragma once

#include "config/fleetconfig.h"
#include "storage/unitstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tp {

/** What happened to an alarm, as the journal names it (README "Alarms"). */
enum class JournalKind { Raised, Acknowledged, Shelved, Unshelved, Returned, Cleared };

QString journalKindId(JournalKind kind); ///< "raised", "acknowledged", ...
std::optional<JournalKind> journalKindFromId(QStringView id);
QString journalKindText(JournalKind kind); ///< translated
/**
 * The journal kind of an alarm-log row: a raise (also while shelved), an action, a return of
 * the condition, or a clear (the unit stopped while the alarm stood: suppressed by design).
 * nullopt for bookkeeping rows (suppression and release of an alarm that was not standing).
 */
std::optional<JournalKind> journalKindOf(const AlarmLogEntry &e);

/** One journal entry: an alarm-log row of a unit in the journal's words. */
struct JournalEntry {
    QString unitId;
    QString plant;
    qint64 ts = 0;
    QString key;          ///< the alarm's key, "TAG:hi"
    JournalKind kind = JournalKind::Raised;
    AlarmPriority priority = AlarmPriority::Medium;
    std::optional<double> value; ///< at a raise or a return
    QString user;
    QString comment;
    QString message;      ///< the alarm's text at its raise
    QString contributors; ///< at a raise
};

/** What a journal view asks for: a time range [from, to) and optional filters. */
struct JournalFilter {
    qint64 from = 0;
    qint64 to = 0;
    QString unitId;                        ///< "" for every unit
    std::optional<AlarmPriority> priority;
    std::optional<JournalKind> kind;
    bool accepts(const JournalEntry &e) const;
};

/**
 * Reading the alarm journal from unit stores. GUI-free and stateless: views call it from a
 * pool thread, the HTTP server from its own; every call opens its own store connections.
 */
class AlarmJournal
{
    Q_DECLARE_TR_FUNCTIONS(tp::AlarmJournal)
public:
    /** The journal rows among @p log (oldest first), newest first. */
    static QList<JournalEntry> fromLog(const UnitConfig &unit, const QList<AlarmLogEntry> &log);
    /** The entries of @p units in [filter.from, filter.to) that the filter accepts, newest
     *  first; units without a store yet are skipped, other failures named in @p errors. */
    static QList<JournalEntry> read(const QString &dataDir, const QList<UnitConfig> &units,
                                    const JournalFilter &filter, QStringList *errors = nullptr);
    static QJsonObject toJson(const JournalEntry &e);
};

} // namespace tp
