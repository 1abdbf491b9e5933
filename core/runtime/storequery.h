#pragma once

#include "storage/unitstore.h"

#include <QFileInfo>
#include <QPointF>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace tp {

/**
 * Runs @p fn(UnitStore &) against a unit's store on the calling thread, with a connection of
 * its own that is opened and closed here: views (the GUI from pool threads, the HTTP server)
 * read a unit's store without sharing its worker's connection. Returns nullopt (and the reason
 * in @p error) when the store does not exist yet or cannot be opened; it never creates one.
 */
template<typename F>
auto withUnitStore(const QString &dataDir, const QString &unitId, F &&fn, QString *error = nullptr)
    -> std::optional<decltype(fn(std::declval<UnitStore &>()))>
{
    const QString path = UnitStore::unitFilePath(dataDir, unitId);
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = UnitStore::tr("%1: no data stored yet").arg(unitId);
        return std::nullopt;
    }
    UnitStore store(unitId);
    StoreOptions options;
    options.checkpointOnClose = false;
    if (!store.open(path, options)) {
        if (error)
            *error = store.errorString();
        return std::nullopt;
    }
    return fn(store);
}

/** A decimated series as lines: contiguous runs of buckets, broken where data is missing. */
struct PlotSeries {
    QString tag;
    qint64 tagId = 0;
    ReadSource source = ReadSource::Raw;
    std::vector<std::vector<QPointF>> segments; ///< x: ms since the epoch; min and max per bucket
    std::vector<std::pair<qint64, qint64>> bad; ///< stretches with only bad-quality samples
    qint64 points() const;
};

/**
 * Lines from a decimated read: each bucket contributes its min and max (in time order within
 * the bucket, as far as the bucket knows), so at most two points per pixel column. A gap longer
 * than @p gapMs (and any bucket with only bad samples) breaks the line: gaps are never bridged.
 */
PlotSeries plotSeries(const DecimatedSeries &series, qint64 gapMs);

} // namespace tp
