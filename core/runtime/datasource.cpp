#include "datasource.h"

#include "ingest/importer.h"
#include "pi/piwebapisource.h"
#include "sim/simulator.h"
#include "storage/unitstore.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <vector>

namespace tp {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(tp::DataSource)
};

qint64 floorTo(qint64 t, qint64 step)
{
    const qint64 q = t / step;
    return (t % step != 0 && t < 0 ? q - 1 : q) * step;
}

/**
 * The simulator as a source. On the first fetch into an empty store it back-fills the
 * configured history at the history step; afterwards it adds the samples from the newest
 * stored time up to now, at the live step (at the history step while more than an hour
 * behind, so a unit that was off for days catches up quickly). Resumes from the store alone.
 */
class SimulatorSource final : public DataSource
{
public:
    explicit SimulatorSource(const UnitConfig &unit) : m_unit(unit), m_sim(unit) {}

    FetchResult fetch(UnitStore &store, const FetchContext &ctx) override
    {
        FetchResult result;
        if (!m_ready) {
            m_ids.assign(static_cast<size_t>(m_sim.tagCount()), -1);
            for (int i = 0; i < m_sim.tagCount(); ++i) {
                if (auto id = store.tagId(m_sim.tagName(i)))
                    m_ids[i] = *id;
            }
            const auto io = store.qualityCode(QStringLiteral("I/O Timeout"));
            const auto bad = store.qualityCode(QStringLiteral("Bad Input"));
            if (!io || !bad) {
                result.ok = false;
                result.error = store.errorString();
                return result;
            }
            m_ioTimeout = *io;
            m_badInput = *bad;
            m_last = store.newestSampleTime();
            m_ready = true;
        }
        const qint64 historyStep = std::max<qint64>(1000, m_unit.source.historyInterval.count());
        const qint64 liveStep = std::max<qint64>(100, m_unit.source.interval.count());
        const qint64 now = ctx.now;
        qint64 t = m_last > 0 ? m_last : floorTo(now - m_unit.source.history.count(), historyStep) - historyStep;
        const qint64 first = t;
        auto nextTime = [&](qint64 from) {
            const qint64 step = now - from > 3'600'000 ? historyStep : liveStep;
            return floorTo(from, step) + step;
        };
        std::vector<Sample> batch;
        const size_t batchLimit = 50'000;
        qint64 frames = 0;
        while (true) {
            const qint64 next = nextTime(t);
            if (next > now)
                break;
            t = next;
            const Simulator::Frame frame = m_sim.frameAt(t);
            for (int i = 0; i < m_sim.tagCount(); ++i) {
                if (m_ids[i] < 0)
                    continue;
                const Simulator::Value v = m_sim.value(i, frame);
                Sample s;
                s.tagId = m_ids[i];
                s.ts = t;
                s.value = v.value;
                s.quality = v.quality == Simulator::Quality::Good ? GoodQuality
                    : v.quality == Simulator::Quality::IoTimeout ? m_ioTimeout
                                                                  : m_badInput;
                batch.push_back(s);
            }
            // Report progress (and so prove the worker alive) often, also in slow builds.
            if (++frames % 256 == 0 && ctx.progress && now > first)
                ctx.progress(double(t - first) / double(now - first));
            if (batch.size() >= batchLimit) {
                if (!flush(store, ctx, batch, t, result))
                    return result;
                if (ctx.progress && now > first)
                    ctx.progress(double(t - first) / double(now - first));
                if (ctx.cancelled()) {
                    result.cancelled = true;
                    return result;
                }
            }
        }
        flush(store, ctx, batch, t, result);
        return result;
    }

private:
    bool flush(UnitStore &store, const FetchContext &ctx, std::vector<Sample> &batch, qint64 t, FetchResult &result)
    {
        const bool delivering = bool(ctx.deliver);
        const bool ok = storeOrDeliver(store, ctx, batch, result);
        // Delivered samples are the worker's from now on, even if their commit failed.
        if (ok || delivering)
            m_last = t;
        return ok;
    }

    UnitConfig m_unit;
    Simulator m_sim;
    std::vector<qint64> m_ids;
    int m_ioTimeout = 0;
    int m_badInput = 0;
    qint64 m_last = 0;
    bool m_ready = false;
};

/** An xlsx or csv file, or a folder of them: imports what is new (unchanged files are known
 *  by their SHA-256 and not read again). */
class FileSource final : public DataSource
{
public:
    explicit FileSource(const UnitConfig &unit) : m_unit(unit) {}

    FetchResult fetch(UnitStore &store, const FetchContext &ctx) override
    {
        FetchResult result;
        Importer importer(store, m_unit);
        ImportOptions options;
        options.sheet = m_unit.source.sheet;
        options.layout = m_unit.source.layout.isEmpty() ? QStringLiteral("auto") : m_unit.source.layout;
        // Progress per batch keeps the worker's heartbeat going through a long import.
        const auto progress = [&ctx](const ImportProgress &p) {
            if (ctx.progress)
                ctx.progress(p.totalBytes > 0 ? double(p.bytes) / double(p.totalBytes) : 0.0);
        };
        QList<ImportSummary> summaries;
        if (m_unit.source.type == SourceType::Folder) {
            if (!QFileInfo(m_unit.source.path).isDir()) {
                result.ok = false;
                result.error = Tr::tr("%1: the folder does not exist").arg(QDir::toNativeSeparators(m_unit.source.path));
                return result;
            }
            summaries = importer.importFolder(m_unit.source.path, m_unit.source.pattern, options, ctx.cancel, progress);
        } else {
            if (!QFileInfo::exists(m_unit.source.path)) {
                result.ok = false;
                result.error = Tr::tr("%1: the file does not exist").arg(QDir::toNativeSeparators(m_unit.source.path));
                return result;
            }
            // Its own path, not a name pattern: "export[1].xlsx" is a file name, not a glob.
            if (auto summary = importer.importFileIfNew(m_unit.source.path, options, ctx.cancel, progress))
                summaries.append(*summary);
        }
        for (const ImportSummary &s : summaries) {
            result.valuesStored += s.valuesStored;
            result.warnings += s.warnings;
            result.cancelled = result.cancelled || s.cancelled;
            if (!s.ok && !s.cancelled && result.ok) {
                result.ok = false;
                result.error = s.error;
            }
        }
        return result;
    }

private:
    UnitConfig m_unit;
};

} // namespace

bool storeOrDeliver(UnitStore &store, const FetchContext &ctx, std::vector<Sample> &batch, FetchResult &result)
{
    if (batch.empty())
        return true;
    if (ctx.deliver) {
        const auto count = qint64(batch.size());
        const bool ok = ctx.deliver(std::move(batch));
        batch.clear();
        result.valuesStored += count;
        result.valuesDelivered += count;
        if (!ok) {
            result.ok = false;
            result.error = store.errorString();
        }
        return ok;
    }
    const auto stats = store.writeSamples(batch);
    batch.clear();
    if (!stats) {
        result.ok = false;
        result.error = store.errorString();
        return false;
    }
    result.valuesStored += stats->changed;
    return true;
}

bool FetchContext::cancelled() const
{
    return (cancel && cancel->load()) || QThread::currentThread()->isInterruptionRequested();
}

std::unique_ptr<DataSource> createDataSource(const UnitConfig &unit)
{
    switch (unit.source.type) {
    case SourceType::Simulator: return std::make_unique<SimulatorSource>(unit);
    case SourceType::Xlsx:
    case SourceType::Csv:
    case SourceType::Folder: return std::make_unique<FileSource>(unit);
    case SourceType::PiWebApi: return std::make_unique<PiWebApiSource>(unit);
    case SourceType::Remote: return nullptr; // mirrored by RemoteUnitWorker, not fetched
    }
    return nullptr;
}

} // namespace tp
