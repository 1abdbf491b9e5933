#include "unitstore.h"

#include "logging.h"
#include "storage/migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

#include <cmath>
#include <algorithm>
#include <array>
#include <limits>
#include <tuple>
#include <vector>

namespace tp {

namespace {

constexpr qint32 kApplicationId = 0x54505244; // "TPRD"

qint64 floorTo(qint64 ts, qint64 step)
{
    const qint64 r = ts % step;
    return r < 0 ? ts - r - step : ts - r;
}

// Qt binds a null QString as SQL NULL; text columns here are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/** A prepared statement owned by the store; finalized before the connection closes. */
class Statement
{
public:
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement() { sqlite3_finalize(m_stmt); }

    bool prepare(sqlite3 *db, const char *sql)
    {
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
            == SQLITE_OK;
    }
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

/** Resets and clears bindings when a use of a statement ends, whatever path it takes. */
class StatementUse
{
public:
    explicit StatementUse(const Statement &s) : m_stmt(s.get()) {}
    ~StatementUse()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    sqlite3_stmt *operator*() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt;
};

} // namespace

// The quality code of a row of `samples s`: looked up only for the rare rows without a value.
#define QUALITY_OF_S                                                                           \
    "CASE WHEN s.value IS NULL THEN coalesce((SELECT quality FROM sample_states q"             \
    " WHERE q.tag_id = s.tag_id AND q.ts = s.ts), 0) ELSE 0 END"

/** Rows appended by one statement: a back-fill's rows cost one statement's start and end per
 *  AppendBatch rows instead of per row (tp_bench_pi). */
constexpr int AppendBatch = 64;

QByteArray appendManySql()
{
    QByteArray sql = "INSERT INTO samples(tag_id, ts, value) VALUES ";
    for (int i = 0; i < AppendBatch; ++i)
        sql += i ? ",(?,?,?)" : "(?,?,?)";
    return sql;
}

struct UnitStore::Native {
    sqlite3 *db = nullptr;
    Statement insert;
    Statement insertNew;
    Statement insertNewMany; ///< AppendBatch rows at once: the per-statement cost once per batch
    Statement insertState;
    Statement clearState;
    Statement newestOfTag;
    Statement dataVersion;
    qint64 lastDataVersion = -1;
    Statement mergeRollup;
    Statement clearRollups;
    Statement rollupFine;
    Statement rollupDay;
    Statement readRange;
    Statement readRollup;
    Statement dayTotals;
    Statement latest;
    Statement storedRow;    ///< a sample's value and quality before an import writes it
    Statement recordChange; ///< import_changes: what an import added or replaced
    Statement recordSpan;   ///< import_spans: rows an import appended
    std::vector<bool> knownTag; // indexed by tag id
    std::vector<bool> tagHasStates; // indexed by tag id; may say yes wrongly, never no wrongly
    static constexpr qint64 kUnknown = std::numeric_limits<qint64>::min();     // not read yet
    static constexpr qint64 kNoRows = std::numeric_limits<qint64>::min() + 1; // the tag has none
    std::vector<qint64> newestTs;   // indexed by tag id: newest stored ts, or one of the above

    bool prepareAll()
    {
        return insert.prepare(
                   db,
                   "INSERT INTO samples(tag_id, ts, value) VALUES (?1, ?2, ?3)"
                   " ON CONFLICT(tag_id, ts) DO UPDATE SET value = excluded.value"
                   " WHERE samples.value IS NOT excluded.value")
            && insertNew.prepare(db, "INSERT INTO samples(tag_id, ts, value) VALUES (?1, ?2, ?3)")
            && insertNewMany.prepare(db, appendManySql().constData())
            && insertState.prepare(
                db,
                "INSERT INTO sample_states(tag_id, ts, quality) VALUES (?1, ?2, ?3)"
                " ON CONFLICT(tag_id, ts) DO UPDATE SET quality = excluded.quality"
                " WHERE sample_states.quality <> excluded.quality")
            && clearState.prepare(db, "DELETE FROM sample_states WHERE tag_id = ?1 AND ts = ?2")
            && newestOfTag.prepare(db, "SELECT max(ts) FROM samples WHERE tag_id = ?1")
            && dataVersion.prepare(db, "PRAGMA data_version")
            && mergeRollup.prepare(
                db,
                "INSERT INTO rollups(level, tag_id, bucket, vmin, vmax, vmean, n, nbad)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                " ON CONFLICT(level, tag_id, bucket) DO UPDATE SET"
                " vmin = CASE WHEN excluded.n = 0 THEN rollups.vmin WHEN rollups.n = 0 THEN excluded.vmin"
                "        ELSE min(rollups.vmin, excluded.vmin) END,"
                " vmax = CASE WHEN excluded.n = 0 THEN rollups.vmax WHEN rollups.n = 0 THEN excluded.vmax"
                "        ELSE max(rollups.vmax, excluded.vmax) END,"
                " vmean = CASE WHEN rollups.n + excluded.n = 0 THEN NULL"
                "        ELSE (coalesce(rollups.vmean, 0) * rollups.n + coalesce(excluded.vmean, 0) * excluded.n)"
                "             / (rollups.n + excluded.n) END,"
                " n = rollups.n + excluded.n,"
                " nbad = rollups.nbad + excluded.nbad")
            && clearRollups.prepare(db, "DELETE FROM rollups WHERE level = ?1 AND tag_id = ?2"
                                        " AND bucket >= ?3 AND bucket < ?4")
            && rollupFine.prepare(
                db,
                "INSERT OR REPLACE INTO rollups(level, tag_id, bucket, vmin, vmax, vmean, n, nbad)"
                " SELECT 1, ?1, ts - ((ts % 21600000) + 21600000) % 21600000 AS b,"
                " min(value), max(value), avg(value), count(value), sum(value IS NULL)"
                " FROM samples WHERE tag_id = ?1 AND ts >= ?2 AND ts < ?3 GROUP BY b")
            && rollupDay.prepare(
                db,
                "INSERT OR REPLACE INTO rollups(level, tag_id, bucket, vmin, vmax, vmean, n, nbad)"
                " SELECT 2, ?1, bucket - ((bucket % 86400000) + 86400000) % 86400000 AS d,"
                " min(vmin), max(vmax), sum(vmean * n) / NULLIF(sum(n), 0), sum(n), sum(nbad)"
                " FROM rollups WHERE level = 1 AND tag_id = ?1 AND bucket >= ?2 AND bucket < ?3"
                " GROUP BY d")
            && readRange.prepare(db,
                                 "SELECT ts, value, " QUALITY_OF_S " FROM samples s"
                                 " WHERE tag_id = ?1 AND ts >= ?2 AND ts < ?3 ORDER BY ts")
            && readRollup.prepare(db,
                                  "SELECT bucket, vmin, vmax, vmean, n, nbad FROM rollups"
                                  " WHERE level = ?1 AND tag_id = ?2 AND bucket >= ?3"
                                  " AND bucket < ?4 ORDER BY bucket")
            && dayTotals.prepare(db,
                                 "SELECT coalesce(sum(n + nbad), 0), count(*) FROM rollups"
                                 " WHERE level = 2 AND tag_id = ?1 AND bucket >= ?2"
                                 " AND bucket < ?3")
            && latest.prepare(db,
                              "SELECT ts, value, " QUALITY_OF_S " FROM samples s"
                              " WHERE tag_id = ?1 ORDER BY ts DESC LIMIT 1")
            && storedRow.prepare(db,
                                 "SELECT value, " QUALITY_OF_S " FROM samples s"
                                 " WHERE tag_id = ?1 AND ts = ?2")
            && recordChange.prepare(db,
                                    "INSERT OR IGNORE INTO import_changes(import_id, tag_id, ts,"
                                    " old_value, old_quality) VALUES (?1, ?2, ?3, ?4, ?5)")
            && recordSpan.prepare(db, "INSERT INTO import_spans(import_id, tag_id, first_ts, last_ts)"
                                      " VALUES (?1, ?2, ?3, ?4)");
    }

    bool isKnown(qint64 tagId) const
    {
        return tagId >= 0 && static_cast<size_t>(tagId) < knownTag.size() && knownTag[tagId];
    }

    bool hasStates(qint64 tagId) const
    {
        return static_cast<size_t>(tagId) < tagHasStates.size() && tagHasStates[tagId];
    }

    void markStates(qint64 tagId)
    {
        if (static_cast<size_t>(tagId) >= tagHasStates.size())
            tagHasStates.resize(tagId + 1, false);
        tagHasStates[tagId] = true;
    }
};

QString readSourceId(ReadSource source)
{
    switch (source) {
    case ReadSource::Raw: return QStringLiteral("raw");
    case ReadSource::QuarterDayRollup: return QStringLiteral("6h-rollup");
    case ReadSource::DayRollup: return QStringLiteral("day-rollup");
    }
    return QString();
}

QString UnitStore::unitFilePath(const QString &dataDir, const QString &unitId)
{
    return QDir(dataDir).filePath(QStringLiteral("units/%1/%1.sqlite").arg(unitId));
}

QString UnitStore::defaultDataDir()
{
    // ~/.local/share/TurboPredict, %LOCALAPPDATA%/TurboPredict: per user, no admin rights needed.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/TurboPredict");
}

UnitStore::UnitStore(QString unitId) : m_unitId(std::move(unitId)) {}

UnitStore::~UnitStore()
{
    close();
}

bool UnitStore::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcStorage).noquote() << m_unitId << message;
    return false;
}

namespace {

// A user-facing explanation of a SQLite failure, by its primary result code.
QString explain(int code, const QString &detail)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return UnitStore::tr("the file is locked by another program; close it and try again (%1)")
            .arg(detail);
    case SQLITE_FULL:
        return UnitStore::tr("the disk is full; nothing of this write was stored (%1)").arg(detail);
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return UnitStore::tr("the file is damaged or not a database; it was left untouched (%1)")
            .arg(detail);
    case SQLITE_READONLY:
        return UnitStore::tr("the file is read-only (%1)").arg(detail);
    case SQLITE_CANTOPEN:
        return UnitStore::tr("the file cannot be opened (%1)").arg(detail);
    case SQLITE_IOERR:
        return UnitStore::tr("a disk read or write failed (%1)").arg(detail);
    default: return detail;
    }
}

QString explain(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? explain(code, error.databaseText()) : error.text();
}

} // namespace

bool UnitStore::execAll(const QStringList &statements)
{
    QSqlQuery query(m_db);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return fail(tr("%1: %2").arg(QDir::toNativeSeparators(m_path), explain(query.lastError())));
    }
    return true;
}

bool UnitStore::checkExisting(int *version)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(tr("%1 is not a usable unit store: %2").arg(shown, explain(query.lastError())));
    *version = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return fail(tr("%1 is not a usable unit store: %2").arg(shown, explain(query.lastError())));
    const qint32 applicationId = query.value(0).toInt();

    if (*version == 0) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
            return fail(tr("%1 is not a usable unit store: %2").arg(shown, explain(query.lastError())));
        if (query.value(0).toInt() != 0)
            return fail(tr("%1 is a SQLite database of another program, not a TurboPredict unit "
                           "store; it was left untouched")
                            .arg(shown));
        return true;
    }
    if (applicationId != kApplicationId)
        return fail(tr("%1 is a SQLite database of another program, not a TurboPredict unit store; "
                       "it was left untouched")
                        .arg(shown));
    if (*version > SchemaVersion)
        return fail(tr("%1 was written by a newer TurboPredict (schema %2; this version reads up "
                       "to %3); it was left untouched")
                        .arg(shown)
                        .arg(*version)
                        .arg(SchemaVersion));
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'unit_id'")))
        return fail(tr("%1 is not a usable unit store: %2").arg(shown, explain(query.lastError())));
    if (query.next() && query.value(0).toString().compare(m_unitId, Qt::CaseInsensitive) != 0)
        return fail(tr("%1 holds the data of unit %2, not %3; it was left untouched")
                        .arg(shown, query.value(0).toString(), m_unitId));
    return true;
}

bool UnitStore::rollbackWith(const QSqlError &error)
{
    const QString message = explain(error);
    m_db.rollback();
    return fail(message);
}

bool UnitStore::open(const QString &filePath, const StoreOptions &options)
{
    close();
    m_error.clear();
    m_path = filePath;
    m_options = options;
    const QFileInfo info(filePath);
    const QString shown = QDir::toNativeSeparators(filePath);
    if (info.exists() && !info.isFile())
        return fail(tr("%1 is not a file").arg(shown));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));

    // Once per process, before SQLite initialises: no global memory statistics, whose one
    // mutex every connection of every unit's thread would otherwise take on each allocation.
    // (Too late if something opened SQLite before; then it only stays as it was.)
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(configured);
    m_connectionName = QStringLiteral("tp-store-%1-%2")
                           .arg(m_unitId)
                           .arg(reinterpret_cast<quintptr>(this), 0, 16);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        close();
        return fail(tr("the SQLite driver of Qt is missing (install libqt6sql6-sqlite)"));
    }
    m_db.setDatabaseName(filePath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!m_db.open()) {
        const QString message = tr("%1 cannot be opened: %2").arg(shown, explain(m_db.lastError()));
        close();
        return fail(message);
    }

    int version = 0;
    if (!checkExisting(&version)) {
        const QString message = m_error;
        close();
        m_error = message;
        return false;
    }

    const QString sync = options.synchronous == StoreSynchronous::Full ? QStringLiteral("FULL")
                                                                       : QStringLiteral("NORMAL");
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
        || query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        const QString message = tr("%1: cannot switch to write-ahead logging: %2")
                                    .arg(shown, explain(query.lastError()));
        close();
        return fail(message);
    }
    query.finish(); // no statement may stay active across the migration's COMMIT
    QString migrationError;
    // A page cache of 8 MB: a live refresh touches one leaf page per tag (500 tags: ~2 MB plus
    // the rollups). A checkpoint every 4000 WAL pages rather than 1000: live refreshes rewrite
    // the same hot pages, so fewer checkpoints copy them fewer times (tp_bench_fleet: 3.0 ->
    // 2.7 % CPU for 13 x 500 tags at 1 Hz). close() still truncates the WAL.
    if (!execAll({QStringLiteral("PRAGMA synchronous = ") + sync,
                  QStringLiteral("PRAGMA foreign_keys = ON"),
                  QStringLiteral("PRAGMA cache_size = -8192"),
                  QStringLiteral("PRAGMA wal_autocheckpoint = 4000")})
        || !applyMigrations(m_db, unitStoreMigrations(), &migrationError)) {
        const QString message =
            m_error.isEmpty() ? tr("%1: %2").arg(shown, migrationError) : m_error;
        close();
        return fail(message);
    }
    if (version == 0) {
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES"
                                     " ('unit_id', ?), ('created_utc', ?)"));
        query.addBindValue(m_unitId);
        query.addBindValue(QString::number(nowMs()));
        if (!query.exec()
            || !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))) {
            const QString message = tr("%1: %2").arg(shown, explain(query.lastError()));
            close();
            return fail(message);
        }
    }

    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        close();
        return fail(tr("the SQLite driver of Qt does not expose its connection"));
    }
    m_native = std::make_unique<Native>();
    m_native->db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_native->prepareAll()) {
        const QString message = tr("%1: %2").arg(shown, QString::fromUtf8(sqlite3_errmsg(m_native->db)));
        close();
        return fail(message);
    }
    if (!loadLookups()) {
        const QString message = m_error;
        close();
        m_error = message;
        return false;
    }
    qCDebug(lcStorage) << "opened" << filePath << "schema" << SchemaVersion;
    return true;
}

void UnitStore::close()
{
    sqlite3 *db = m_native ? m_native->db : nullptr;
    m_native.reset(); // finalize statements before the connection closes
    if (m_db.isOpen()) {
        if (db && m_options.checkpointOnClose) {
            int logFrames = 0, done = 0;
            const int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &done);
            if (rc != SQLITE_OK)
                qCWarning(lcStorage) << m_path << "checkpoint on close failed:" << sqlite3_errmsg(db);
            for (sqlite3_stmt *st = sqlite3_next_stmt(db, nullptr); st; st = sqlite3_next_stmt(db, st))
                qCWarning(lcStorage) << m_path << "open statement at close:" << sqlite3_sql(st) << sqlite3_stmt_busy(st);
        }
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    m_tagIds.clear();
    m_tagIdsLower.clear();
    m_qualityNames.clear();
    m_qualityCodes.clear();
}

bool UnitStore::isOpen() const
{
    return m_native != nullptr;
}

int UnitStore::schemaVersion() const
{
    if (!m_db.isOpen())
        return -1;
    QString error;
    QSqlDatabase db = m_db;
    return schemaVersionOf(db, &error);
}

bool UnitStore::loadLookups()
{
    m_tagIds.clear();
    m_tagIdsLower.clear();
    m_native->knownTag.clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name FROM tags")))
        return fail(explain(query.lastError()));
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString name = query.value(1).toString();
        m_tagIds.insert(name, id);
        m_tagIdsLower.insert(name.toLower(), id);
        if (static_cast<size_t>(id) >= m_native->knownTag.size())
            m_native->knownTag.resize(id + 1, false);
        m_native->knownTag[id] = true;
    }
    m_native->tagHasStates.clear();
    if (!query.exec(QStringLiteral("SELECT DISTINCT tag_id FROM sample_states")))
        return fail(explain(query.lastError()));
    while (query.next())
        m_native->markStates(query.value(0).toLongLong());
    m_qualityNames.clear();
    m_qualityCodes.clear();
    if (!query.exec(QStringLiteral("SELECT code, name FROM qualities")))
        return fail(explain(query.lastError()));
    while (query.next()) {
        m_qualityNames.insert(query.value(0).toInt(), query.value(1).toString());
        m_qualityCodes.insert(query.value(1).toString().toLower(), query.value(0).toInt());
    }
    return true;
}

bool UnitStore::syncTags(const QList<TagConfig> &tags)
{
    if (!isOpen())
        return fail(tr("the store is not open"));
    if (!m_db.transaction())
        return fail(explain(m_db.lastError()));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO tags(name, description, unit, kind, created_utc) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(name) DO UPDATE SET description = excluded.description,"
        " unit = excluded.unit, kind = excluded.kind"
        " WHERE description <> excluded.description OR unit <> excluded.unit"
        " OR kind <> excluded.kind"));
    const qint64 now = nowMs();
    for (const TagConfig &tag : tags) {
        insert.addBindValue(tag.name);
        insert.addBindValue(text(tag.description));
        insert.addBindValue(text(tag.engineeringUnit));
        insert.addBindValue(tagKindId(tag.kind));
        insert.addBindValue(now);
        if (!insert.exec()) {
            const QString message = explain(insert.lastError());
            m_db.rollback();
            return fail(tr("cannot store tag %1: %2").arg(tag.name, message));
        }
    }
    if (!m_db.commit())
        return rollbackWith(m_db.lastError());
    return loadLookups();
}

std::optional<qint64> UnitStore::tagId(const QString &name) const
{
    const auto it = m_tagIdsLower.constFind(name.toLower());
    if (it == m_tagIdsLower.cend())
        return std::nullopt;
    return *it;
}

QList<StoredTag> UnitStore::tags()
{
    QList<StoredTag> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, description, unit, kind FROM tags ORDER BY id"))) {
        fail(explain(query.lastError()));
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toString()});
    }
    return result;
}

std::optional<int> UnitStore::qualityCode(const QString &stateName)
{
    const QString name = stateName.trimmed();
    if (name.isEmpty() || name.compare(u"good", Qt::CaseInsensitive) == 0)
        return GoodQuality;
    if (auto it = m_qualityCodes.constFind(name.toLower()); it != m_qualityCodes.cend())
        return *it;
    if (!isOpen()) {
        fail(tr("the store is not open"));
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO qualities(name) VALUES (?) RETURNING code"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        fail(tr("cannot record the state \"%1\": %2").arg(name, explain(query.lastError())));
        return std::nullopt;
    }
    const int code = query.value(0).toInt();
    query.finish();
    m_qualityCodes.insert(name.toLower(), code);
    m_qualityNames.insert(code, name);
    return code;
}

QString UnitStore::qualityName(int code) const
{
    return m_qualityNames.value(code, code == GoodQuality ? QStringLiteral("good") : QString());
}

std::optional<WriteStats> UnitStore::writeSamples(std::span<const Sample> samples, qint64 importId)
{
    WriteStats stats;
    if (!isOpen()) {
        fail(tr("the store is not open"));
        return std::nullopt;
    }
    if (samples.empty())
        return stats;
    sqlite3 *db = m_native->db;
    auto sqliteFailure = [&](int rc) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_native->newestTs.clear();
        fail(tr("%1: %2").arg(QDir::toNativeSeparators(m_path), explain(rc, detail)));
        return std::nullopt;
    };

    // In key order, each tag's rows go in one run: fewer pages touched, fuller pages after
    // splits (measured by tp_bench_store). Stable, so a later duplicate still wins.
    auto byKey = [](const Sample &a, const Sample &b) {
        return a.tagId < b.tagId || (a.tagId == b.tagId && a.ts < b.ts);
    };
    std::vector<Sample> sorted;
    if (!std::is_sorted(samples.begin(), samples.end(), byKey)) {
        sorted.assign(samples.begin(), samples.end());
        std::stable_sort(sorted.begin(), sorted.end(), byKey);
        samples = sorted;
    }

    int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteFailure(rc);
    {
        // Another connection (turbopredictd import while the GUI runs) may have written since
        // the newest times were cached: then they are read again.
        StatementUse version(m_native->dataVersion);
        if (sqlite3_step(*version) == SQLITE_ROW) {
            const qint64 v = sqlite3_column_int64(*version, 0);
            if (v != m_native->lastDataVersion)
                m_native->newestTs.clear();
            m_native->lastDataVersion = v;
        }
    }

    // Rollups: a tag's rows that all come after its newest stored row (live data, a fresh
    // import) are aggregated here and merged into their buckets; any other rows (an overlapping
    // re-import, a correction) make the touched buckets be recomputed from the samples.
    std::vector<DirtyRange> dirty;
    std::vector<RollupDelta> deltas;
    struct Run {
        qint64 tagId = -1;
        qint64 first = 0, last = 0;
        bool append = false;
        size_t deltasFrom = 0;
    } run;
    auto closeRun = [&] {
        if (run.tagId < 0 || run.first > run.last)
            return;
        if (!run.append) {
            deltas.resize(run.deltasFrom);
            dirty.push_back({run.tagId, run.first, run.last});
        }
    };
    auto addToDelta = [&](int level, qint64 bucket, const Sample &s, bool good) {
        const size_t from = run.deltasFrom;
        RollupDelta *d = nullptr;
        for (size_t i = deltas.size(); i > from; --i) { // the run's open buckets are at the end
            if (deltas[i - 1].level == level && deltas[i - 1].bucket == bucket) {
                d = &deltas[i - 1];
                break;
            }
        }
        if (!d) {
            deltas.push_back({level, run.tagId, bucket});
            d = &deltas.back();
        }
        if (good) {
            d->min = d->n ? std::min(d->min, s.value) : s.value;
            d->max = d->n ? std::max(d->max, s.value) : s.value;
            d->sum += s.value;
            ++d->n;
        } else {
            ++d->nbad;
        }
    };
    {
        StatementUse upsert(m_native->insert);
        StatementUse insertNew(m_native->insertNew);
        StatementUse insertNewMany(m_native->insertNewMany);
        StatementUse insertState(m_native->insertState);
        StatementUse clearState(m_native->clearState);
        // Appended rows wait here until AppendBatch of them go in one statement; whatever
        // else happens (another tag, a row that is not appended) writes them first.
        std::array<const Sample *, AppendBatch> pending{};
        int pendingCount = 0;
        // An import's provenance: the row as stored before (none: the import adds it).
        auto readStored = [&](const Sample &s, std::optional<Sample> *before) {
            StatementUse use(m_native->storedRow);
            sqlite3_bind_int64(*use, 1, s.tagId);
            sqlite3_bind_int64(*use, 2, s.ts);
            const int step = sqlite3_step(*use);
            if (step != SQLITE_ROW)
                return step;
            const double value = sqlite3_column_type(*use, 0) == SQLITE_NULL
                ? std::numeric_limits<double>::quiet_NaN()
                : sqlite3_column_double(*use, 0);
            *before = Sample{s.tagId, s.ts, value, sqlite3_column_int(*use, 1)};
            return SQLITE_DONE;
        };
        // Rows an import appends after a tag's newest row are recorded as spans: every row of
        // the tag in [first, last] was added by the import (one row per span, not per sample).
        struct Span {
            qint64 tagId, first, last;
        };
        std::vector<Span> spans;
        bool spanOpen = false;
        auto addToSpan = [&](const Sample &s) {
            if (!importId)
                return;
            if (spanOpen && spans.back().tagId == s.tagId)
                spans.back().last = s.ts;
            else
                spans.push_back({s.tagId, s.ts, s.ts});
            spanOpen = true;
        };
        // Only the first write of a key by one import is recorded: that is what undo restores.
        auto recordChange = [&](const Sample &s, const std::optional<Sample> &before, bool *first) {
            StatementUse use(m_native->recordChange);
            sqlite3_bind_int64(*use, 1, importId);
            sqlite3_bind_int64(*use, 2, s.tagId);
            sqlite3_bind_int64(*use, 3, s.ts);
            if (before && before->quality == GoodQuality && std::isfinite(before->value))
                sqlite3_bind_double(*use, 4, before->value);
            if (before)
                sqlite3_bind_int(*use, 5, before->quality);
            const int step = sqlite3_step(*use);
            *first = sqlite3_changes(db) > 0;
            return step;
        };
        auto flushPending = [&]() -> int {
            if (pendingCount == 0)
                return SQLITE_DONE;
            int step;
            if (pendingCount == AppendBatch) {
                sqlite3_stmt *many = *insertNewMany;
                for (int i = 0; i < AppendBatch; ++i) {
                    const Sample &p = *pending[size_t(i)];
                    sqlite3_bind_int64(many, 3 * i + 1, p.tagId);
                    sqlite3_bind_int64(many, 3 * i + 2, p.ts);
                    if (p.quality == GoodQuality && std::isfinite(p.value))
                        sqlite3_bind_double(many, 3 * i + 3, p.value);
                    else
                        sqlite3_bind_null(many, 3 * i + 3);
                }
                step = sqlite3_step(many);
                sqlite3_reset(many);
            } else {
                step = SQLITE_DONE;
                for (int i = 0; i < pendingCount && step == SQLITE_DONE; ++i) {
                    const Sample &p = *pending[size_t(i)];
                    sqlite3_bind_int64(*insertNew, 1, p.tagId);
                    sqlite3_bind_int64(*insertNew, 2, p.ts);
                    if (p.quality == GoodQuality && std::isfinite(p.value))
                        sqlite3_bind_double(*insertNew, 3, p.value);
                    else
                        sqlite3_bind_null(*insertNew, 3);
                    step = sqlite3_step(*insertNew);
                    sqlite3_reset(*insertNew);
                }
            }
            pendingCount = 0;
            return step;
        };
        for (const Sample &s : samples) {
            if (!m_native->isKnown(s.tagId)) {
                sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
                m_native->newestTs.clear();
                fail(tr("sample for unknown tag id %1; nothing of this write was stored")
                         .arg(s.tagId));
                return std::nullopt;
            }
            if (s.tagId != run.tagId || s.ts <= run.last) {
                if ((rc = flushPending()) != SQLITE_DONE)
                    return sqliteFailure(rc);
            }
            if (s.tagId != run.tagId) {
                closeRun();
                const std::optional<qint64> newest = newestStoredTs(s.tagId);
                if (!newest)
                    return sqliteFailure(SQLITE_ERROR);
                run = Run{s.tagId, s.ts, s.ts - 1, s.ts > *newest, deltas.size()};
            } else if (s.ts <= run.last) {
                run.append = false; // a duplicate in the batch: recompute
            }
            if (!run.append)
                spanOpen = false;
            const bool good = s.quality == GoodQuality;
            const bool hasValue = good && std::isfinite(s.value);
            if (run.append && good) {
                // After the tag's newest row: no conflict, no state to clear (a state has its
                // row in samples). Written with the next AppendBatch - 1 such rows.
                pending[size_t(pendingCount++)] = &s;
                if (pendingCount == AppendBatch && (rc = flushPending()) != SQLITE_DONE)
                    return sqliteFailure(rc);
                addToSpan(s);
                ++stats.changed;
                addToDelta(1, floorTo(s.ts, FineRollupMs), s, hasValue);
                addToDelta(2, floorTo(s.ts, CoarseRollupMs), s, hasValue);
                run.last = std::max(run.last, s.ts);
                continue;
            }
            if ((rc = flushPending()) != SQLITE_DONE)
                return sqliteFailure(rc);
            std::optional<Sample> before;
            if (importId && !run.append && (rc = readStored(s, &before)) != SQLITE_DONE)
                return sqliteFailure(rc);
            // A row after the tag's newest one cannot conflict: a plain INSERT, half the work
            // of the upsert.
            sqlite3_stmt *insert = run.append ? *insertNew : *upsert;
            sqlite3_bind_int64(insert, 1, s.tagId);
            sqlite3_bind_int64(insert, 2, s.ts);
            if (hasValue)
                sqlite3_bind_double(insert, 3, s.value);
            else
                sqlite3_bind_null(insert, 3);
            rc = sqlite3_step(insert);
            if (rc != SQLITE_DONE)
                return sqliteFailure(rc);
            sqlite3_reset(insert);
            bool changed = sqlite3_changes(db) > 0;
            if (!good || (changed && m_native->hasStates(s.tagId))) {
                // A state is kept beside the row; a good value replacing a state removes it.
                sqlite3_stmt *statement = good ? *clearState : *insertState;
                sqlite3_bind_int64(statement, 1, s.tagId);
                sqlite3_bind_int64(statement, 2, s.ts);
                if (!good)
                    sqlite3_bind_int(statement, 3, s.quality);
                rc = sqlite3_step(statement);
                if (rc != SQLITE_DONE)
                    return sqliteFailure(rc);
                sqlite3_reset(statement);
                if (!good) {
                    changed = changed || sqlite3_changes(db) > 0;
                    m_native->markStates(s.tagId);
                }
            }
            if (changed)
                ++stats.changed;
            else
                ++stats.unchanged;
            if (changed && importId && run.append) {
                addToSpan(s);
            } else if (changed && importId) {
                bool first = false;
                if ((rc = recordChange(s, before, &first)) != SQLITE_DONE)
                    return sqliteFailure(rc);
                if (first && before) {
                    ++stats.replaced;
                    if (stats.replacedExamples.size() < WriteStats::ReplacedExamples)
                        stats.replacedExamples.append({*before, Sample{s.tagId, s.ts, hasValue ? s.value : std::nan(""), s.quality}});
                }
            }
            if (run.append) {
                addToDelta(1, floorTo(s.ts, FineRollupMs), s, hasValue);
                addToDelta(2, floorTo(s.ts, CoarseRollupMs), s, hasValue);
            }
            run.last = std::max(run.last, s.ts);
        }
        if ((rc = flushPending()) != SQLITE_DONE)
            return sqliteFailure(rc);
        closeRun();
        for (const Span &span : spans) {
            StatementUse use(m_native->recordSpan);
            sqlite3_bind_int64(*use, 1, importId);
            sqlite3_bind_int64(*use, 2, span.tagId);
            sqlite3_bind_int64(*use, 3, span.first);
            sqlite3_bind_int64(*use, 4, span.last);
            if ((rc = sqlite3_step(*use)) != SQLITE_DONE)
                return sqliteFailure(rc);
        }
    }
    if (!mergeRollups(deltas)) {
        const QString message = m_error;
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_native->newestTs.clear();
        m_error = message;
        return std::nullopt;
    }
    if (!updateRollups(dirty)) {
        const QString message = m_error;
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_native->newestTs.clear();
        m_error = message;
        return std::nullopt;
    }
    rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        m_native->newestTs.clear();
        return sqliteFailure(rc);
    }
    // Only now, committed, do the newest times move on.
    for (const Sample &s : samples) {
        if (static_cast<size_t>(s.tagId) < m_native->newestTs.size()
            && m_native->newestTs[s.tagId] != Native::kUnknown)
            m_native->newestTs[s.tagId] = std::max(m_native->newestTs[s.tagId], s.ts);
    }
    return stats;
}

std::optional<qint64> UnitStore::newestStoredTs(qint64 tagId)
{
    auto &cache = m_native->newestTs;
    if (static_cast<size_t>(tagId) >= cache.size())
        cache.resize(tagId + 1, Native::kUnknown);
    if (cache[tagId] != Native::kUnknown)
        return cache[tagId];
    StatementUse use(m_native->newestOfTag);
    sqlite3_bind_int64(*use, 1, tagId);
    if (sqlite3_step(*use) != SQLITE_ROW) {
        fail(explain(sqlite3_errcode(m_native->db), QString::fromUtf8(sqlite3_errmsg(m_native->db))));
        return std::nullopt;
    }
    cache[tagId] = sqlite3_column_type(*use, 0) == SQLITE_NULL ? Native::kNoRows : sqlite3_column_int64(*use, 0);
    return cache[tagId];
}

bool UnitStore::mergeRollups(const std::vector<RollupDelta> &deltas)
{
    for (const RollupDelta &d : deltas) {
        StatementUse use(m_native->mergeRollup);
        sqlite3_bind_int(*use, 1, d.level);
        sqlite3_bind_int64(*use, 2, d.tagId);
        sqlite3_bind_int64(*use, 3, d.bucket);
        if (d.n > 0) {
            sqlite3_bind_double(*use, 4, d.min);
            sqlite3_bind_double(*use, 5, d.max);
            sqlite3_bind_double(*use, 6, d.sum / static_cast<double>(d.n));
        } else {
            sqlite3_bind_null(*use, 4);
            sqlite3_bind_null(*use, 5);
            sqlite3_bind_null(*use, 6);
        }
        sqlite3_bind_int64(*use, 7, d.n);
        sqlite3_bind_int64(*use, 8, d.nbad);
        const int rc = sqlite3_step(*use);
        if (rc != SQLITE_DONE)
            return failRollups(rc);
    }
    return true;
}

QString UnitStore::explainNative(int rc) const
{
    return explain(rc, QString::fromUtf8(sqlite3_errmsg(m_native->db)));
}

bool UnitStore::failRollups(int rc)
{
    return fail(tr("%1: cannot update the rollups: %2").arg(QDir::toNativeSeparators(m_path), explainNative(rc)));
}

bool UnitStore::updateRollups(const std::vector<DirtyRange> &dirty)
{
    for (const DirtyRange &range : dirty) {
        const qint64 fineFrom = floorTo(range.first, FineRollupMs);
        const qint64 fineTo = floorTo(range.last, FineRollupMs) + FineRollupMs;
        const qint64 dayFrom = floorTo(range.first, CoarseRollupMs);
        const qint64 dayTo = floorTo(range.last, CoarseRollupMs) + CoarseRollupMs;
        for (auto [level, statement, from, to] : {std::tuple{1, &m_native->rollupFine, fineFrom, fineTo},
                                                  std::tuple{2, &m_native->rollupDay, dayFrom, dayTo}}) {
            StatementUse clear(m_native->clearRollups);
            sqlite3_bind_int(*clear, 1, level);
            sqlite3_bind_int64(*clear, 2, range.tagId);
            sqlite3_bind_int64(*clear, 3, from);
            sqlite3_bind_int64(*clear, 4, to);
            if (const int rc = sqlite3_step(*clear); rc != SQLITE_DONE)
                return failRollups(rc);
            StatementUse use(*statement);
            sqlite3_bind_int64(*use, 1, range.tagId);
            sqlite3_bind_int64(*use, 2, from);
            sqlite3_bind_int64(*use, 3, to);
            const int rc = sqlite3_step(*use);
            if (rc != SQLITE_DONE)
                return failRollups(rc);
        }
    }
    return true;
}

QList<LatestValue> UnitStore::latestValues()
{
    QList<LatestValue> result;
    if (!isOpen())
        return result;
    for (auto it = m_tagIds.cbegin(); it != m_tagIds.cend(); ++it) {
        StatementUse use(m_native->latest);
        sqlite3_bind_int64(*use, 1, it.value());
        if (sqlite3_step(*use) != SQLITE_ROW)
            continue;
        LatestValue latest;
        latest.tagId = it.value();
        latest.tagName = it.key();
        latest.sample.tagId = it.value();
        latest.sample.ts = sqlite3_column_int64(*use, 0);
        latest.sample.value = sqlite3_column_type(*use, 1) == SQLITE_NULL
            ? std::numeric_limits<double>::quiet_NaN()
            : sqlite3_column_double(*use, 1);
        latest.sample.quality = sqlite3_column_int(*use, 2);
        latest.qualityName = qualityName(latest.sample.quality);
        result.append(latest);
    }
    std::sort(result.begin(), result.end(),
              [](const LatestValue &a, const LatestValue &b) { return a.tagId < b.tagId; });
    return result;
}

std::optional<QList<Sample>> UnitStore::readRange(qint64 tagId, qint64 from, qint64 to, qsizetype maxRows)
{
    if (!isOpen()) {
        fail(tr("the store is not open"));
        return std::nullopt;
    }
    QList<Sample> result;
    StatementUse use(m_native->readRange);
    sqlite3_bind_int64(*use, 1, tagId);
    sqlite3_bind_int64(*use, 2, from);
    sqlite3_bind_int64(*use, 3, to);
    int rc;
    while ((rc = sqlite3_step(*use)) == SQLITE_ROW) {
        Sample s;
        s.tagId = tagId;
        s.ts = sqlite3_column_int64(*use, 0);
        s.value = sqlite3_column_type(*use, 1) == SQLITE_NULL
            ? std::numeric_limits<double>::quiet_NaN()
            : sqlite3_column_double(*use, 1);
        s.quality = sqlite3_column_int(*use, 2);
        result.append(s);
        if (result.size() >= maxRows) {
            rc = SQLITE_DONE;
            break;
        }
    }
    if (rc != SQLITE_DONE) {
        fail(explainNative(rc));
        return std::nullopt;
    }
    return result;
}

namespace {

struct Column {
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    double sum = 0.0;
    qint64 count = 0;
    qint64 bad = 0;
};

} // namespace

std::optional<DecimatedSeries> UnitStore::readDecimated(qint64 tagId, qint64 from, qint64 to,
                                                        int pixelWidth)
{
    if (!isOpen()) {
        fail(tr("the store is not open"));
        return std::nullopt;
    }
    DecimatedSeries series;
    if (pixelWidth <= 0 || to <= from)
        return series;
    const qint64 span = to - from;
    const qint64 columnMs = std::max<qint64>(1, (span + pixelWidth - 1) / pixelWidth);

    int level = columnMs >= CoarseRollupMs ? 2 : (columnMs >= FineRollupMs ? 1 : 0);
    if (level > 0) {
        // Raw rows in range (from the day rollups) against the rollup rows we would read.
        StatementUse totals(m_native->dayTotals);
        sqlite3_bind_int64(*totals, 1, tagId);
        sqlite3_bind_int64(*totals, 2, floorTo(from, DayMs));
        sqlite3_bind_int64(*totals, 3, to);
        if (sqlite3_step(*totals) == SQLITE_ROW) {
            const qint64 rawRows = sqlite3_column_int64(*totals, 0);
            const qint64 dayRows = sqlite3_column_int64(*totals, 1);
            const qint64 rollupRows = level == 2 ? dayRows : dayRows * (DayMs / FineRollupMs);
            if (rawRows <= rollupRows)
                level = 0;
        }
    }

    std::vector<Column> columns(static_cast<size_t>(pixelWidth));
    auto columnOf = [&](qint64 ts) {
        const qint64 c = (std::max(ts, from) - from) / columnMs;
        return static_cast<size_t>(std::min<qint64>(c, pixelWidth - 1));
    };
    int rc;
    if (level == 0) {
        series.source = ReadSource::Raw;
        StatementUse use(m_native->readRange);
        sqlite3_bind_int64(*use, 1, tagId);
        sqlite3_bind_int64(*use, 2, from);
        sqlite3_bind_int64(*use, 3, to);
        while ((rc = sqlite3_step(*use)) == SQLITE_ROW) {
            Column &c = columns[columnOf(sqlite3_column_int64(*use, 0))];
            if (sqlite3_column_type(*use, 1) == SQLITE_NULL) {
                ++c.bad;
                continue;
            }
            const double v = sqlite3_column_double(*use, 1);
            c.min = std::min(c.min, v);
            c.max = std::max(c.max, v);
            c.sum += v;
            ++c.count;
        }
    } else {
        series.source = level == 2 ? ReadSource::DayRollup : ReadSource::QuarterDayRollup;
        const qint64 bucketMs = level == 2 ? CoarseRollupMs : FineRollupMs;
        StatementUse use(m_native->readRollup);
        sqlite3_bind_int(*use, 1, level);
        sqlite3_bind_int64(*use, 2, tagId);
        sqlite3_bind_int64(*use, 3, floorTo(from, bucketMs));
        sqlite3_bind_int64(*use, 4, to);
        while ((rc = sqlite3_step(*use)) == SQLITE_ROW) {
            Column &c = columns[columnOf(sqlite3_column_int64(*use, 0))];
            const qint64 n = sqlite3_column_int64(*use, 4);
            c.bad += sqlite3_column_int64(*use, 5);
            if (n == 0)
                continue;
            c.min = std::min(c.min, sqlite3_column_double(*use, 1));
            c.max = std::max(c.max, sqlite3_column_double(*use, 2));
            c.sum += sqlite3_column_double(*use, 3) * static_cast<double>(n);
            c.count += n;
        }
    }
    if (rc != SQLITE_DONE) {
        fail(explainNative(rc));
        return std::nullopt;
    }
    for (int i = 0; i < pixelWidth; ++i) {
        const Column &c = columns[static_cast<size_t>(i)];
        if (c.count == 0 && c.bad == 0)
            continue;
        DecimatedBucket b;
        b.start = from + i * columnMs;
        b.end = std::min(to, b.start + columnMs);
        b.count = c.count;
        b.badCount = c.bad;
        if (c.count > 0) {
            b.min = c.min;
            b.max = c.max;
            b.mean = c.sum / static_cast<double>(c.count);
        } else {
            b.min = b.max = b.mean = std::numeric_limits<double>::quiet_NaN();
        }
        series.buckets.append(b);
    }
    return series;
}

qint64 UnitStore::sampleCount()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM samples")) || !query.next()) {
        fail(explain(query.lastError()));
        return -1;
    }
    return query.value(0).toLongLong();
}

std::optional<qint64> UnitStore::addImport(const ImportRecord &r)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO imports(source, file_name, sha256, sheet, layout, first_ts, last_ts,"
        " rows_read, values_stored, values_unchanged, values_replaced, values_skipped, status,"
        " message, started_utc, finished_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(text(r.source)), QVariant(text(r.fileName)), QVariant(text(r.sha256)), QVariant(text(r.sheet)),
          QVariant(text(r.layout)), QVariant(r.firstTs), QVariant(r.lastTs), QVariant(r.rowsRead),
          QVariant(r.valuesStored), QVariant(r.valuesUnchanged), QVariant(r.valuesReplaced),
          QVariant(r.valuesSkipped), QVariant(text(r.status)),
          QVariant(text(r.message)), QVariant(r.startedAt ? r.startedAt : nowMs()),
          r.finishedAt ? QVariant(r.finishedAt) : QVariant(QMetaType(QMetaType::LongLong))})
        query.addBindValue(v);
    if (!query.exec()) {
        fail(explain(query.lastError()));
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

bool UnitStore::updateImport(const ImportRecord &r)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE imports SET first_ts = ?, last_ts = ?, rows_read = ?, values_stored = ?,"
        " values_unchanged = ?, values_replaced = ?, values_skipped = ?, status = ?, message = ?,"
        " finished_utc = ? WHERE id = ?"));
    for (const QVariant &v :
         {QVariant(r.firstTs), QVariant(r.lastTs), QVariant(r.rowsRead), QVariant(r.valuesStored),
          QVariant(r.valuesUnchanged), QVariant(r.valuesReplaced), QVariant(r.valuesSkipped), QVariant(text(r.status)), QVariant(text(r.message)),
          r.finishedAt ? QVariant(r.finishedAt) : QVariant(QMetaType(QMetaType::LongLong)),
          QVariant(r.id)})
        query.addBindValue(v);
    if (!query.exec())
        return fail(explain(query.lastError()));
    return true;
}

QList<ImportRecord> UnitStore::imports()
{
    QList<ImportRecord> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, source, file_name, sha256, sheet, layout, first_ts, last_ts, rows_read,"
            " values_stored, values_skipped, status, message, started_utc, finished_utc,"
            " values_unchanged, values_replaced FROM imports ORDER BY id"))) {
        fail(explain(query.lastError()));
        return result;
    }
    while (query.next()) {
        ImportRecord r;
        r.id = query.value(0).toLongLong();
        r.source = query.value(1).toString();
        r.fileName = query.value(2).toString();
        r.sha256 = query.value(3).toString();
        r.sheet = query.value(4).toString();
        r.layout = query.value(5).toString();
        r.firstTs = query.value(6).toLongLong();
        r.lastTs = query.value(7).toLongLong();
        r.rowsRead = query.value(8).toLongLong();
        r.valuesStored = query.value(9).toLongLong();
        r.valuesSkipped = query.value(10).toLongLong();
        r.status = query.value(11).toString();
        r.message = query.value(12).toString();
        r.startedAt = query.value(13).toLongLong();
        r.finishedAt = query.value(14).toLongLong();
        r.valuesUnchanged = query.value(15).toLongLong();
        r.valuesReplaced = query.value(16).toLongLong();
        result.append(r);
    }
    return result;
}

bool UnitStore::hasCompleteImport(const QString &sha256)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM imports WHERE sha256 = ? AND status IN ('complete', 'undone') LIMIT 1"));
    query.addBindValue(sha256);
    return query.exec() && query.next();
}

std::optional<UndoStats> UnitStore::undoImport(qint64 importId, const QString &actor)
{
    if (!isOpen()) {
        fail(tr("the store is not open"));
        return std::nullopt;
    }
    sqlite3 *db = m_native->db;
    // Immediate: the checks below and the restore see the same file.
    if (const int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr); rc != SQLITE_OK) {
        fail(tr("unit %1, import %2: %3").arg(m_unitId).arg(importId).arg(explainNative(rc)));
        return std::nullopt;
    }
    auto refuse = [&](const QString &message) -> std::optional<UndoStats> {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        fail(message);
        return std::nullopt;
    };
    QSqlQuery query(m_db);
    // Runs a statement whose parameters are all the import id.
    auto run = [&](const char *sql) {
        query.prepare(QString::fromLatin1(sql));
        for (int i = int(std::count(sql, sql + qstrlen(sql), '?')); i > 0; --i)
            query.addBindValue(importId);
        return query.exec();
    };
    auto failed = [&] {
        return refuse(tr("unit %1, import %2: %3").arg(m_unitId).arg(importId).arg(explain(query.lastError())));
    };

    if (!run("SELECT file_name, status FROM imports WHERE id = ?"))
        return failed();
    if (!query.next())
        return refuse(tr("unit %1 has no import %2").arg(m_unitId).arg(importId));
    const QString file = query.value(0).toString();
    const QString status = query.value(1).toString();
    if (status == u"undone")
        return refuse(tr("unit %1, import %2 (%3) was undone already").arg(m_unitId).arg(importId).arg(file));
    if (status == u"running")
        return refuse(tr("unit %1, import %2 (%3) is still running or was interrupted; it cannot be undone")
                          .arg(m_unitId).arg(importId).arg(file));
    // Undo goes newest first: a later import that changed one of these samples again holds
    // this import's values as its "old" ones, and restoring past it would lose them.
    if (!run("SELECT i.id, i.file_name FROM imports i WHERE i.id > ? AND i.status <> 'undone'"
             " AND (EXISTS (SELECT 1 FROM import_changes x JOIN import_changes y"
             " ON y.import_id = i.id AND y.tag_id = x.tag_id AND y.ts = x.ts WHERE x.import_id = ?)"
             " OR EXISTS (SELECT 1 FROM import_spans x JOIN import_changes y ON y.import_id = i.id"
             " AND y.tag_id = x.tag_id AND y.ts BETWEEN x.first_ts AND x.last_ts WHERE x.import_id = ?))"
             " ORDER BY i.id DESC LIMIT 1"))
        return failed();
    if (query.next())
        return refuse(tr("unit %1, import %2 (%3) cannot be undone: import %4 (%5) changed some of the same "
                         "values later; undo import %4 first")
                          .arg(m_unitId).arg(importId).arg(file)
                          .arg(query.value(0).toLongLong()).arg(query.value(1).toString()));

    std::vector<DirtyRange> dirty;
    if (!run("SELECT tag_id, min(ts), max(ts) FROM import_changes WHERE import_id = ? GROUP BY tag_id"
             " UNION ALL SELECT tag_id, first_ts, last_ts FROM import_spans WHERE import_id = ?"))
        return failed();
    while (query.next())
        dirty.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()});

    UndoStats stats;
    if (!run("DELETE FROM samples WHERE (tag_id, ts) IN"
             " (SELECT tag_id, ts FROM import_changes WHERE import_id = ? AND old_quality IS NULL)"))
        return failed();
    stats.removed = query.numRowsAffected();
    if (!run("DELETE FROM samples WHERE EXISTS (SELECT 1 FROM import_spans x WHERE x.import_id = ?"
             " AND x.tag_id = samples.tag_id AND samples.ts BETWEEN x.first_ts AND x.last_ts)"))
        return failed();
    stats.removed += query.numRowsAffected();
    if (!run("DELETE FROM sample_states WHERE EXISTS (SELECT 1 FROM import_spans x WHERE x.import_id = ?"
             " AND x.tag_id = sample_states.tag_id AND sample_states.ts BETWEEN x.first_ts AND x.last_ts)"))
        return failed();
    if (!run("DELETE FROM sample_states WHERE (tag_id, ts) IN"
             " (SELECT tag_id, ts FROM import_changes WHERE import_id = ?)")
        || !run("INSERT OR REPLACE INTO samples(tag_id, ts, value) SELECT tag_id, ts, old_value"
                " FROM import_changes WHERE import_id = ? AND old_quality IS NOT NULL"))
        return failed();
    stats.restored = query.numRowsAffected();
    if (!run("INSERT INTO sample_states(tag_id, ts, quality) SELECT tag_id, ts, old_quality"
             " FROM import_changes WHERE import_id = ? AND old_quality <> 0")
        || !run("DELETE FROM import_changes WHERE import_id = ?")
        || !run("DELETE FROM import_spans WHERE import_id = ?"))
        return failed();
    query.finish();
    if (!updateRollups(dirty))
        return refuse(m_error);
    query.prepare(QStringLiteral("UPDATE imports SET status = 'undone', message = ? WHERE id = ?"));
    query.addBindValue(tr("undone by %1").arg(actor));
    query.addBindValue(importId);
    if (!query.exec())
        return failed();
    query.finish();
    if (!appendAudit(actor, QStringLiteral("import.undo"),
                     QStringLiteral("id=%1 file=%2 restored=%3 removed=%4")
                         .arg(importId).arg(file).arg(stats.restored).arg(stats.removed)))
        return refuse(m_error);
    if (const int rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr); rc != SQLITE_OK)
        return refuse(tr("unit %1, import %2: %3").arg(m_unitId).arg(importId).arg(explainNative(rc)));
    // Newest times may have gone back and states come back: read them again.
    m_native->newestTs.clear();
    if (!loadLookups())
        return std::nullopt;
    return stats;
}

namespace {
QVariant optionalId(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

namespace {
void prepareEventInsert(QSqlQuery &query)
{
    query.prepare(QStringLiteral("INSERT INTO events(ts, end_ts, tag_id, kind, priority, state,"
                                 " message) VALUES (?, ?, ?, ?, ?, ?, ?)"));
}

void bindEvent(QSqlQuery &query, const StoredEvent &e)
{
    for (const QVariant &v : {QVariant(e.ts), optionalId(e.endTs), optionalId(e.tagId),
                              QVariant(text(e.kind)), QVariant(text(e.priority)), QVariant(text(e.state)),
                              QVariant(text(e.message))})
        query.addBindValue(v);
}
} // namespace

std::optional<qint64> UnitStore::addEvent(const StoredEvent &e)
{
    QSqlQuery query(m_db);
    prepareEventInsert(query);
    bindEvent(query, e);
    if (!query.exec()) {
        fail(explain(query.lastError()));
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

QList<StoredEvent> UnitStore::events(qint64 from, qint64 to)
{
    QList<StoredEvent> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, ts, end_ts, tag_id, kind, priority, state, message"
                                 " FROM events WHERE ts >= ? AND ts < ? ORDER BY ts, id"));
    query.addBindValue(from);
    query.addBindValue(to);
    if (!query.exec()) {
        fail(explain(query.lastError()));
        return result;
    }
    while (query.next()) {
        StoredEvent e;
        e.id = query.value(0).toLongLong();
        e.ts = query.value(1).toLongLong();
        if (!query.isNull(2))
            e.endTs = query.value(2).toLongLong();
        if (!query.isNull(3))
            e.tagId = query.value(3).toLongLong();
        e.kind = query.value(4).toString();
        e.priority = query.value(5).toString();
        e.state = query.value(6).toString();
        e.message = query.value(7).toString();
        result.append(e);
    }
    return result;
}

std::optional<qint64> UnitStore::addAnnotation(const Annotation &a)
{
    if (!m_db.transaction()) {
        fail(explain(m_db.lastError()));
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO annotations(ts, tag_id, author, text, created_utc) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(a.ts), optionalId(a.tagId), QVariant(text(a.author)),
                              QVariant(text(a.text)), QVariant(a.createdAt ? a.createdAt : nowMs())})
        query.addBindValue(v);
    if (!query.exec()) {
        fail(explain(query.lastError()));
        m_db.rollback();
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!appendAudit(a.author, QStringLiteral("annotation.add"),
                     QStringLiteral("id=%1 ts=%2 text=%3").arg(id).arg(a.ts).arg(a.text))
        || !m_db.commit()) {
        if (m_error.isEmpty())
            fail(explain(m_db.lastError()));
        m_db.rollback();
        return std::nullopt;
    }
    return id;
}

QList<Annotation> UnitStore::annotations(qint64 from, qint64 to)
{
    QList<Annotation> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, ts, tag_id, author, text, created_utc FROM"
                                 " annotations WHERE ts >= ? AND ts < ? ORDER BY ts, id"));
    query.addBindValue(from);
    query.addBindValue(to);
    if (!query.exec()) {
        fail(explain(query.lastError()));
        return result;
    }
    while (query.next()) {
        Annotation a;
        a.id = query.value(0).toLongLong();
        a.ts = query.value(1).toLongLong();
        if (!query.isNull(2))
            a.tagId = query.value(2).toLongLong();
        a.author = query.value(3).toString();
        a.text = query.value(4).toString();
        a.createdAt = query.value(5).toLongLong();
        result.append(a);
    }
    return result;
}

bool UnitStore::appendAudit(const QString &actor, const QString &action, const QString &detail)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO audit_log(ts_utc, actor, action, detail) VALUES (?, ?, ?, ?)"));
    query.addBindValue(nowMs());
    query.addBindValue(text(actor));
    query.addBindValue(text(action));
    query.addBindValue(text(detail));
    if (!query.exec())
        return fail(explain(query.lastError()));
    return true;
}

QList<AuditEntry> UnitStore::auditLog()
{
    QList<AuditEntry> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, ts_utc, actor, action, detail FROM audit_log ORDER BY id"))) {
        fail(explain(query.lastError()));
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toString()});
    }
    return result;
}

std::optional<qint64> UnitStore::saveModel(const StoredModel &m)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO models(kind, version, created_utc, train_from, train_to, samples, tags,"
                                 " description, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(m.kind), QVariant(m.version), QVariant(m.createdUtc), QVariant(m.trainFrom),
                              QVariant(m.trainTo), QVariant(m.samples), QVariant(text(m.tags.join(u'\n'))),
                              QVariant(text(m.description)), QVariant(m.data.isNull() ? QByteArray("") : m.data)})
        query.addBindValue(v);
    if (!query.exec()) {
        fail(explain(query.lastError()));
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

std::optional<StoredModel> UnitStore::latestModel(const QString &kind)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, kind, version, created_utc, train_from, train_to, samples, tags,"
                                 " description, data FROM models WHERE kind = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(kind);
    if (!query.exec()) {
        fail(explain(query.lastError()));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    StoredModel m;
    m.id = query.value(0).toLongLong();
    m.kind = query.value(1).toString();
    m.version = query.value(2).toInt();
    m.createdUtc = query.value(3).toLongLong();
    m.trainFrom = query.value(4).toLongLong();
    m.trainTo = query.value(5).toLongLong();
    m.samples = query.value(6).toLongLong();
    m.tags = query.value(7).toString().split(u'\n', Qt::SkipEmptyParts);
    m.description = query.value(8).toString();
    m.data = query.value(9).toByteArray();
    return m;
}

bool UnitStore::appendForecasts(const QList<StoredForecast> &forecasts)
{
    if (forecasts.isEmpty())
        return true;
    if (!m_db.transaction())
        return fail(explain(m_db.lastError()));
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO forecasts(ts, target, state, p10_days, p50_days, p90_days, model,"
                                 " current, limit_value, slope_per_day, points) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto opt = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double)); };
    for (const StoredForecast &f : forecasts) {
        for (const QVariant &v : {QVariant(f.ts), QVariant(text(f.target)), QVariant(text(f.state)), opt(f.p10Days), opt(f.p50Days),
                                  opt(f.p90Days), QVariant(text(f.model)), opt(f.current), opt(f.limit), opt(f.slopePerDay),
                                  QVariant(f.points)})
            query.addBindValue(v);
        if (!query.exec())
            return rollbackWith(query.lastError());
    }
    if (!m_db.commit())
        return rollbackWith(m_db.lastError());
    return true;
}

QList<StoredForecast> UnitStore::forecasts(const QString &target, qint64 from, qint64 to)
{
    QList<StoredForecast> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ts, target, state, p10_days, p50_days, p90_days, model, current, limit_value,"
                                 " slope_per_day, points FROM forecasts WHERE target = ? AND ts >= ? AND ts < ? ORDER BY ts, id"));
    query.addBindValue(target);
    query.addBindValue(from);
    query.addBindValue(to);
    if (!query.exec()) {
        fail(explain(query.lastError()));
        return result;
    }
    auto opt = [&](int i) { return query.isNull(i) ? std::nullopt : std::optional<double>(query.value(i).toDouble()); };
    while (query.next()) {
        StoredForecast f;
        f.ts = query.value(0).toLongLong();
        f.target = query.value(1).toString();
        f.state = query.value(2).toString();
        f.p10Days = opt(3);
        f.p50Days = opt(4);
        f.p90Days = opt(5);
        f.model = query.value(6).toString();
        f.current = opt(7);
        f.limit = opt(8);
        f.slopePerDay = opt(9);
        f.points = query.value(10).toInt();
        result.append(f);
    }
    return result;
}

qint64 UnitStore::oldestSampleTime()
{
    QSqlQuery query(m_db);
    // Per tag the oldest row is the first of its key range: one seek per tag, no scan.
    if (!query.exec(QStringLiteral("SELECT MIN((SELECT ts FROM samples s WHERE s.tag_id = t.id ORDER BY ts LIMIT 1))"
                                   " FROM tags t")) || !query.next()) {
        fail(explain(query.lastError()));
        return 0;
    }
    return query.value(0).toLongLong();
}

std::optional<QStringList> UnitStore::integrityCheck()
{
    if (!m_db.isOpen()) {
        fail(tr("the store is not open"));
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        fail(explain(query.lastError()));
        return std::nullopt;
    }
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines;
}

} // namespace tp

namespace tp {

namespace {

QVariant optionalNumber(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

AlarmLogEntry alarmEntryFrom(const QSqlQuery &q)
{
    AlarmLogEntry e;
    e.id = q.value(0).toLongLong();
    e.alarm = q.value(1).toString();
    if (!q.isNull(2))
        e.tagId = q.value(2).toLongLong();
    e.ts = q.value(3).toLongLong();
    e.recordedAt = q.value(4).toLongLong();
    e.fromState = q.value(5).toString();
    e.toState = q.value(6).toString();
    e.condition = q.value(7).toBool();
    if (!q.isNull(8))
        e.value = q.value(8).toDouble();
    if (!q.isNull(9))
        e.limit = q.value(9).toDouble();
    e.priority = q.value(10).toString();
    e.reason = q.value(11).toString();
    e.actor = q.value(12).toString();
    e.comment = q.value(13).toString();
    if (!q.isNull(14))
        e.shelvedUntil = q.value(14).toLongLong();
    e.message = q.value(15).toString();
    e.contributors = q.value(16).toString();
    return e;
}

const char *const kAlarmColumns = "id, alarm, tag_id, ts, recorded_utc, from_state, to_state, condition,"
                                  " value, limit_value, priority, reason, actor, comment,"
                                  " shelved_until, message, contributors";

} // namespace

bool UnitStore::appendAlarmLog(const QList<AlarmLogEntry> &entries,
                               const QList<std::pair<QString, QString>> &meta,
                               const QList<StoredEvent> &events)
{
    if (!isOpen())
        return fail(tr("the store is not open"));
    if (entries.isEmpty() && meta.isEmpty() && events.isEmpty())
        return true;
    if (!m_db.transaction())
        return fail(explain(m_db.lastError()));
    auto rollback = [&](const QSqlQuery &q) { return rollbackWith(q.lastError()); };
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO alarm_log(alarm, tag_id, ts, recorded_utc, from_state, to_state, condition,"
        " value, limit_value, priority, reason, actor, comment, shelved_until, message, contributors)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery audit(m_db);
    audit.prepare(QStringLiteral(
        "INSERT INTO audit_log(ts_utc, actor, action, detail) VALUES (?, ?, ?, ?)"));
    const qint64 now = nowMs();
    for (const AlarmLogEntry &e : entries) {
        for (const QVariant &v :
             {QVariant(text(e.alarm)), optionalId(e.tagId), QVariant(e.ts),
              QVariant(e.recordedAt ? e.recordedAt : now), QVariant(text(e.fromState)),
              QVariant(text(e.toState)), QVariant(e.condition ? 1 : 0), optionalNumber(e.value),
              optionalNumber(e.limit), QVariant(text(e.priority)), QVariant(text(e.reason)),
              QVariant(text(e.actor)), QVariant(text(e.comment)), optionalId(e.shelvedUntil),
              QVariant(text(e.message)), QVariant(text(e.contributors))})
            insert.addBindValue(v);
        if (!insert.exec())
            return rollback(insert);
        if (!e.actor.isEmpty()) { // a person's action is also in the audit log
            audit.addBindValue(now);
            audit.addBindValue(e.actor);
            audit.addBindValue(QStringLiteral("alarm.%1").arg(e.reason));
            audit.addBindValue(QStringLiteral("%1: %2 -> %3%4")
                                   .arg(e.alarm, e.fromState, e.toState,
                                        e.comment.isEmpty() ? QString() : u" (" + e.comment + u')'));
            if (!audit.exec())
                return rollback(audit);
        }
    }
    QSqlQuery insertEvent(m_db);
    prepareEventInsert(insertEvent);
    for (const StoredEvent &e : events) {
        bindEvent(insertEvent, e);
        if (!insertEvent.exec())
            return rollback(insertEvent);
    }
    QSqlQuery setMeta(m_db);
    setMeta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    for (const auto &[key, value] : meta) {
        setMeta.addBindValue(key);
        setMeta.addBindValue(text(value));
        if (!setMeta.exec())
            return rollback(setMeta);
    }
    if (!m_db.commit())
        return rollbackWith(m_db.lastError());
    return true;
}

QList<AlarmLogEntry> UnitStore::newestAlarmEntries(const QString &where)
{
    QList<AlarmLogEntry> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM alarm_log WHERE id IN"
                               " (SELECT max(id) FROM alarm_log WHERE %2 GROUP BY alarm) ORDER BY alarm")
                    .arg(QLatin1StringView(kAlarmColumns), where))) {
        fail(explain(q.lastError()));
        return result;
    }
    while (q.next())
        result.append(alarmEntryFrom(q));
    return result;
}

QList<AlarmLogEntry> UnitStore::latestAlarmStates()
{
    return newestAlarmEntries(QStringLiteral("1"));
}

QList<AlarmLogEntry> UnitStore::latestAlarmRaises()
{
    return newestAlarmEntries(QStringLiteral("reason = 'condition' AND condition = 1"));
}

QList<AlarmLogEntry> UnitStore::alarmLog(qint64 from, qint64 to, int limit)
{
    QList<AlarmLogEntry> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM alarm_log WHERE ts >= ? AND ts < ? ORDER BY ts, id LIMIT ?")
                  .arg(QLatin1StringView(kAlarmColumns)));
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(explain(q.lastError()));
        return result;
    }
    while (q.next())
        result.append(alarmEntryFrom(q));
    return result;
}

std::optional<QString> UnitStore::metaValue(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        fail(explain(q.lastError()));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool UnitStore::setMetaValue(const QString &key, const QString &value)
{
    return appendAlarmLog({}, {{key, value}});
}

QHash<qint64, qint64> UnitStore::latestGoodTimes()
{
    QHash<qint64, qint64> result;
    if (!isOpen())
        return result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ts FROM samples WHERE tag_id = ? AND value IS NOT NULL"
                             " ORDER BY ts DESC LIMIT 1"));
    for (auto it = m_tagIds.cbegin(); it != m_tagIds.cend(); ++it) {
        q.addBindValue(it.value());
        if (q.exec() && q.next())
            result.insert(it.value(), q.value(0).toLongLong());
    }
    return result;
}

qint64 UnitStore::newestSampleTime()
{
    qint64 newest = 0;
    for (const LatestValue &v : latestValues())
        newest = std::max(newest, v.sample.ts);
    return newest;
}

} // namespace tp
