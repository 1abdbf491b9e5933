#pragma once

#include "config/fleetconfig.h"
#include "storage/sample.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <limits>
#include <optional>
#include <span>
#include <vector>

class QSqlError;

namespace tp {

struct StoreOptions {
    int busyTimeoutMs = 5000;
    StoreSynchronous synchronous = StoreSynchronous::Normal;
    /** The owner (the unit's worker) truncates the WAL when it closes; a view's reading
     *  connection leaves that to the owner. */
    bool checkpointOnClose = true;
};

struct StoredTag {
    qint64 id = 0;
    QString name;
    QString description;
    QString engineeringUnit;
    QString kind;
};

/** A stored sample that a write replaced with another value or state. */
struct SampleChange {
    Sample before;
    Sample after;
};

/** Result of one batched write. `changed` counts rows inserted or whose value/quality changed;
 *  `unchanged` rows were already stored exactly so (an overlapping re-import). With an import
 *  id, `replaced` counts the changed rows that held another value before (the first
 *  ReplacedExamples of them in `replacedExamples`); the others were added. */
struct WriteStats {
    static constexpr int ReplacedExamples = 10;
    qint64 changed = 0;
    qint64 unchanged = 0;
    qint64 replaced = 0;
    QList<SampleChange> replacedExamples;
};

/** The newest stored sample of one tag. */
struct LatestValue {
    qint64 tagId = 0;
    QString tagName;
    Sample sample;
    QString qualityName; ///< "good" or the state's name
};

/** One bucket of a decimated read: min/max/mean over good values, and how many good and bad
 *  samples fell into [start, end). Empty buckets are left out, so gaps stay gaps. */
struct DecimatedBucket {
    qint64 start = 0;
    qint64 end = 0;
    double min = 0.0;
    double max = 0.0;
    double mean = 0.0;
    qint64 count = 0;    ///< good samples
    qint64 badCount = 0; ///< samples with a bad quality
};

enum class ReadSource { Raw, QuarterDayRollup, DayRollup };

struct DecimatedSeries {
    ReadSource source = ReadSource::Raw;
    QList<DecimatedBucket> buckets;
};

/** Provenance of one import (file or fetch). */
struct ImportRecord {
    qint64 id = 0;
    QString source;   ///< "xlsx", "csv", "simulator", "remote" ...
    QString fileName;
    QString sha256;   ///< hex
    QString sheet;
    QString layout;
    qint64 firstTs = 0;
    qint64 lastTs = 0;
    qint64 rowsRead = 0;
    qint64 valuesStored = 0;    ///< added or replaced
    qint64 valuesUnchanged = 0; ///< already stored exactly so
    qint64 valuesReplaced = 0;  ///< of valuesStored: held another value before
    qint64 valuesSkipped = 0;
    QString status;   ///< "running", "complete", "failed", "cancelled", "undone"
    QString message;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
};

struct Annotation {
    qint64 id = 0;
    qint64 ts = 0;
    std::optional<qint64> tagId;
    QString author;
    QString text;
    qint64 createdAt = 0;
};

/** A fitted analysis model as stored (UnitStore::saveModel): reproducible and versioned. */
struct StoredModel {
    qint64 id = 0;
    QString kind;          ///< "unit_analyzer"
    int version = 1;       ///< of the data's layout
    qint64 createdUtc = 0;
    qint64 trainFrom = 0, trainTo = 0;
    qint64 samples = 0;
    QStringList tags;      ///< the model's variables, in order
    QString description;
    QByteArray data;
};

/** What undoing an import did. */
struct UndoStats {
    qint64 restored = 0; ///< replaced samples given back their old value or state
    qint64 removed = 0;  ///< samples the import had added
};

/** One remaining-useful-life forecast, stored per refresh so that forecasts can be scored. */
struct StoredForecast {
    qint64 ts = 0;         ///< the forecast's "now"
    QString target;        ///< tag name or "health_index"
    QString state;         ///< RulForecast::stateId
    std::optional<double> p10Days, p50Days, p90Days;
    QString model;         ///< "linear", "exponential"
    std::optional<double> current, limit, slopePerDay;
    int points = 0;
};

struct AuditEntry {
    qint64 id = 0;
    qint64 ts = 0;
    QString actor;
    QString action;
    QString detail;
};

struct StoredEvent {
    qint64 id = 0;
    qint64 ts = 0;
    std::optional<qint64> endTs;
    std::optional<qint64> tagId;
    QString kind;     ///< "alarm", "mode", ...
    QString priority;
    QString state;
    QString message;
};

/** One row of the alarm log: a state change of one alarm (states and reasons as ids). */
struct AlarmLogEntry {
    qint64 id = 0;
    QString alarm;    ///< "TAG:hi"
    std::optional<qint64> tagId;
    qint64 ts = 0;    ///< when it happened (sample time, or the time of a user's action)
    qint64 recordedAt = 0;
    QString fromState;
    QString toState;
    bool condition = false; ///< the alarm condition after the change
    std::optional<double> value;
    std::optional<double> limit;
    QString priority;
    QString reason;   ///< "condition", "acknowledge", "shelve", "unshelve", "expired", ...
    QString actor;
    QString comment;
    std::optional<qint64> shelvedUntil;
    QString message;
    QString contributors; ///< a raise's contributing tags (statistical alarms)
};

/**
 * One unit's SQLite file (`<data>/units/<UNIT_ID>/<UNIT_ID>.sqlite`), opened through Qt Sql's
 * QSQLITE driver with WAL, a busy timeout, foreign keys on and synchronous=NORMAL (a crash of
 * the application loses no committed row; a power cut may roll back the last commits) or FULL.
 *
 * Thread: a UnitStore belongs to the thread that opened it and must be used and destroyed
 * there; its connection name is unique per unit and instance. Errors: every call that can fail
 * returns false/nullopt and leaves a translated message in errorString(); a failed write rolls
 * back its whole batch, so the file keeps what it had.
 */
class UnitStore
{
    Q_DECLARE_TR_FUNCTIONS(tp::UnitStore)
public:
    static constexpr int SchemaVersion = 6;
    static constexpr qint64 HourMs = 3'600'000;
    static constexpr qint64 DayMs = 24 * HourMs;
    /** Rollup bucket sizes. 6 h rather than 1 h: with 6-minute data an hourly rollup row
     *  would cost ~5 bytes per stored sample; 6 h costs <1 and still serves any view whose
     *  pixel column spans 6 h (a range of ~500 days and more at 2,000 px). */
    static constexpr qint64 FineRollupMs = 6 * HourMs;
    static constexpr qint64 CoarseRollupMs = DayMs;

    /** `<dataDir>/units/<UNIT_ID>/<UNIT_ID>.sqlite` */
    static QString unitFilePath(const QString &dataDir, const QString &unitId);
    /** The per-user data folder: <GenericDataLocation>/TurboPredict. */
    static QString defaultDataDir();

    explicit UnitStore(QString unitId);
    ~UnitStore();
    UnitStore(const UnitStore &) = delete;
    UnitStore &operator=(const UnitStore &) = delete;

    /** Opens or creates the file and migrates it to SchemaVersion. Refuses, without writing
     *  anything, a file that is not a SQLite database, not a TurboPredict store, another
     *  unit's store, or from a newer schema. */
    bool open(const QString &filePath, const StoreOptions &options = {});
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString filePath() const { return m_path; }
    QString unitId() const { return m_unitId; }
    int schemaVersion() const;

    // --- tags -------------------------------------------------------------------------------
    /** Adds configured tags that are missing and updates descriptions/units/kinds. Tags that
     *  left the configuration stay (their history is kept). */
    bool syncTags(const QList<TagConfig> &tags);
    /** Name -> id of every stored tag; names as stored. */
    QHash<QString, qint64> tagIds() const { return m_tagIds; }
    std::optional<qint64> tagId(const QString &name) const;
    QList<StoredTag> tags();

    // --- qualities --------------------------------------------------------------------------
    /** Code of a historian state or error text ("I/O Timeout", "#N/A"), created on first use;
     *  0 is "good". */
    std::optional<int> qualityCode(const QString &stateName);
    QString qualityName(int code) const;

    // --- samples ----------------------------------------------------------------------------
    /** Upserts the samples in one transaction (sorted by tag and time first, later duplicates
     *  winning) and brings the rollups of the touched 6-hour and day buckets up to date. All
     *  or nothing. With an @p importId (of addImport) every sample it adds or replaces is
     *  recorded, in the same transaction, for the import's report and undoImport(). */
    std::optional<WriteStats> writeSamples(std::span<const Sample> samples, qint64 importId = 0);

    QList<LatestValue> latestValues();
    /** Samples of one tag with from <= ts < to, oldest first. */
    std::optional<QList<Sample>> readRange(qint64 tagId, qint64 from, qint64 to,
                                           qsizetype maxRows = std::numeric_limits<qsizetype>::max());
    /** At most @p pixelWidth buckets over [from, to), from the 6-hour or day rollups when a
     *  pixel column spans at least a rollup bucket and that reads fewer rows than the raw
     *  samples, else from the raw samples. */
    std::optional<DecimatedSeries> readDecimated(qint64 tagId, qint64 from, qint64 to,
                                                 int pixelWidth);
    qint64 sampleCount();

    // --- provenance, events, annotations, audit --------------------------------------------
    std::optional<qint64> addImport(const ImportRecord &record);
    bool updateImport(const ImportRecord &record);
    QList<ImportRecord> imports();
    /** True when a file with this SHA-256 was imported completely before (and possibly
     *  undone since: a folder's refresh does not bring an undone file back). */
    bool hasCompleteImport(const QString &sha256);
    /**
     * Undoes an import in one transaction: the samples it replaced get their old value or state
     * back, the samples it added are removed, the touched rollups are recomputed, the import is
     * marked "undone" and an audit entry names @p actor. Refuses (nullopt, errorString() naming
     * the unit and the import) an unknown, running or undone import, and one whose values a
     * later import changed again (named: undo that one first).
     */
    std::optional<UndoStats> undoImport(qint64 importId, const QString &actor);

    std::optional<qint64> addEvent(const StoredEvent &event);
    QList<StoredEvent> events(qint64 from, qint64 to);

    /** Stores the annotation and writes an audit entry in the same transaction. */
    std::optional<qint64> addAnnotation(const Annotation &annotation);
    QList<Annotation> annotations(qint64 from, qint64 to);

    bool appendAudit(const QString &actor, const QString &action, const QString &detail);

    // --- alarms and runtime state -------------------------------------------------------------
    /** Appends alarm state changes, their audit entries (for changes a person made), the
     *  given events and meta values in one transaction. */
    bool appendAlarmLog(const QList<AlarmLogEntry> &entries,
                        const QList<std::pair<QString, QString>> &meta = {},
                        const QList<StoredEvent> &events = {});
    /** The newest entry of every alarm: the state to restore after a restart. */
    QList<AlarmLogEntry> latestAlarmStates();
    /** The newest raise of every alarm (its raise record). */
    QList<AlarmLogEntry> latestAlarmRaises();
    /** Entries with from <= ts < to, oldest first (at most @p limit). */
    QList<AlarmLogEntry> alarmLog(qint64 from, qint64 to, int limit = 100000);
    std::optional<QString> metaValue(const QString &key);
    bool setMetaValue(const QString &key, const QString &value);
    /** Tag id -> time of its newest sample that has a value. */
    QHash<qint64, qint64> latestGoodTimes();
    /** The time of the newest stored sample of any tag, 0 for none. */
    qint64 newestSampleTime();
    QList<AuditEntry> auditLog();

    /** Adds a model (a retrain is a new row); returns its id. */
    std::optional<qint64> saveModel(const StoredModel &model);
    /** The newest model of a kind, if any. */
    std::optional<StoredModel> latestModel(const QString &kind);
    bool appendForecasts(const QList<StoredForecast> &forecasts);
    QList<StoredForecast> forecasts(const QString &target, qint64 from, qint64 to);
    /** The oldest sample time of any tag (0: none). */
    qint64 oldestSampleTime();

    /** `PRAGMA integrity_check`: {"ok"} for a sound file, else the problems SQLite lists. */
    std::optional<QStringList> integrityCheck();

private:
    struct Native;

    bool fail(const QString &message);
    /** Rolls the open transaction back and fails with the error explained. */
    bool rollbackWith(const QSqlError &error);
    /** The native connection's last error for a result code, explained. */
    QString explainNative(int rc) const;
    bool failRollups(int rc);
    bool execAll(const QStringList &statements);
    /** The newest alarm-log entry of every alarm among those matching @p where (SQL). */
    QList<AlarmLogEntry> newestAlarmEntries(const QString &where);
    bool checkExisting(int *version);
    bool loadLookups();
    struct DirtyRange {
        qint64 tagId;
        qint64 first;
        qint64 last;
    };
    /** Recomputes the rollup buckets over each range from the samples (buckets left without
     *  samples are removed). */
    bool updateRollups(const std::vector<DirtyRange> &dirty);
    /** Aggregates of rows appended after a tag's newest row, merged into a rollup bucket. */
    struct RollupDelta {
        int level = 1;
        qint64 tagId = 0;
        qint64 bucket = 0;
        double min = 0, max = 0, sum = 0;
        qint64 n = 0;
        qint64 nbad = 0;
    };
    bool mergeRollups(const std::vector<RollupDelta> &deltas);
    std::optional<qint64> newestStoredTs(qint64 tagId);

    QString m_unitId;
    QString m_path;
    StoreOptions m_options;
    QString m_connectionName;
    QString m_error;
    QSqlDatabase m_db;
    std::unique_ptr<Native> m_native;
    QHash<QString, qint64> m_tagIds;
    QHash<QString, qint64> m_tagIdsLower;
    QHash<int, QString> m_qualityNames;
    QHash<QString, int> m_qualityCodes; ///< lower-case name -> code
};

QString readSourceId(ReadSource source);

} // namespace tp
