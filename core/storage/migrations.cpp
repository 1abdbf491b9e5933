#include "migrations.h"

#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tp {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(tp::Migrations)
};

} // namespace

const QList<Migration> &unitStoreMigrations()
{
    // Version 1. Timestamps are UTC milliseconds. samples is WITHOUT ROWID keyed by
    // (tag_id, ts): ~24 bytes per row, and a one-tag time window is one range scan. It has no
    // foreign key: the store resolves tag ids itself, and a per-row parent lookup would cost
    // on every insert. rollups holds min/max/mean/count per tag per 6 hours (level 1) and per
    // day (level 2) over good values, plus the count of bad-quality samples.
    static const QList<Migration> migrations{
        {1,
         {
             QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE tags ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                            " description TEXT NOT NULL DEFAULT '',"
                            " unit TEXT NOT NULL DEFAULT '',"
                            " kind TEXT NOT NULL DEFAULT 'other',"
                            " created_utc INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE qualities ("
                            " code INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE COLLATE NOCASE)"),
             QStringLiteral("INSERT INTO qualities(code, name) VALUES (0, 'good')"),
             QStringLiteral("CREATE TABLE samples ("
                            " tag_id INTEGER NOT NULL,"
                            " ts INTEGER NOT NULL,"
                            " value REAL,"
                            " quality INTEGER NOT NULL DEFAULT 0,"
                            " PRIMARY KEY (tag_id, ts)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE rollups ("
                            " level INTEGER NOT NULL,"
                            " tag_id INTEGER NOT NULL,"
                            " bucket INTEGER NOT NULL,"
                            " vmin REAL, vmax REAL, vmean REAL,"
                            " n INTEGER NOT NULL,"
                            " nbad INTEGER NOT NULL,"
                            " PRIMARY KEY (level, tag_id, bucket)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE imports ("
                            " id INTEGER PRIMARY KEY,"
                            " source TEXT NOT NULL,"
                            " file_name TEXT NOT NULL DEFAULT '',"
                            " sha256 TEXT NOT NULL DEFAULT '',"
                            " sheet TEXT NOT NULL DEFAULT '',"
                            " layout TEXT NOT NULL DEFAULT '',"
                            " first_ts INTEGER, last_ts INTEGER,"
                            " rows_read INTEGER NOT NULL DEFAULT 0,"
                            " values_stored INTEGER NOT NULL DEFAULT 0,"
                            " values_skipped INTEGER NOT NULL DEFAULT 0,"
                            " status TEXT NOT NULL,"
                            " message TEXT NOT NULL DEFAULT '',"
                            " started_utc INTEGER NOT NULL,"
                            " finished_utc INTEGER)"),
             QStringLiteral("CREATE INDEX imports_sha256 ON imports(sha256)"),
             QStringLiteral("CREATE TABLE events ("
                            " id INTEGER PRIMARY KEY,"
                            " ts INTEGER NOT NULL,"
                            " end_ts INTEGER,"
                            " tag_id INTEGER REFERENCES tags(id),"
                            " kind TEXT NOT NULL,"
                            " priority TEXT NOT NULL DEFAULT '',"
                            " state TEXT NOT NULL DEFAULT '',"
                            " message TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX events_ts ON events(ts)"),
             QStringLiteral("CREATE TABLE annotations ("
                            " id INTEGER PRIMARY KEY,"
                            " ts INTEGER NOT NULL,"
                            " tag_id INTEGER REFERENCES tags(id),"
                            " author TEXT NOT NULL,"
                            " text TEXT NOT NULL,"
                            " created_utc INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX annotations_ts ON annotations(ts)"),
             QStringLiteral("CREATE TABLE audit_log ("
                            " id INTEGER PRIMARY KEY,"
                            " ts_utc INTEGER NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " detail TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
         }},
        // Version 2. The quality code leaves the samples table: a good sample is (tag, ts,
        // value); a sample without a value (a historian state or an error) keeps its code in
        // sample_states. One column less in every row is about one byte per sample
        // (tp_bench_store), and states are rare.
        {2,
         {
             QStringLiteral("CREATE TABLE sample_states ("
                            " tag_id INTEGER NOT NULL,"
                            " ts INTEGER NOT NULL,"
                            " quality INTEGER NOT NULL,"
                            " PRIMARY KEY (tag_id, ts)) WITHOUT ROWID"),
             QStringLiteral("INSERT INTO sample_states(tag_id, ts, quality)"
                            " SELECT tag_id, ts, quality FROM samples WHERE quality <> 0"),
             QStringLiteral("CREATE TABLE samples_v2 ("
                            " tag_id INTEGER NOT NULL,"
                            " ts INTEGER NOT NULL,"
                            " value REAL,"
                            " PRIMARY KEY (tag_id, ts)) WITHOUT ROWID"),
             QStringLiteral("INSERT INTO samples_v2(tag_id, ts, value)"
                            " SELECT tag_id, ts, CASE WHEN quality = 0 THEN value END FROM samples"),
             QStringLiteral("DROP TABLE samples"),
             QStringLiteral("ALTER TABLE samples_v2 RENAME TO samples"),
         }},
        // Version 3. Every alarm state change, append-only: the state after a restart is the
        // last row of each alarm, and the history is never rewritten.
        {3,
         {
             QStringLiteral("CREATE TABLE alarm_log ("
                            " id INTEGER PRIMARY KEY,"
                            " alarm TEXT NOT NULL,"
                            " tag_id INTEGER REFERENCES tags(id),"
                            " ts INTEGER NOT NULL,"
                            " recorded_utc INTEGER NOT NULL,"
                            " from_state TEXT NOT NULL,"
                            " to_state TEXT NOT NULL,"
                            " condition INTEGER NOT NULL,"
                            " value REAL,"
                            " limit_value REAL,"
                            " priority TEXT NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " actor TEXT NOT NULL DEFAULT '',"
                            " comment TEXT NOT NULL DEFAULT '',"
                            " shelved_until INTEGER,"
                            " message TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX alarm_log_alarm ON alarm_log(alarm, id)"),
             QStringLiteral("CREATE INDEX alarm_log_ts ON alarm_log(ts)"),
             QStringLiteral("CREATE TRIGGER alarm_log_no_update BEFORE UPDATE ON alarm_log"
                            " BEGIN SELECT RAISE(ABORT, 'the alarm log is append-only'); END"),
             QStringLiteral("CREATE TRIGGER alarm_log_no_delete BEFORE DELETE ON alarm_log"
                            " BEGIN SELECT RAISE(ABORT, 'the alarm log is append-only'); END"),
         }},
        // Version 4. Fitted analysis models (a detector with its tags and training window, so
        // that results are reproducible and a retrain is a new row), and every RUL forecast.
        {4,
         {
             QStringLiteral("CREATE TABLE models ("
                            " id INTEGER PRIMARY KEY,"
                            " kind TEXT NOT NULL,"
                            " version INTEGER NOT NULL,"
                            " created_utc INTEGER NOT NULL,"
                            " train_from INTEGER NOT NULL,"
                            " train_to INTEGER NOT NULL,"
                            " samples INTEGER NOT NULL,"
                            " tags TEXT NOT NULL,"
                            " description TEXT NOT NULL DEFAULT '',"
                            " data BLOB NOT NULL)"),
             QStringLiteral("CREATE TABLE forecasts ("
                            " id INTEGER PRIMARY KEY,"
                            " ts INTEGER NOT NULL,"
                            " target TEXT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " p10_days REAL, p50_days REAL, p90_days REAL,"
                            " model TEXT NOT NULL DEFAULT '',"
                            " current REAL,"
                            " limit_value REAL,"
                            " slope_per_day REAL,"
                            " points INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX forecasts_target_ts ON forecasts(target, ts)"),
         }},
        // Version 5. What each import changed, so that it can be reported and undone exactly:
        // one row per sample an import added (old_quality NULL) or replaced (the old value and
        // quality; old_value NULL for a state). No foreign key, as for samples: the store
        // writes these rows itself in the samples' transaction. The imports row counts values
        // that were already stored and values replaced; an undone import has status 'undone'.
        {5,
         {
             QStringLiteral("CREATE TABLE import_changes ("
                            " import_id INTEGER NOT NULL,"
                            " tag_id INTEGER NOT NULL,"
                            " ts INTEGER NOT NULL,"
                            " old_value REAL,"
                            " old_quality INTEGER,"
                            " PRIMARY KEY (import_id, tag_id, ts)) WITHOUT ROWID"),
             // Rows an import appended after a tag's newest row: all rows of the tag in
             // [first_ts, last_ts] were added by it (one row per span, not one per sample).
             QStringLiteral("CREATE TABLE import_spans ("
                            " import_id INTEGER NOT NULL,"
                            " tag_id INTEGER NOT NULL,"
                            " first_ts INTEGER NOT NULL,"
                            " last_ts INTEGER NOT NULL,"
                            " PRIMARY KEY (import_id, tag_id, first_ts)) WITHOUT ROWID"),
             QStringLiteral("ALTER TABLE imports ADD COLUMN values_unchanged INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE imports ADD COLUMN values_replaced INTEGER NOT NULL DEFAULT 0"),
         }},
        // Version 6. The alarm journal: a raise row (reason 'condition', condition 1) is the
        // alarm's raise record and keeps the contributing tags of that moment; every later
        // action or return is a row of its own. An index finds each alarm's newest raise.
        {6,
         {
             QStringLiteral("ALTER TABLE alarm_log ADD COLUMN contributors TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX alarm_log_raises ON alarm_log(alarm, id) WHERE reason = 'condition' AND condition = 1"),
         }},
    };
    return migrations;
}

int schemaVersionOf(QSqlDatabase &db, QString *errorMessage)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *errorMessage = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool applyMigrations(QSqlDatabase &db, const QList<Migration> &migrations, QString *errorMessage)
{
    int current = schemaVersionOf(db, errorMessage);
    if (current < 0)
        return false;
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *errorMessage = Tr::tr("cannot start the upgrade to schema %1: %2")
                                .arg(migration.version)
                                .arg(query.lastError().text());
            return false;
        }
        QStringList statements = migration.statements;
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                *errorMessage = Tr::tr("upgrade to schema %1 failed (%2) in: %3")
                                    .arg(migration.version)
                                    .arg(query.lastError().text(), statement.left(80));
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
        if (!query.exec(QStringLiteral("COMMIT"))) {
            *errorMessage = Tr::tr("upgrade to schema %1 could not be committed: %2")
                                .arg(migration.version)
                                .arg(query.lastError().text());
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        qCDebug(lcStorage) << "migrated" << db.databaseName() << "to schema" << migration.version;
        current = migration.version;
    }
    return true;
}

} // namespace tp
