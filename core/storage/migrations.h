#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace tp {

/** One schema step: the statements that take a store from version `version - 1` to
 *  `version`. */
struct Migration {
    int version = 0;
    QStringList statements;
};

/** The unit store's migrations, in order. Append; never edit a released step. */
const QList<Migration> &unitStoreMigrations();

/**
 * Applies every migration above the file's `PRAGMA user_version`, each in its own transaction
 * that also sets user_version, so a failed step leaves the file at the previous version.
 * Returns false with a message naming the failing version and statement.
 */
bool applyMigrations(QSqlDatabase &db, const QList<Migration> &migrations, QString *errorMessage);

/** `PRAGMA user_version`, or -1 with a message when the file cannot be read. */
int schemaVersionOf(QSqlDatabase &db, QString *errorMessage);

} // namespace tp
