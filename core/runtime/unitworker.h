#pragma once

#include "analysis/analysisconfig.h"
#include "analysis/frameassembler.h"
#include "analysis/modedetector.h"
#include "analysis/rullearner.h"
#include "analysis/unitanalyzer.h"
#include "ingest/importer.h"
#include "runtime/alarmmanager.h"
#include "runtime/runtimeoptions.h"
#include "runtime/unitsnapshot.h"
#include "runtime/unitworkerbase.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <atomic>
#include <map>
#include <memory>
#include <span>
#include <vector>

class QThreadPool;
class QTimer;

namespace tp {

/**
 * One unit's work, in the unit's own thread (STYLE.md section 3): it opens the unit's store
 * there, fetches from the unit's source, stores, evaluates the operating mode and the alarms,
 * and publishes an immutable UnitSnapshot after every step. A heartbeat timer and the
 * source's progress calls prove it alive. Every failure (a broken file, a throwing source, a
 * locked database) becomes the unit's Error state and message; nothing escapes the thread.
 *
 * Ownership: created without a parent and moved to its thread by UnitController; deleted in
 * that thread when the thread finishes.
 */
class UnitWorker : public UnitWorkerBase
{
    Q_OBJECT
public:
    UnitWorker(UnitConfig unit, RuntimeOptions options, std::shared_ptr<std::atomic_bool> cancel);
    ~UnitWorker() override;

public Q_SLOTS:
    void start() override;
    void refresh() override;
    void analyze() override;
    /** Fits the unit's analysis model again on the latest baseline window (after maintenance). */
    void retrain() override;
    void acknowledge(const QString &alarmKey, const QString &user, const QString &comment) override;
    void acknowledgeAll(const QString &user, const QString &comment) override;
    void shelve(const QString &alarmKey, const QString &user, const QString &comment, qint64 until) override;
    void unshelve(const QString &alarmKey, const QString &user, const QString &comment) override;
    /** Imports export files into this unit's store, one after another, then analyses what
     *  they added. @p cancel stops between batches (what was committed stays). */
    void importFiles(const QStringList &paths, const tp::ImportOptions &options,
                     std::shared_ptr<std::atomic_bool> cancel) override;

private:
    bool ensureOpen();
    void loadState();
    /** Reads back and analyses what was written straight into the store (an import). */
    void analyzeNewSamples();
    /** Analyses delivered samples (any order) in memory. */
    void analyzeDelivered(std::vector<Sample> &samples);
    void analyzeRoleTag(std::span<const Sample> samples);
    void analyzeTag(qint64 tagId, std::span<const Sample> samples);
    bool runningAt(qint64 ts) const;
    /** Stored mode changes with from <= ts < to, oldest first. */
    std::vector<ModeChange> storedModeChanges(qint64 from, qint64 to);
    /** Frames (all model tags at one time) from samples sorted by time: the analyser's input. */
    void analyzeFrames(std::vector<Sample> &samples);
    /** Trains the analysis model from the store when there is none (or `retrain`). */
    bool trainModel(bool retrain);
    void adoptModel(AnalyzerModel model);
    /** Re-reads what is stored after `from` and runs it through the frames (after training). */
    void rescoreFrom(qint64 from);
    void forecast(bool force);
    /** Learns each `rul.learned` library on a pool thread of the unit's own; a forecast follows. */
    void startLearning();
    /** The learned forecasts (or why there is none), appended to the threshold ones. */
    void forecastLearned(qint64 now, QList<RulSummary> &list, QList<StoredForecast> &stored);
    bool deliver(std::vector<Sample> &&samples);
    bool flushPending();
    /** Stores the alarm log, mode changes and evaluation marks; `force` also without news. */
    bool persistAlarms(bool force = true);
    void publish(double progress = -1.0);
    void beat();
    void finishAction(const QString &action, bool ok, const QString &error);

    UnitConfig m_unit;             ///< as configured: what the source serves
    QString m_healthTag, m_t2Tag, m_speTag, m_anomalyTag; ///< the derived tags' names (before m_storeUnit)
    UnitConfig m_storeUnit;        ///< plus the derived tags (health and anomaly index)
    AnalysisConfig m_analysisConfig;
    RuntimeOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<UnitStore> m_store;
    std::unique_ptr<DataSource> m_source;
    std::unique_ptr<AlarmManager> m_alarms;
    ModeDetector m_mode;
    QTimer *m_heartbeat = nullptr;
    QElapsedTimer m_sinceBeat;
    QElapsedTimer m_sinceProgressSnapshot;

    QList<TagSnapshot> m_tags;
    QHash<qint64, int> m_tagIndex; ///< store tag id -> index in m_tags
    QList<int> m_alarmHandles;     ///< per index in m_tags: AlarmManager::tagHandle
    QHash<QString, qint64> m_tagIds;
    /** Per tag: samples up to this time were evaluated (late rows of one tag still are). */
    QHash<qint64, qint64> m_evaluatedTo;
    bool m_marksDirty = false;
    qint64 m_staleAfterMs = 0;
    std::vector<ModeChange> m_modeHistory; ///< recent mode changes, oldest first
    QList<ModeChange> m_modeChanges; ///< not yet stored as events
    std::vector<Sample> m_pending;   ///< delivered, analysed, not yet committed

    UnitAnalyzer m_analyzer;
    qint64 m_healthId = -1, m_anomalyId = -1, m_t2Id = -1, m_speId = -1;
    QHash<qint64, int> m_modelIndex;  ///< store tag id -> model column
    QList<int> m_modelTagIndex;       ///< model column -> index in m_tags
    FrameAssembler m_frames;          ///< sample-and-hold of each model tag
    qint64 m_lastFrameTs = 0;
    qint64 m_nextTrainAttempt = 0;
    QString m_modelMessage;
    std::optional<double> m_health, m_anomaly;
    QStringList m_contributors;
    QList<RulSummary> m_rul;
    std::optional<double> m_rulP10;
    qint64 m_lastForecastAt = 0;
    struct Learned {
        std::shared_ptr<const RulLearner> model; ///< empty while learning or after a failure
        QString error;                           ///< translated: why there is no model
        bool done = false;
    };
    std::map<QString, Learned> m_learned;        ///< by rul.learned name
    std::unique_ptr<QThreadPool> m_learnPool;    ///< one thread: learning never holds the unit's
    std::shared_ptr<std::atomic_bool> m_learnCancel = std::make_shared<std::atomic_bool>(false);
    QElapsedTimer m_pendingSince;

    UnitState m_state = UnitState::Starting;
    QString m_message;
    QString m_lastError;
    qint64 m_lastRefreshAt = 0;
    qint64 m_lastRefreshMs = 0;
    qint64 m_refreshCount = 0;
    qint64 m_errorCount = 0;
    qint64 m_valuesStored = 0;
};

} // namespace tp
