#include "unitworker.h"

#include "analysis/trend.h"
#include "logging.h"
#include "runtime/lifecycles.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <exception>
#include <limits>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace tp {

namespace {

constexpr qint64 kForever = std::numeric_limits<qint64>::max();
constexpr qint64 kModeHistoryMs = 400LL * 86'400'000; // covers a back-fill and a year of runs
constexpr size_t kModeHistoryMax = 4096;
constexpr size_t kPendingMaxRows = 50'000;

} // namespace

UnitWorker::UnitWorker(UnitConfig unit, RuntimeOptions options, std::shared_ptr<std::atomic_bool> cancel)
    : m_unit(std::move(unit))
    , m_healthTag(derivedTagName(m_unit, DerivedTag::Health))
    , m_t2Tag(derivedTagName(m_unit, DerivedTag::T2))
    , m_speTag(derivedTagName(m_unit, DerivedTag::Spe))
    , m_anomalyTag(derivedTagName(m_unit, DerivedTag::Anomaly))
    , m_storeUnit(withDerivedTags(m_unit))
    , m_analysisConfig(AnalysisConfig::fromUnit(m_unit))
    , m_options(std::move(options))
    , m_cancel(std::move(cancel))
    , m_mode(m_unit, m_analysisConfig.mode)
    , m_analyzer(m_unit, m_analysisConfig)
{
    m_staleAfterMs = m_unit.staleAfterMs();
}

UnitWorker::~UnitWorker()
{
    // A library still being learned finishes first: its task refers to this worker.
    if (m_learnPool) {
        m_learnCancel->store(true); // a fit stops at its next fold
        m_learnPool->clear();
        m_learnPool->waitForDone();
    }
    // Runs in the worker's thread (deleteLater when the thread finishes): the connection is
    // closed where it was opened, and close() checkpoints the WAL.
    m_source.reset();
    if (m_store) {
        if (!flushPending() || !persistAlarms(false))
            qCWarning(lcRuntime) << m_unit.unitId << "not everything was stored at stop:" << m_store->errorString();
        m_store->close();
    }
}

void UnitWorker::start()
{
#ifdef Q_OS_LINUX
    // Below the GUI or server thread, so that a fleet busy back-filling never makes the main
    // thread late (QThread::LowPriority, used on Windows, has no effect under SCHED_OTHER).
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(m_options.heartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, &UnitWorker::beat);
    m_heartbeat->start();
    m_sinceBeat.start();
    m_sinceProgressSnapshot.start();
    beat();
    m_alarms = std::make_unique<AlarmManager>(m_storeUnit, m_options.alarms);
    for (const TagConfig &tag : std::as_const(m_storeUnit.tags)) {
        TagSnapshot t;
        t.name = tag.name;
        t.description = tag.description;
        t.engineeringUnit = tag.engineeringUnit;
        t.kind = tag.kind;
        m_tags.append(t);
    }
    if (ensureOpen()) {
        m_state = UnitState::Ok;
        m_message = tr("Waiting for the first refresh");
    }
    startLearning();
    publish();
}

void UnitWorker::startLearning()
{
    if (m_analysisConfig.learnedRul.isEmpty())
        return;
    m_learnPool = std::make_unique<QThreadPool>();
    m_learnPool->setMaxThreadCount(1);
    for (const LearnedRulConfig &config : std::as_const(m_analysisConfig.learnedRul)) {
        m_learned[config.name] = {};
        m_learnPool->start([this, config, cancel = m_learnCancel] {
            Learned result;
            result.done = true;
            try {
                QString error;
                const QString file = QDir::toNativeSeparators(config.library);
                if (!QFileInfo::exists(config.library)) {
                    result.error = tr("%1: the library of run-to-failure trajectories does not exist").arg(file);
                } else if (const auto runs = readCmapss(config.library, &error); !runs) {
                    result.error = error;
                } else if (runs->empty() || runs->front().sensors.cols() != config.tags.size()) {
                    result.error = tr("%1: sensor columns in the library: %2; rul.learned \"%3\" names %n tag(s)", nullptr, int(config.tags.size()))
                                       .arg(file).arg(runs->empty() ? 0 : runs->front().sensors.cols()).arg(config.name);
                } else if (auto model = RulLearner::fit(*runs, RulLearner::Options{}, &error, cancel.get()); !model) {
                    result.error = tr("%1: %2").arg(file, error);
                } else {
                    result.model = std::make_shared<const RulLearner>(std::move(*model));
                }
            } catch (const std::exception &e) {
                result.error = tr("%1: learning failed: %2").arg(QDir::toNativeSeparators(config.library), QString::fromLocal8Bit(e.what()));
            }
            if (!result.error.isEmpty())
                qCWarning(lcRuntime) << m_unit.unitId << "rul.learned" << config.name << result.error;
            // Queued to this worker's thread; the destructor waits for this task.
            QMetaObject::invokeMethod(this, [this, name = config.name, result] {
                m_learned[name] = result;
                forecast(true);
                publish();
            }, Qt::QueuedConnection);
        });
    }
}

void UnitWorker::forecastLearned(qint64 now, QList<RulSummary> &list, QList<StoredForecast> &stored)
{
    constexpr double kDay = 86'400'000.0;
    for (const LearnedRulConfig &config : std::as_const(m_analysisConfig.learnedRul)) {
        const Learned &learned = m_learned[config.name];
        RulSummary r;
        r.indicator = config.indicator();
        r.description = QFileInfo(config.library).fileName();
        r.model = tr("learned");
        r.at = now;
        std::optional<LifeCycles> life;
        if (learned.model) {
            QList<qint64> ids;
            for (const QString &tag : config.tags)
                if (const auto id = m_store->tagId(tag))
                    ids.append(*id);
            qint64 from = now;
            if (config.start) {
                from = *config.start;
            } else if (!ids.isEmpty()) {
                const auto oldest = m_store->readRange(ids.front(), 0, now, 1);
                if (oldest && !oldest->isEmpty())
                    from = oldest->front().ts;
            }
            if (ids.size() == config.tags.size())
                life = readLifeCycles(*m_store, ids, from, now, config.cycle.count(), [this](qint64 ts) { return runningAt(ts); });
        }
        if (!learned.done) {
            r.state = QStringLiteral("learning");
            r.stateText = tr("Learning from the library");
        } else if (!learned.model) {
            r.state = QStringLiteral("unavailable");
            r.stateText = learned.error;
        } else if (!life || life->trajectory.cycles() < RulLearner::Options{}.window || !(life->availability() > 0)) {
            // Its interval is calibrated from a full feature window on (RulLearner::fit).
            r.state = RulForecast::stateId(RulForecast::State::InsufficientData);
            r.stateText = RulForecast::stateText(RulForecast::State::InsufficientData);
        } else {
            // Cycles of running time, converted to days at the availability of the life so far.
            const RulLearner::Prediction p = learned.model->predict(life->trajectory);
            const double days = double(config.cycle.count()) / kDay / life->availability();
            r.state = RulForecast::stateId(RulForecast::State::Forecast);
            r.stateText = RulForecast::stateText(RulForecast::State::Forecast);
            r.p10Days = p.low * days;
            r.p50Days = p.rul * days;
            r.p90Days = p.high * days;
        }
        list.append(r);
        if (!learned.done)
            continue; // nothing to keep yet
        StoredForecast s = storedForecast(r);
        s.model = QStringLiteral("learned");
        s.points = life ? life->trajectory.cycles() : 0;
        stored.append(s);
    }
}

bool UnitWorker::ensureOpen()
{
    if (m_store && m_store->isOpen())
        return true;
    const QString path = UnitStore::unitFilePath(m_options.dataDir, m_unit.unitId);
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_store = std::make_unique<UnitStore>(m_unit.unitId);
    if (!m_store->open(path, m_options.store) || !m_store->syncTags(m_storeUnit.tags)) {
        m_lastError = m_store->errorString();
        m_store.reset();
        m_state = UnitState::Error;
        m_message = m_lastError;
        Q_EMIT errorOccurred(m_unit.unitId, m_lastError);
        return false;
    }
    loadState();
    return true;
}

void UnitWorker::loadState()
{
    m_tagIds = m_store->tagIds();
    m_tagIndex.clear();
    for (int i = 0; i < m_tags.size(); ++i) {
        if (auto id = m_store->tagId(m_tags[i].name))
            m_tagIndex.insert(*id, i);
    }
    m_alarms = std::make_unique<AlarmManager>(m_storeUnit, m_options.alarms);
    m_alarms->restore(m_store->latestAlarmStates(), m_store->latestAlarmRaises());
    m_alarmHandles.clear();
    for (const TagSnapshot &t : std::as_const(m_tags))
        m_alarmHandles.append(m_alarms->tagHandle(t.name));
    // Evaluation marks per tag ("id:ts,..."); a store from before kept one for the unit.
    m_evaluatedTo.clear();
    const qint64 unitMark = m_store->metaValue(QStringLiteral("evaluated_to")).value_or(QString()).toLongLong();
    for (auto it = m_tagIndex.cbegin(); it != m_tagIndex.cend(); ++it)
        m_evaluatedTo.insert(it.key(), unitMark);
    const QString marks = m_store->metaValue(QStringLiteral("evaluated_marks")).value_or(QString());
    for (QStringView pair : QStringView(marks).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = pair.indexOf(u':');
        bool idOk = false, tsOk = false;
        const qint64 id = pair.left(colon).toLongLong(&idOk);
        const qint64 ts = pair.mid(colon + 1).toLongLong(&tsOk);
        if (colon > 0 && idOk && tsOk && m_tagIndex.contains(id))
            m_evaluatedTo.insert(id, ts);
    }
    m_marksDirty = false;
    const auto mode = operatingModeFromId(m_store->metaValue(QStringLiteral("mode")).value_or(QString()));
    m_mode.restore(mode.value_or(OperatingMode::Unknown),
                   m_store->metaValue(QStringLiteral("mode_since")).value_or(QString()).toLongLong());
    // Recent mode changes, so that late rows of a tag are judged by the mode of their time.
    m_modeHistory = storedModeChanges(m_options.clock->now() - kModeHistoryMs, kForever);
    if (m_modeHistory.empty() && mode)
        m_modeHistory.push_back({m_mode.since(), *mode});
    for (const LatestValue &latest : m_store->latestValues()) {
        const auto it = m_tagIndex.constFind(latest.tagId);
        if (it == m_tagIndex.cend())
            continue;
        TagSnapshot &t = m_tags[*it];
        t.ts = latest.sample.ts;
        t.value = latest.sample.value;
        t.quality = latest.qualityName;
    }
    const QHash<qint64, qint64> good = m_store->latestGoodTimes();
    for (auto it = good.cbegin(); it != good.cend(); ++it) {
        if (auto index = m_tagIndex.constFind(it.key()); index != m_tagIndex.cend())
            m_tags[*index].lastGoodTs = it.value();
    }
    // The analysis: the derived tags, the stored model, and where its frames left off.
    m_healthId = m_store->tagId(m_healthTag).value_or(-1);
    m_anomalyId = m_store->tagId(m_anomalyTag).value_or(-1);
    m_t2Id = m_store->tagId(m_t2Tag).value_or(-1);
    m_speId = m_store->tagId(m_speTag).value_or(-1);
    for (const TagSnapshot &t : std::as_const(m_tags)) {
        if (t.name == m_healthTag || t.name == m_anomalyTag)
            m_lastFrameTs = std::max(m_lastFrameTs, t.ts);
    }
    if (auto stored = m_store->latestModel(QStringLiteral("unit_analyzer"))) {
        if (auto model = AnalyzerModel::deserialize(stored->data))
            adoptModel(std::move(*model));
        else
            m_modelMessage = tr("The stored analysis model could not be read; it will be trained again");
    }
}

void UnitWorker::beat()
{
    m_sinceBeat.restart();
    Q_EMIT heartbeat(m_unit.unitId, QDateTime::currentMSecsSinceEpoch());
}

void UnitWorker::refresh()
{
    QElapsedTimer timer;
    timer.start();
    bool ok = ensureOpen();
    bool unreachable = false;
    QStringList warnings;
    if (ok) {
        if (!m_source)
            m_source = m_options.sourceFactory(m_unit);
        const bool backFill = m_tags.isEmpty() || std::all_of(m_tags.cbegin(), m_tags.cend(), [](const TagSnapshot &t) { return t.ts == 0; });
        m_state = backFill ? UnitState::BackFilling : UnitState::Refreshing;
        m_message = backFill ? tr("Back-filling history") : tr("Refreshing");
        publish(backFill ? 0.0 : -1.0);

        FetchContext ctx;
        ctx.now = m_options.clock->now();
        ctx.cancel = m_cancel.get();
        ctx.deliver = [this](std::vector<Sample> &&samples) { return deliver(std::move(samples)); };
        ctx.progress = [this](double fraction) {
            if (m_sinceBeat.elapsed() >= m_options.heartbeatMs / 4)
                beat(); // the worker is busy, not hung
            if (m_sinceProgressSnapshot.elapsed() >= 500) {
                m_sinceProgressSnapshot.restart();
                publish(fraction);
            }
        };
        FetchResult result;
        try {
            if (!m_source) {
                result.ok = false;
                result.error = tr("no data source for this unit");
            } else {
                result = m_source->fetch(*m_store, ctx);
            }
        } catch (const std::exception &e) {
            result.ok = false;
            result.error = tr("the data source failed: %1").arg(QString::fromLocal8Bit(e.what()));
        } catch (...) {
            result.ok = false;
            result.error = tr("the data source failed with an unknown error");
        }
        m_valuesStored = result.valuesStored;
        try {
            if (result.valuesStored > result.valuesDelivered)
                analyzeNewSamples();
            if (!m_analyzer.model() && m_options.clock->now() >= m_nextTrainAttempt && !result.cancelled)
                trainModel(false);
            forecast(false);
            if (m_pendingSince.isValid() && m_pendingSince.elapsed() >= m_options.commitInterval.count()
                && !flushPending() && result.ok) {
                result.ok = false;
                result.error = m_store->errorString();
            }
            m_alarms->expireShelving(m_options.clock->now());
            if (!persistAlarms(false) && result.ok) {
                result.ok = false;
                result.error = m_store->errorString();
            }
        } catch (const std::exception &e) {
            result.ok = false;
            result.error = tr("the analysis failed: %1").arg(QString::fromLocal8Bit(e.what()));
        }
        ok = result.ok && !result.cancelled;
        unreachable = result.unreachable;
        warnings = result.warnings;
        for (const QString &w : std::as_const(result.warnings))
            qCWarning(lcRuntime).noquote() << m_unit.unitId << w;
        if (result.cancelled && result.ok)
            m_lastError = tr("the refresh was cancelled");
        else if (!result.ok)
            m_lastError = result.error;
        else
            m_lastError.clear();
    }
    m_lastRefreshMs = timer.elapsed();
    m_lastRefreshAt = m_options.clock->now();
    if (ok) {
        ++m_refreshCount;
        m_state = UnitState::Ok;
        m_message = tr("Refreshed: %n value(s) stored", nullptr, static_cast<int>(std::min<qint64>(m_valuesStored, INT_MAX)));
        // A source's warnings (a tag the historian does not know) are said, not dropped.
        if (!warnings.isEmpty())
            m_message += u"; " + warnings.join(QStringLiteral("; "));
    } else {
        ++m_errorCount;
        // Offline: the source's server cannot be reached (what is stored stays readable).
        m_state = unreachable ? UnitState::Offline : UnitState::Error;
        m_message = m_lastError;
        if (m_cancel->load()) // stopping or stalled: said where it was asked for
            qCDebug(lcRuntime) << m_unit.unitId << "refresh cancelled:" << m_lastError;
        else
            qCWarning(lcRuntime) << m_unit.unitId << "refresh failed:" << m_lastError;
        Q_EMIT errorOccurred(m_unit.unitId, m_lastError);
    }
    publish();
    Q_EMIT refreshFinished(m_unit.unitId, ok);
}

void UnitWorker::analyze()
{
    if (!ensureOpen()) {
        publish();
        return;
    }
    analyzeNewSamples();
    if (!m_analyzer.model())
        trainModel(false);
    forecast(true);
    m_alarms->expireShelving(m_options.clock->now());
    persistAlarms();
    publish();
}

void UnitWorker::importFiles(const QStringList &paths, const ImportOptions &options,
                             std::shared_ptr<std::atomic_bool> cancel)
{
    QList<ImportSummary> summaries;
    if (!ensureOpen()) {
        ImportSummary failed;
        failed.error = m_lastError;
        summaries.append(failed);
        Q_EMIT importFinished(m_unit.unitId, summaries);
        return;
    }
    // What the worker delivered but has not committed goes first: the import reads back.
    flushPending();
    m_state = UnitState::Refreshing;
    m_message = tr("Importing %n file(s)", nullptr, int(paths.size()));
    publish();
    Importer importer(*m_store, m_unit);
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    for (int i = 0; i < paths.size(); ++i) {
        if (cancel && cancel->load())
            break;
        summaries.append(importer.importFile(paths[i], options, [&](const ImportProgress &p) {
            if (m_sinceBeat.elapsed() >= m_options.heartbeatMs / 4)
                beat();
            if (sinceProgress.elapsed() >= 200) {
                sinceProgress.restart();
                Q_EMIT importProgress(m_unit.unitId, i, int(paths.size()), p.percent(), p.rows);
            }
        }, cancel.get()));
        Q_EMIT importProgress(m_unit.unitId, i + 1, int(paths.size()), 0, summaries.last().rowsRead);
    }
    analyzeNewSamples();
    persistAlarms();
    m_state = UnitState::Ok;
    m_message.clear();
    publish();
    Q_EMIT importFinished(m_unit.unitId, summaries);
}

void UnitWorker::retrain()
{
    bool ok = ensureOpen();
    if (ok) {
        ok = trainModel(true);
        forecast(true);
    }
    finishAction(QStringLiteral("retrain"), ok, ok ? QString() : (m_store ? m_modelMessage : m_lastError));
}

void UnitWorker::analyzeNewSamples()
{
    if (!m_store)
        return;
    // Older than an hour (or three refreshes): history, whose returned alarms need no one.
    m_alarms->setHistoryHorizon(m_options.clock->now()
                                - std::max<qint64>(3 * m_unit.refreshInterval.count(), 3'600'000));
    // The operating mode first, so that every alarm knows whether the unit ran at each time.
    std::optional<qint64> roleId = m_mode.hasRoleTag() ? m_store->tagId(m_mode.roleTag()) : std::nullopt;
    std::optional<QList<Sample>> roleSamples;
    if (roleId) {
        roleSamples = m_store->readRange(*roleId, m_evaluatedTo.value(*roleId) + 1, kForever);
        if (roleSamples)
            analyzeRoleTag(*roleSamples);
    }
    std::vector<Sample> frames; // the model tags' new rows, for the multivariate analysis
    for (auto it = m_tagIndex.cbegin(); it != m_tagIndex.cend(); ++it) {
        if (it.key() == m_healthId || it.key() == m_anomalyId || it.key() == m_t2Id || it.key() == m_speId)
            continue; // written by the analysis itself
        auto samples = roleId && it.key() == *roleId
            ? std::move(roleSamples)
            : m_store->readRange(it.key(), m_evaluatedTo.value(it.key()) + 1, kForever);
        if (!samples)
            continue;
        if (m_modelIndex.contains(it.key()))
            frames.insert(frames.end(), samples->cbegin(), samples->cend());
        analyzeTag(it.key(), *samples);
    }
    analyzeFrames(frames);
}

void UnitWorker::analyzeDelivered(std::vector<Sample> &samples)
{
    m_alarms->setHistoryHorizon(m_options.clock->now()
                                - std::max<qint64>(3 * m_unit.refreshInterval.count(), 3'600'000));
    std::stable_sort(samples.begin(), samples.end(), [](const Sample &a, const Sample &b) {
        return a.tagId != b.tagId ? a.tagId < b.tagId : a.ts < b.ts;
    });
    auto groupOf = [&](auto begin) {
        auto end = std::find_if(begin, samples.end(), [id = begin->tagId](const Sample &s) { return s.tagId != id; });
        return std::span<const Sample>(&*begin, size_t(end - begin));
    };
    if (m_mode.hasRoleTag()) {
        if (auto roleId = m_store ? m_store->tagId(m_mode.roleTag()) : std::nullopt) {
            auto begin = std::lower_bound(samples.begin(), samples.end(), *roleId,
                                          [](const Sample &s, qint64 id) { return s.tagId < id; });
            if (begin != samples.end() && begin->tagId == *roleId)
                analyzeRoleTag(groupOf(begin));
        }
    }
    for (auto it = samples.begin(); it != samples.end();) {
        const std::span<const Sample> group = groupOf(it);
        analyzeTag(it->tagId, group);
        it += qsizetype(group.size());
    }
    analyzeFrames(samples);
}

void UnitWorker::analyzeRoleTag(std::span<const Sample> samples)
{
    if (samples.empty())
        return;
    const qint64 from = m_evaluatedTo.value(samples.front().tagId);
    for (const Sample &s : samples) {
        if (s.ts <= from || !m_mode.feed(s.ts, s.value, s.quality == GoodQuality))
            continue;
        // Dated where the new mode began (the dwell confirmed it later).
        const ModeChange change{m_mode.since(), m_mode.mode()};
        m_modeChanges.append(change);
        while (!m_modeHistory.empty() && m_modeHistory.back().ts >= change.ts)
            m_modeHistory.pop_back();
        m_modeHistory.push_back(change);
    }
    if (m_modeHistory.size() > kModeHistoryMax)
        m_modeHistory.erase(m_modeHistory.begin(), m_modeHistory.end() - kModeHistoryMax / 2);
}

namespace {
// Running, or unknown (before the first known change alarms are not suppressed), at ts.
bool runningIn(const std::vector<ModeChange> &changes, qint64 ts)
{
    auto it = std::upper_bound(changes.cbegin(), changes.cend(), ts,
                               [](qint64 t, const ModeChange &c) { return t < c.ts; });
    const OperatingMode mode = it == changes.cbegin() ? OperatingMode::Unknown : std::prev(it)->mode;
    return mode == OperatingMode::Running || mode == OperatingMode::Unknown;
}
} // namespace

std::vector<ModeChange> UnitWorker::storedModeChanges(qint64 from, qint64 to)
{
    std::vector<ModeChange> changes;
    for (const StoredEvent &e : m_store->events(from, to)) {
        if (e.kind == QLatin1StringView("mode")) {
            if (auto m = operatingModeFromId(e.state))
                changes.push_back({e.ts, *m});
        }
    }
    return changes;
}

bool UnitWorker::runningAt(qint64 ts) const
{
    // A stop not yet confirmed by the dwell already suppresses (it is dated from its start
    // once confirmed; if it is not, the dip was no running condition either).
    if (const auto pending = m_mode.pendingMode(); pending && *pending != OperatingMode::Running
        && ts >= m_mode.pendingSince() && ts >= m_mode.since())
        return false;
    return runningIn(m_modeHistory, ts);
}

void UnitWorker::analyzeTag(qint64 tagId, std::span<const Sample> samples)
{
    const auto index = m_tagIndex.constFind(tagId);
    if (index == m_tagIndex.cend() || samples.empty())
        return;
    TagSnapshot &tag = m_tags[*index];
    qint64 &mark = m_evaluatedTo[tagId];
    const int handle = m_alarmHandles.value(*index, -1);
    const Sample *last = nullptr;
    for (const Sample &s : samples) {
        if (s.ts <= mark)
            continue; // evaluated before: a duplicate or a correction of history
        const bool good = s.quality == GoodQuality && std::isfinite(s.value);
        if (handle >= 0)
            m_alarms->evaluate(handle, s.ts, s.value, good, runningAt(s.ts));
        if (good)
            tag.lastGoodTs = std::max(tag.lastGoodTs, s.ts);
        last = &s;
    }
    if (!last)
        return;
    mark = last->ts;
    m_marksDirty = true;
    if (last->ts >= tag.ts) {
        tag.ts = last->ts;
        tag.value = last->value;
        tag.quality = m_store ? m_store->qualityName(last->quality) : QString();
    }
}

void UnitWorker::analyzeFrames(std::vector<Sample> &samples)
{
    const AnalyzerModel *model = m_analyzer.model();
    if (!model || samples.empty() || m_modelIndex.isEmpty())
        return;
    std::stable_sort(samples.begin(), samples.end(), [](const Sample &a, const Sample &b) { return a.ts < b.ts; });
    const int n = int(model->tags.size());
    const int anomalyHandle = m_alarmHandles.value(m_tagIndex.value(m_anomalyId, -1), -1);
    std::vector<Sample> derived;
    QString context;
    m_frames.feed(samples, m_lastFrameTs, [&](qint64 ts, const Eigen::VectorXd &x) {
        const bool running = runningAt(ts);
        const FrameResult r = m_analyzer.push(ts, x, running);
        m_lastFrameTs = ts;
        if (!running) {
            m_alarms->evaluate(anomalyHandle, ts, 0.0, false, false); // suppressed by design
            return;
        }
        for (int c = 0; c < n && c < int(r.flags.size()); ++c) {
            if (const int t = m_modelTagIndex.value(c, -1); t >= 0)
                m_tags[t].indicators = r.flags[size_t(c)];
        }
        if (r.scored) {
            m_anomaly = r.anomaly;
            // The "why": the tags that make this frame abnormal, in the alarm's text.
            QString next;
            if (r.anomaly >= 0.8) {
                QStringList parts;
                for (const auto &[tag, share] : m_analyzer.topContributors(3))
                    parts.append(tr("%1 %2 %").arg(tag).arg(qRound(100 * share)));
                m_contributors = parts;
                next = tr("top contributors %1").arg(parts.join(QStringLiteral(", ")));
            } else {
                m_contributors.clear();
            }
            if (next != context) {
                context = next;
                m_alarms->setContext(anomalyHandle, context);
            }
            m_alarms->evaluate(anomalyHandle, ts, r.anomaly, true, true);
            if (m_anomalyId >= 0)
                derived.push_back({m_anomalyId, ts, r.anomaly, GoodQuality});
            if (m_t2Id >= 0)
                derived.push_back({m_t2Id, ts, r.t2, GoodQuality});
            if (m_speId >= 0)
                derived.push_back({m_speId, ts, r.spe, GoodQuality});
        }
        HealthInputs in;
        in.anomaly = r.scored ? r.anomaly : 0.0;
        in.flaggedTags = r.flagged;
        in.limitPenalty = r.limitPenalty;
        in.rulP10Days = m_rulP10;
        m_health = UnitAnalyzer::healthIndex(in);
        if (m_healthId >= 0)
            derived.push_back({m_healthId, ts, *m_health, GoodQuality});
    });
    if (derived.empty())
        return;
    for (const Sample &d : derived) {
        const int t = m_tagIndex.value(d.tagId, -1);
        if (t < 0)
            continue;
        TagSnapshot &tag = m_tags[t];
        tag.ts = tag.lastGoodTs = d.ts;
        tag.value = d.value;
        tag.quality = QStringLiteral("good");
        m_evaluatedTo[d.tagId] = std::max(m_evaluatedTo.value(d.tagId), d.ts);
    }
    m_marksDirty = true;
    if (m_pending.empty())
        m_pendingSince.start();
    m_pending.insert(m_pending.end(), derived.begin(), derived.end());
}

void UnitWorker::adoptModel(AnalyzerModel model)
{
    m_modelIndex.clear();
    m_modelTagIndex.clear();
    for (int c = 0; c < model.tags.size(); ++c) {
        const auto id = m_store ? m_store->tagId(model.tags[c]) : std::nullopt;
        const int t = id ? m_tagIndex.value(*id, -1) : -1;
        if (t < 0) {
            // The configuration changed since the model was fitted: fit a new one.
            m_modelIndex.clear();
            m_modelMessage = tr("The analysis model uses %1, which is no longer configured; it will be trained again")
                                 .arg(model.tags[c]);
            m_nextTrainAttempt = 0;
            return;
        }
        m_modelIndex.insert(*id, c);
        m_modelTagIndex.append(t);
        const TagBaseline &b = model.baselines[size_t(c)];
        m_tags[t].bandLow = b.median - m_analysisConfig.sigmaK * b.sigma;
        m_tags[t].bandHigh = b.median + m_analysisConfig.sigmaK * b.sigma;
    }
    // A tag's value holds for three grid steps (at least three minutes), then it is missing.
    m_frames = FrameAssembler(m_modelIndex, analysisHoldMs(model));
    m_modelMessage = tr("Model of %1 to %2: %3")
                         .arg(QDateTime::fromMSecsSinceEpoch(model.trainFrom, QTimeZone::utc()).toString(Qt::ISODate),
                              QDateTime::fromMSecsSinceEpoch(model.trainTo, QTimeZone::utc()).toString(Qt::ISODate),
                              model.description());
    m_analyzer.setModel(std::move(model));
}

bool UnitWorker::trainModel(bool retrain)
{
    if (!m_store)
        return false;
    const qint64 now = m_options.clock->now();
    constexpr qint64 kFarFuture = 4'102'444'800'000; // 2100
    // Good samples per tag, from the rollups (cheap) and what is pending.
    auto storedCount = [&](qint64 id, qint64 from, qint64 to) {
        qint64 count = 0;
        if (auto d = m_store->readDecimated(id, from, to, 4))
            for (const DecimatedBucket &b : d->buckets)
                count += b.count;
        return count;
    };
    QStringList names;
    QList<qint64> ids;
    for (const TagConfig &t : std::as_const(m_unit.tags)) {
        if (auto id = m_store->tagId(t.name)) {
            names.append(t.name);
            ids.append(*id);
        }
    }
    if (ids.isEmpty())
        return false;
    // Enough samples for a baseline in any tag? Checked before committing what is pending, so
    // that a young unit does not commit at every attempt.
    if (!retrain) {
        qint64 best = 0;
        for (qint64 id : std::as_const(ids)) {
            const qint64 count = storedCount(id, 0, kFarFuture)
                + std::count_if(m_pending.cbegin(), m_pending.cend(), [&](const Sample &x) { return x.tagId == id; });
            best = std::max(best, count);
            if (best >= m_analysisConfig.baselineMinSamples)
                break;
        }
        if (best < m_analysisConfig.baselineMinSamples) {
            m_modelMessage = tr("No analysis model yet: at most %1 sample(s) per tag, at least %2 needed")
                                 .arg(best).arg(m_analysisConfig.baselineMinSamples);
            m_nextTrainAttempt = now + 600'000;
            return false;
        }
    }
    if (!flushPending())
        return false;
    const qint64 newest = m_store->newestSampleTime();
    const qint64 oldest = m_store->oldestSampleTime();
    m_nextTrainAttempt = now + 3'600'000; // unless it works, try again in an hour of unit time
    if (newest <= 0 || oldest <= 0) {
        m_modelMessage = tr("No analysis model yet: no data");
        return false;
    }
    // The first baseline is the oldest data (as commissioned); a retrain takes the latest.
    const qint64 window = m_analysisConfig.baselineWindow.count();
    const qint64 from = retrain ? std::max(oldest, newest - window) : oldest;
    const qint64 to = std::min(newest, from + window);
    if (to <= from)
        return false;
    // The grid: the sampling of the busiest tag, no finer than baseline.max_samples frames.
    qint64 busiest = 0;
    for (qint64 id : std::as_const(ids))
        busiest = std::max(busiest, storedCount(id, from, to + 1));
    const qint64 step = std::max<qint64>({1000, (to - from) / std::max<qint64>(1, busiest - 1),
                                          (to - from) / std::max(1, m_analysisConfig.baselineMaxSamples)});
    // Every grid time, running or not: frames outside running stay empty, so that the model
    // sees where stops break the series (its lags never reach across one).
    // The modes of the baseline's time from the store: the in-memory history is recent only.
    const std::vector<ModeChange> modes = storedModeChanges(0, to + 1);
    std::vector<qint64> grid;
    std::vector<bool> running;
    for (qint64 t = from; t <= to; t += step) {
        grid.push_back(t);
        running.push_back(runningIn(modes, t));
    }
    Eigen::MatrixXd frames = Eigen::MatrixXd::Constant(Eigen::Index(grid.size()), ids.size(),
                                                       std::numeric_limits<double>::quiet_NaN());
    // One column at a time: memory stays with the grid, whatever the raw sampling.
    for (int c = 0; c < ids.size(); ++c) {
        const QList<Sample> col = m_store->readRange(ids[c], from, to + 1).value_or(QList<Sample>{});
        qsizetype k = 0;
        double value = std::numeric_limits<double>::quiet_NaN();
        qint64 at = 0;
        for (size_t r = 0; r < grid.size(); ++r) {
            for (; k < col.size() && col[k].ts <= grid[r]; ++k) {
                if (col[k].quality == GoodQuality && std::isfinite(col[k].value)) {
                    value = col[k].value;
                    at = col[k].ts;
                }
            }
            if (running[r] && at > 0 && grid[r] - at <= 3 * step)
                frames(Eigen::Index(r), c) = value;
        }
        if (m_sinceBeat.elapsed() >= m_options.heartbeatMs / 4)
            beat();
    }
    QString error;
    auto model = UnitAnalyzer::train(frames, names, from, to, step, m_unit, m_analysisConfig, &error);
    if (!model) {
        m_modelMessage = tr("No analysis model yet: %1").arg(error);
        return false;
    }
    StoredModel stored;
    stored.kind = QStringLiteral("unit_analyzer");
    stored.version = AnalyzerModel::Version;
    stored.createdUtc = QDateTime::currentMSecsSinceEpoch();
    stored.trainFrom = from;
    stored.trainTo = to;
    stored.samples = model->samples;
    stored.tags = model->tags;
    stored.description = model->description();
    stored.data = model->serialize();
    if (!m_store->saveModel(stored))
        qCWarning(lcRuntime) << m_unit.unitId << "model not stored:" << m_store->errorString();
    m_nextTrainAttempt = 0;
    adoptModel(std::move(*model));
    if (!retrain && m_lastFrameTs < to) {
        rescoreFrom(to + 1);
        flushPending(); // the history's health and anomaly index, for trends and forecasts
    }
    return true;
}

void UnitWorker::rescoreFrom(qint64 from)
{
    m_lastFrameTs = std::max(m_lastFrameTs, from - 1);
    m_alarms->setHistoryHorizon(m_options.clock->now()
                                - std::max<qint64>(3 * m_unit.refreshInterval.count(), 3'600'000));
    // A week at a time, committing the derived rows as they pile up: any history fits.
    const qint64 newest = m_store->newestSampleTime();
    constexpr qint64 kChunk = 7LL * 86'400'000;
    for (qint64 begin = from; begin <= newest; begin += kChunk) {
        std::vector<Sample> samples;
        for (auto it = m_modelIndex.cbegin(); it != m_modelIndex.cend(); ++it) {
            if (auto rows = m_store->readRange(it.key(), begin, std::min(newest + 1, begin + kChunk)))
                samples.insert(samples.end(), rows->cbegin(), rows->cend());
        }
        analyzeFrames(samples);
        if (m_pending.size() >= kPendingMaxRows)
            flushPending();
        if (m_sinceBeat.elapsed() >= m_options.heartbeatMs / 4)
            beat();
    }
}

void UnitWorker::forecast(bool force)
{
    const qint64 now = m_options.clock->now();
    if (!m_store || (!force && m_lastForecastAt > 0 && now - m_lastForecastAt < m_analysisConfig.rulEvery.count()))
        return;
    m_lastForecastAt = now;
    constexpr double kDay = 86'400'000.0;
    QList<RulSummary> list;
    QList<StoredForecast> stored;
    std::optional<double> urgent;
    for (const RulTarget &target : std::as_const(m_analysisConfig.rulTargets)) {
        const bool health = target.indicator == kHealthIndexIndicator;
        const std::optional<qint64> id = health ? (m_healthId >= 0 ? std::optional(m_healthId) : std::nullopt)
                                                : m_store->tagId(target.indicator);
        if (!id)
            continue;
        const auto series = m_store->readDecimated(*id, now - m_analysisConfig.rulWindow.count(), now + 1, 1500);
        std::vector<double> t, y;
        if (series) {
            for (const DecimatedBucket &b : series->buckets) {
                // Running data only: a stopped machine's bearing cools, its filter dP drops.
                if (b.count == 0 || (!health && !(runningAt(b.start) && runningAt(std::max(b.start, b.end - 1)))))
                    continue;
                t.push_back(double((b.start + b.end) / 2 - now) / kDay);
                y.push_back(b.mean);
            }
        }
        RulOptions o;
        o.limit = target.limit;
        o.rising = target.rising;
        o.horizonDays = double(m_analysisConfig.rulHorizon.count()) / kDay;
        const RulForecast f = forecastThresholdCrossing(t, y, o);
        RulSummary r;
        r.indicator = target.indicator;
        const TagConfig *tag = m_unit.findTag(target.indicator);
        r.description = health ? tr("Health index") : (tag ? tag->description : target.indicator);
        r.limit = target.limit;
        r.limitName = target.limitName;
        r.rising = target.rising;
        r.state = RulForecast::stateId(f.state);
        r.stateText = RulForecast::stateText(f.state);
        r.p10Days = f.p10Days;
        r.p50Days = f.p50Days;
        r.p90Days = f.p90Days;
        r.model = f.modelName();
        r.bandInflation = f.bandInflation;
        if (f.fit)
            r.current = f.current;
        r.at = now;
        list.append(r);
        StoredForecast s = storedForecast(r);
        s.model = f.fit ? (f.fit->model == TrendFit::Model::Linear ? QStringLiteral("linear") : QStringLiteral("exponential")) : QString();
        if (f.fit)
            s.slopePerDay = f.fit->slope;
        s.points = int(t.size());
        stored.append(s);
        if (!health && f.p10Days && (f.state == RulForecast::State::Forecast || f.state == RulForecast::State::AlreadyBeyond))
            urgent = std::min(urgent.value_or(*f.p10Days), *f.p10Days);
    }
    forecastLearned(now, list, stored);
    // Most urgent first: the earliest P10, then forecasts before the honest "nothing" states.
    std::stable_sort(list.begin(), list.end(), [](const RulSummary &a, const RulSummary &b) {
        const double pa = a.p10Days.value_or(1e12), pb = b.p10Days.value_or(1e12);
        return pa < pb;
    });
    m_rul = list;
    m_rulP10 = urgent;
    if (!m_store->appendForecasts(stored))
        qCWarning(lcRuntime) << m_unit.unitId << "forecasts not stored:" << m_store->errorString();
}

bool UnitWorker::deliver(std::vector<Sample> &&samples)
{
    analyzeDelivered(samples);
    if (m_pending.empty())
        m_pendingSince.start();
    m_pending.insert(m_pending.end(), samples.begin(), samples.end());
    return m_pending.size() < kPendingMaxRows || flushPending();
}

bool UnitWorker::flushPending()
{
    if (m_pending.empty())
        return true;
    if (!m_store || !m_store->writeSamples(m_pending))
        return false; // kept, and tried again at the next commit
    m_pending.clear();
    if (m_pending.capacity() > 4 * kPendingMaxRows)
        m_pending.shrink_to_fit();
    m_pendingSince.invalidate();
    return persistAlarms(true);
}

bool UnitWorker::persistAlarms(bool force)
{
    if (!m_store)
        return false;
    QList<AlarmLogEntry> log = m_alarms->takeLog();
    if (!force && log.isEmpty() && m_modeChanges.isEmpty() && !(m_marksDirty && m_pending.empty()))
        return true; // nothing new: no transaction
    for (AlarmLogEntry &e : log) {
        const QString tag = e.alarm.left(e.alarm.lastIndexOf(u':'));
        if (auto id = m_store->tagId(tag))
            e.tagId = *id;
    }
    QList<StoredEvent> events;
    for (const ModeChange &c : std::as_const(m_modeChanges)) {
        StoredEvent event;
        event.ts = c.ts;
        event.kind = QStringLiteral("mode");
        event.state = operatingModeId(c.mode);
        event.message = tr("Operating mode: %1").arg(operatingModeText(c.mode));
        events.append(event);
    }
    QList<std::pair<QString, QString>> meta{{QStringLiteral("mode"), operatingModeId(m_mode.mode())},
                                            {QStringLiteral("mode_since"), QString::number(m_mode.since())}};
    // The evaluation marks are stored only with the samples they cover: with samples still
    // pending, a crash would otherwise leave rows that are never evaluated.
    const bool writeMarks = m_pending.empty();
    if (writeMarks) {
        QString marks;
        marks.reserve(m_evaluatedTo.size() * 20);
        for (auto it = m_evaluatedTo.cbegin(); it != m_evaluatedTo.cend(); ++it) {
            if (!marks.isEmpty())
                marks += u',';
            marks += QString::number(it.key()) + u':' + QString::number(it.value());
        }
        meta.append({QStringLiteral("evaluated_marks"), marks});
    }
    if (m_store->appendAlarmLog(log, meta, events)) {
        m_modeChanges.clear();
        if (writeMarks)
            m_marksDirty = false;
        return true;
    }
    m_alarms->returnLog(log); // nothing is lost: stored with the next successful write
    return false;
}

void UnitWorker::publish(double progress)
{
    UnitSnapshot s;
    s.unitId = m_unit.unitId;
    s.plant = m_unit.plant;
    s.description = m_unit.description;
    s.state = m_state;
    s.message = m_message;
    s.lastError = m_lastError;
    s.mode = m_mode.mode();
    s.modeSince = m_mode.since();
    s.now = m_options.clock->now();
    if (m_alarms) {
        s.alarms = m_alarms->standing();
        s.alarmRate = m_alarms->rate();
    }
    QHash<QString, AlarmState> worst;
    for (const AlarmStatus &a : std::as_const(s.alarms)) {
        if (!worst.contains(a.tag))
            worst.insert(a.tag, a.state); // standing() is most urgent first
    }
    for (TagSnapshot &t : m_tags) {
        t.stale = t.lastGoodTs == 0 || s.now - t.lastGoodTs > m_staleAfterMs;
        if (auto it = worst.constFind(t.name); it != worst.cend())
            t.alarm = *it;
        else
            t.alarm.reset();
        s.newestGoodTs = std::max(s.newestGoodTs, t.lastGoodTs);
        s.staleTags += t.stale ? 1 : 0;
    }
    for (TagSnapshot &t : m_tags) {
        if (t.stale)
            t.indicators |= Stale;
        else
            t.indicators &= quint8(~Stale);
    }
    s.tags = m_tags;
    s.healthIndex = m_health;
    s.healthGrade = m_health ? UnitAnalyzer::healthGrade(*m_health) : QString();
    s.anomaly = m_anomaly;
    if (const AnalyzerModel *model = m_analyzer.model(); model && model->detector) {
        s.t2Limit = model->detector->model().t2Limit();
        s.speLimit = model->detector->model().speLimit();
    }
    s.contributors = m_contributors;
    s.modelInfo = m_modelMessage;
    s.rul = m_rul;
    s.freshnessMs = s.newestGoodTs > 0 ? std::max<qint64>(0, s.now - s.newestGoodTs) : -1;
    s.staleAfterMs = m_staleAfterMs;
    s.stale = s.newestGoodTs == 0 || s.freshnessMs > m_staleAfterMs;
    s.lastRefreshAt = m_lastRefreshAt;
    s.lastRefreshMs = m_lastRefreshMs;
    s.refreshCount = m_refreshCount;
    s.errorCount = m_errorCount;
    s.valuesStored = m_valuesStored;
    s.progress = progress;
    Q_EMIT snapshotReady(s);
}

void UnitWorker::finishAction(const QString &action, bool ok, const QString &error)
{
    if (ok && !persistAlarms()) {
        ok = false;
        Q_EMIT actionFinished(m_unit.unitId, action, false, m_store ? m_store->errorString() : error);
    } else {
        Q_EMIT actionFinished(m_unit.unitId, action, ok, error);
    }
    publish();
}

void UnitWorker::acknowledge(const QString &alarmKey, const QString &user, const QString &comment)
{
    QString error;
    const bool ok = ensureOpen() && m_alarms->acknowledge(alarmKey, user, comment, m_options.clock->now(), &error);
    finishAction(QStringLiteral("acknowledge"), ok, ok ? QString() : (error.isEmpty() ? m_lastError : error));
}

void UnitWorker::acknowledgeAll(const QString &user, const QString &comment)
{
    const bool ok = ensureOpen();
    if (ok)
        m_alarms->acknowledgeAll(user, comment, m_options.clock->now());
    finishAction(QStringLiteral("acknowledge_all"), ok, ok ? QString() : m_lastError);
}

void UnitWorker::shelve(const QString &alarmKey, const QString &user, const QString &comment, qint64 until)
{
    QString error;
    const qint64 now = m_options.clock->now();
    bool ok = ensureOpen();
    if (ok && until > now && until - now > m_options.alarms.maxShelve.count()) {
        ok = false;
        error = tr("an alarm can be shelved for at most %n hour(s)", nullptr,
                   static_cast<int>(m_options.alarms.maxShelve.count() / 3'600'000));
    }
    ok = ok && m_alarms->shelve(alarmKey, user, comment, until, now, &error);
    finishAction(QStringLiteral("shelve"), ok, ok ? QString() : (error.isEmpty() ? m_lastError : error));
}

void UnitWorker::unshelve(const QString &alarmKey, const QString &user, const QString &comment)
{
    QString error;
    const bool ok = ensureOpen() && m_alarms->unshelve(alarmKey, user, comment, m_options.clock->now(), &error);
    finishAction(QStringLiteral("unshelve"), ok, ok ? QString() : (error.isEmpty() ? m_lastError : error));
}

} // namespace tp
