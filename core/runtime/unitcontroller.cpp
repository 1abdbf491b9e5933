#include "unitcontroller.h"

#include "logging.h"
#include "runtime/remoteunitworker.h"
#include "runtime/unitworker.h"

namespace tp {

UnitController::UnitController(UnitConfig unit, RuntimeOptions options, QObject *parent)
    : QObject(parent)
    , m_unitId(unit.unitId)
    , m_heartbeatMs(std::max(10, options.heartbeatMs))
{
    qRegisterMetaType<tp::UnitSnapshot>();
    qRegisterMetaType<tp::ImportSummary>();
    qRegisterMetaType<QList<tp::ImportSummary>>();
    m_thread.setObjectName(QStringLiteral("unit-%1").arg(m_unitId));
    m_snapshot.unitId = unit.unitId;
    m_snapshot.plant = unit.plant;
    m_snapshot.description = unit.description;
    const bool autoRefresh = options.autoRefresh;
    m_schedule.setInterval(static_cast<int>(std::clamp<qint64>(unit.refreshInterval.count(), 10, INT_MAX)));
    m_schedule.setTimerType(Qt::PreciseTimer); // schedules must not drift by 5 %

    // A unit of this installation works on its own source; a remote site's unit mirrors it.
    UnitWorkerBase *worker = unit.isRemote()
        ? static_cast<UnitWorkerBase *>(new RemoteUnitWorker(std::move(unit), std::move(options), m_cancel))
        : new UnitWorker(std::move(unit), std::move(options), m_cancel); // moved: no parent
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, worker, &UnitWorkerBase::start);
    // The worker ends with its thread, in its thread: QThread::finished is emitted there, and
    // a direct connection runs the deletion before the thread exits (a deleteLater() posted to
    // a finished thread may never run, leaving the store open and the WAL unchecked).
    connect(&m_thread, &QThread::finished, &m_thread, [worker] { delete worker; }, Qt::DirectConnection);
    m_worker = worker;
    connect(this, &UnitController::refreshRequested, worker, &UnitWorkerBase::refresh);
    connect(this, &UnitController::analyzeRequested, worker, &UnitWorkerBase::analyze);
    connect(this, &UnitController::retrainRequested, worker, &UnitWorkerBase::retrain);
    connect(this, &UnitController::acknowledgeRequested, worker, &UnitWorkerBase::acknowledge);
    connect(this, &UnitController::acknowledgeAllRequested, worker, &UnitWorkerBase::acknowledgeAll);
    connect(this, &UnitController::shelveRequested, worker, &UnitWorkerBase::shelve);
    connect(this, &UnitController::unshelveRequested, worker, &UnitWorkerBase::unshelve);
    connect(worker, &UnitWorkerBase::snapshotReady, this, &UnitController::onSnapshot);
    connect(worker, &UnitWorkerBase::heartbeat, this, &UnitController::onHeartbeat);
    connect(worker, &UnitWorkerBase::refreshFinished, this, &UnitController::onRefreshFinished);
    connect(worker, &UnitWorkerBase::errorOccurred, this, &UnitController::errorOccurred);
    connect(worker, &UnitWorkerBase::actionFinished, this, &UnitController::actionFinished);
    connect(worker, &UnitWorkerBase::importProgress, this, &UnitController::importProgress);
    connect(worker, &UnitWorkerBase::importFinished, this, &UnitController::importFinished);

    if (autoRefresh)
        connect(&m_schedule, &QTimer::timeout, this, &UnitController::onScheduleTick);
    m_watch.setInterval(std::max(5, m_heartbeatMs / 4));
    connect(&m_watch, &QTimer::timeout, this, &UnitController::checkHeartbeat);
}

UnitController::~UnitController()
{
    stop();
    if (!m_started)
        delete m_worker; // its thread never ran
}

void UnitController::start()
{
    if (m_started)
        return;
    m_started = true;
    m_sinceHeartbeat.start();
    m_thread.start(QThread::LowPriority);
    m_schedule.start();
    m_watch.start();
    sendRefresh(); // the first refresh at once
}

void UnitController::importFiles(const QStringList &paths, const ImportOptions &options,
                                 std::shared_ptr<std::atomic_bool> cancel)
{
    if (m_stopping || !m_worker) { // the worker is gone or going: say so
        ImportSummary failed;
        failed.error = tr("%1 is stopping; nothing was imported").arg(m_unitId);
        Q_EMIT importFinished(m_unitId, {failed});
        return;
    }
    UnitWorkerBase *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, paths, options, cancel] { worker->importFiles(paths, options, cancel); },
                              Qt::QueuedConnection);
}

void UnitController::requestStop()
{
    m_stopping = true; // what the worker still sends is no longer news
    m_schedule.stop();
    m_watch.stop();
    m_cancel->store(true);
    m_thread.requestInterruption();
    m_thread.quit();
}

void UnitController::stop()
{
    requestStop();
    // Always wait: isRunning() is already false while the thread is finishing (and its worker
    // closing the store), and wait() on a thread that never ran returns at once.
    m_thread.wait();
    if (!m_started)
        return;
    m_snapshot.state = UnitState::Stopped;
    m_snapshot.message = unitStateText(UnitState::Stopped);
    qCDebug(lcRuntime) << m_unitId << "stopped";
}

void UnitController::sendRefresh()
{
    if (m_inFlight) {
        m_pending = true;
        return;
    }
    m_inFlight = true;
    m_cancel->store(false); // a new request; a stop or a stall sets it again
    Q_EMIT refreshRequested();
}

void UnitController::onScheduleTick()
{
    if (!m_inFlight) // a slow refresh is not queued up behind itself
        sendRefresh();
}

void UnitController::requestRefresh()
{
    sendRefresh();
}

void UnitController::requestAnalyze()
{
    Q_EMIT analyzeRequested();
}

void UnitController::requestRetrain()
{
    Q_EMIT retrainRequested();
}

void UnitController::acknowledge(const QString &alarmKey, const QString &user, const QString &comment)
{
    Q_EMIT acknowledgeRequested(alarmKey, user, comment);
}

void UnitController::acknowledgeAll(const QString &user, const QString &comment)
{
    Q_EMIT acknowledgeAllRequested(user, comment);
}

void UnitController::shelve(const QString &alarmKey, const QString &user, const QString &comment, qint64 until)
{
    Q_EMIT shelveRequested(alarmKey, user, comment, until);
}

void UnitController::unshelve(const QString &alarmKey, const QString &user, const QString &comment)
{
    Q_EMIT unshelveRequested(alarmKey, user, comment);
}

void UnitController::onSnapshot(const UnitSnapshot &snapshot)
{
    if (m_stopping)
        return;
    m_snapshot = snapshot;
    if (m_stalled) { // it is alive after all
        m_stalled = false;
        Q_EMIT recovered(m_unitId);
    }
    m_sinceHeartbeat.restart();
    Q_EMIT snapshotUpdated(m_snapshot);
}

void UnitController::onHeartbeat(const QString &, qint64)
{
    if (m_stopping)
        return;
    m_sinceHeartbeat.restart();
    if (m_stalled) {
        m_stalled = false;
        qCInfo(lcRuntime) << m_unitId << "recovered";
        Q_EMIT recovered(m_unitId);
        m_snapshot.state = m_inFlight ? UnitState::Refreshing : UnitState::Ok;
        m_snapshot.message = tr("Responding again");
        Q_EMIT snapshotUpdated(m_snapshot);
    }
}

void UnitController::onRefreshFinished(const QString &unitId, bool ok)
{
    m_inFlight = false;
    if (m_stopping)
        return;
    Q_EMIT refreshFinished(unitId, ok);
    if (m_pending) {
        m_pending = false;
        sendRefresh();
    }
}

void UnitController::checkHeartbeat()
{
    if (m_stalled || !m_thread.isRunning() || m_sinceHeartbeat.elapsed() <= 2 * m_heartbeatMs)
        return;
    m_stalled = true;
    m_cancel->store(true); // cooperative: the source sees it at its next check
    const double seconds = m_sinceHeartbeat.elapsed() / 1000.0;
    qCWarning(lcRuntime) << m_unitId << "stalled: no heartbeat for" << seconds << "s";
    m_snapshot.state = UnitState::Stalled;
    m_snapshot.message = tr("Not responding for %1 s; its current work was asked to stop").arg(seconds, 0, 'f', 1);
    Q_EMIT stalled(m_unitId);
    Q_EMIT snapshotUpdated(m_snapshot);
}

} // namespace tp
