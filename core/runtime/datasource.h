#pragma once

#include "config/fleetconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace tp {

class UnitStore;
struct Sample;

/** What a source's fetch may use: the fleet clock's now, cancellation and a progress report. */
struct FetchContext {
    qint64 now = 0;                        ///< UTC ms on the fleet clock
    const std::atomic_bool *cancel = nullptr;
    /** Called now and then during a long fetch (0..1); also proves the worker is alive. */
    std::function<void(double fraction)> progress;
    /**
     * When set, a source that produces samples in memory (the simulator, a remote site) hands
     * them here instead of writing them itself: the worker analyses them at once and commits
     * them in batches (every RuntimeOptions::commitInterval or 50,000 rows). Returns false
     * when a commit failed (the store's error). A source that writes the store directly (an
     * import) ignores it.
     */
    std::function<bool(std::vector<Sample> &&samples)> deliver;

    bool cancelled() const;
};

struct FetchResult {
    bool ok = true;
    bool cancelled = false;
    bool unreachable = false; ///< the source's server could not be reached (the unit is Offline)
    QString error;        ///< translated, naming file, sheet, row and column where it can
    qint64 valuesStored = 0;   ///< new or changed samples, written or delivered
    qint64 valuesDelivered = 0; ///< of those, handed to FetchContext::deliver
    QStringList warnings;
};

/**
 * Where a unit's new data comes from. fetch() runs in the unit's worker thread, writes what
 * it gets into the unit's store, and must poll ctx.cancelled() in long loops (cooperative
 * cancellation: no thread is ever killed). Throwing is tolerated (the worker reports it as an
 * error) but not expected.
 */
class DataSource
{
public:
    virtual ~DataSource() = default;
    virtual FetchResult fetch(UnitStore &store, const FetchContext &ctx) = 0;
};

/** What a source does with a batch it made: hands it to ctx.deliver when set, else writes it
 *  into the store; counted in @p result. False, with the store's error in @p result, when that
 *  failed. @p batch is empty afterwards. */
bool storeOrDeliver(UnitStore &store, const FetchContext &ctx, std::vector<Sample> &batch, FetchResult &result);

using DataSourceFactory = std::function<std::unique_ptr<DataSource>(const UnitConfig &unit)>;

/** The source a unit's configuration names: simulator, xlsx, csv or folder (a remote unit is
 *  mirrored by RemoteUnitWorker instead: nullptr). */
std::unique_ptr<DataSource> createDataSource(const UnitConfig &unit);

} // namespace tp
