#pragma once

#include "ingest/importer.h"
#include "runtime/unitsnapshot.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

namespace tp {

/**
 * What UnitController drives in a unit's thread: a UnitWorker (the unit's own source and
 * analysis) or a RemoteUnitWorker (a remote site's unit, mirrored). Requests arrive as queued
 * slot calls; everything comes back through these signals.
 */
class UnitWorkerBase : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

public Q_SLOTS:
    virtual void start() = 0;
    virtual void refresh() = 0;
    virtual void analyze() = 0;
    /** Fits the unit's analysis model again on the latest baseline window (after maintenance). */
    virtual void retrain() = 0;
    virtual void acknowledge(const QString &alarmKey, const QString &user, const QString &comment) = 0;
    virtual void acknowledgeAll(const QString &user, const QString &comment) = 0;
    virtual void shelve(const QString &alarmKey, const QString &user, const QString &comment, qint64 until) = 0;
    virtual void unshelve(const QString &alarmKey, const QString &user, const QString &comment) = 0;
    /** Imports export files into this unit's store, one after another; @p cancel stops between
     *  batches (what was committed stays). */
    virtual void importFiles(const QStringList &paths, const tp::ImportOptions &options,
                             std::shared_ptr<std::atomic_bool> cancel) = 0;

Q_SIGNALS:
    void importProgress(const QString &unitId, int file, int files, int percent, qint64 rows);
    void importFinished(const QString &unitId, const QList<tp::ImportSummary> &summaries);
    void snapshotReady(const tp::UnitSnapshot &snapshot);
    void heartbeat(const QString &unitId, qint64 wallMs);
    void refreshFinished(const QString &unitId, bool ok);
    void errorOccurred(const QString &unitId, const QString &message);
    void actionFinished(const QString &unitId, const QString &action, bool ok, const QString &message);
};

} // namespace tp
