#pragma once

#include "ingest/importer.h"

#include "runtime/runtimeoptions.h"
#include "runtime/unitsnapshot.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace tp {

/**
 * One unit's handle in the caller's thread (STYLE.md section 3): owns the unit's QThread and
 * its UnitWorker, schedules refreshes at the unit's refresh_interval (never more than one in
 * flight), forwards requests, keeps the newest snapshot, and watches the worker's heartbeat: a
 * worker silent for two heartbeats is reported stalled and asked to cancel what it is doing;
 * when it beats again it is reported recovered. Nothing here ever blocks on the worker, except
 * stop(), which asks it to cancel and waits for its thread to end.
 */
class UnitController : public QObject
{
    Q_OBJECT
public:
    UnitController(UnitConfig unit, RuntimeOptions options, QObject *parent = nullptr);
    ~UnitController() override;

    QString unitId() const { return m_unitId; }
    void start();
    /** Cancels the current work, stops the thread and waits for it (the worker closes its
     *  store, checkpointing the WAL). */
    void stop();
    /** The non-blocking half of stop(): cancel the current work and end the thread's loop. */
    void requestStop();
    bool isRunning() const { return m_thread.isRunning(); }
    /** The thread has ended, its worker deleted (false while the worker still closes its store). */
    bool hasEnded() const { return !m_started || m_thread.isFinished(); }
    bool isStalled() const { return m_stalled; }
    bool isRefreshing() const { return m_inFlight; }
    UnitSnapshot snapshot() const { return m_snapshot; }
    qint64 refreshCount() const { return m_snapshot.refreshCount; }

    void requestRefresh();
    void requestAnalyze();
    /** Trains the unit's analysis model again on its latest baseline window (after maintenance). */
    void requestRetrain();
    void acknowledge(const QString &alarmKey, const QString &user, const QString &comment);
    void acknowledgeAll(const QString &user, const QString &comment);
    void shelve(const QString &alarmKey, const QString &user, const QString &comment, qint64 until);
    void unshelve(const QString &alarmKey, const QString &user, const QString &comment);
    /** Imports files in the unit's worker (importProgress, importFinished); set @p cancel to
     *  stop between batches. */
    void importFiles(const QStringList &paths, const ImportOptions &options,
                     std::shared_ptr<std::atomic_bool> cancel);

Q_SIGNALS:
    // To the worker.
    void refreshRequested();
    void analyzeRequested();
    void retrainRequested();
    void acknowledgeRequested(const QString &alarmKey, const QString &user, const QString &comment);
    void acknowledgeAllRequested(const QString &user, const QString &comment);
    void shelveRequested(const QString &alarmKey, const QString &user, const QString &comment, qint64 until);
    void unshelveRequested(const QString &alarmKey, const QString &user, const QString &comment);
    // To the caller.
    void snapshotUpdated(const tp::UnitSnapshot &snapshot);
    void refreshFinished(const QString &unitId, bool ok);
    void stalled(const QString &unitId);
    void recovered(const QString &unitId);
    void errorOccurred(const QString &unitId, const QString &message);
    void actionFinished(const QString &unitId, const QString &action, bool ok, const QString &message);
    void importProgress(const QString &unitId, int file, int files, int percent, qint64 rows);
    void importFinished(const QString &unitId, const QList<tp::ImportSummary> &summaries);

private:
    void onSnapshot(const UnitSnapshot &snapshot);
    void onHeartbeat(const QString &unitId, qint64 wallMs);
    void onRefreshFinished(const QString &unitId, bool ok);
    void onScheduleTick();
    void checkHeartbeat();
    void sendRefresh();

    QString m_unitId;
    class UnitWorkerBase *m_worker = nullptr; ///< a UnitWorker or RemoteUnitWorker; owned by its thread once started
    int m_heartbeatMs = 1000;
    QThread m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QTimer m_schedule;
    QTimer m_watch;
    QElapsedTimer m_sinceHeartbeat;
    UnitSnapshot m_snapshot;
    bool m_inFlight = false;
    bool m_pending = false;
    bool m_stalled = false;
    bool m_started = false;
    bool m_stopping = false;
};

} // namespace tp
