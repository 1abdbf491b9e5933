#include "unitworker.h"

#include "logging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QThread>
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
constexpr qint64 kModeHistoryMs = 30LL * 86'400'000;
constexpr size_t kModeHistoryMax = 4096;
constexpr size_t kPendingMaxRows = 50'000;

} // namespace

UnitWorker::UnitWorker(UnitConfig unit, RuntimeOptions options, std::shared_ptr<std::atomic_bool> cancel)
    : m_unit(std::move(unit))
    , m_analysisConfig(AnalysisConfig::fromUnit(m_unit))
    , m_options(std::move(options))
    , m_cancel(std::move(cancel))
    , m_mode(m_unit, m_analysisConfig.mode)
{
    // Stale: no good sample for three refreshes (at least 15 minutes, and at least three of
    // the simulator's live steps).
    m_staleAfterMs = std::max<qint64>(3 * m_unit.refreshInterval.count(), 15 * 60'000);
    if (m_unit.source.type == SourceType::Simulator)
        m_staleAfterMs = std::max<qint64>(m_staleAfterMs, 3 * m_unit.source.interval.count());
}

UnitWorker::~UnitWorker()
{
    // Runs in the worker's thread (deleteLater when the thread finishes): the connection is
    // closed where it was opened, and close() checkpoints the WAL.
    m_source.reset();
    if (m_store) {
        if (!flushPending())
            qCWarning(lcRuntime) << m_unit.unitId << "samples not stored at stop:" << m_store->errorString();
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
    m_alarms = std::make_unique<AlarmManager>(m_unit, m_options.alarms);
    for (const TagConfig &tag : std::as_const(m_unit.tags)) {
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
    publish();
}

bool UnitWorker::ensureOpen()
{
    if (m_store && m_store->isOpen())
        return true;
    const QString path = UnitStore::unitFilePath(m_options.dataDir, m_unit.unitId);
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_store = std::make_unique<UnitStore>(m_unit.unitId);
    if (!m_store->open(path, m_options.store) || !m_store->syncTags(m_unit.tags)) {
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
    m_alarms = std::make_unique<AlarmManager>(m_unit, m_options.alarms);
    m_alarms->restore(m_store->latestAlarmStates());
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
    m_modeHistory.clear();
    for (const StoredEvent &e : m_store->events(m_options.clock->now() - kModeHistoryMs, kForever)) {
        if (e.kind == QLatin1StringView("mode")) {
            if (auto m = operatingModeFromId(e.state))
                m_modeHistory.push_back({e.ts, *m});
        }
    }
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
    } else {
        ++m_errorCount;
        m_state = UnitState::Error;
        m_message = m_lastError;
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
    m_alarms->expireShelving(m_options.clock->now());
    persistAlarms();
    publish();
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
    if (roleId) {
        if (auto samples = m_store->readRange(*roleId, m_evaluatedTo.value(*roleId) + 1, kForever))
            analyzeRoleTag(*samples);
    }
    for (auto it = m_tagIndex.cbegin(); it != m_tagIndex.cend(); ++it) {
        if (auto samples = m_store->readRange(it.key(), m_evaluatedTo.value(it.key()) + 1, kForever))
            analyzeTag(it.key(), *samples);
    }
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

bool UnitWorker::runningAt(qint64 ts) const
{
    auto it = std::upper_bound(m_modeHistory.cbegin(), m_modeHistory.cend(), ts,
                               [](qint64 t, const ModeChange &c) { return t < c.ts; });
    // Before the first known change the mode is unknown, and alarms are not suppressed.
    const OperatingMode mode = it == m_modeHistory.cbegin() ? OperatingMode::Unknown : std::prev(it)->mode;
    return mode == OperatingMode::Running || mode == OperatingMode::Unknown;
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
    for (const ModeChange &c : std::as_const(m_modeChanges)) {
        StoredEvent event;
        event.ts = c.ts;
        event.kind = QStringLiteral("mode");
        event.state = operatingModeId(c.mode);
        event.message = tr("Operating mode: %1").arg(operatingModeText(c.mode));
        m_store->addEvent(event);
    }
    m_modeChanges.clear();
    QString marks;
    marks.reserve(m_evaluatedTo.size() * 20);
    for (auto it = m_evaluatedTo.cbegin(); it != m_evaluatedTo.cend(); ++it) {
        if (!marks.isEmpty())
            marks += u',';
        marks += QString::number(it.key()) + u':' + QString::number(it.value());
    }
    if (m_store->appendAlarmLog(log, {{QStringLiteral("evaluated_marks"), marks},
                                      {QStringLiteral("mode"), operatingModeId(m_mode.mode())},
                                      {QStringLiteral("mode_since"), QString::number(m_mode.since())}})) {
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
    s.tags = m_tags;
    s.freshnessMs = s.newestGoodTs > 0 ? std::max<qint64>(0, s.now - s.newestGoodTs) : -1;
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
