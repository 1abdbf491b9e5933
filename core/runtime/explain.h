#pragma once

#include "config/fleetconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace tp {

class UnitStore;

/** Why the unit looked as it did at one time: the multivariate index and its top tags. */
struct Explanation {
    bool ok = false;
    QString message;         ///< when not ok, or a remark (stopped, not yet scored), translated
    qint64 frameTs = 0;      ///< the frame explained: the last at or before the asked time
    bool running = true;
    bool scored = false;     ///< the detector had its lags and window filled
    double anomaly = 0;      ///< 1 is the detector's limit
    double t2 = 0, spe = 0;  ///< Hotelling T^2 and SPE (Q) of the frame
    double t2Limit = 0, speLimit = 0; ///< the model's limits (F and Jackson-Mudholkar, or empirical)
    QList<std::pair<QString, double>> contributors; ///< tag, share 0..1, largest first
    QString model;           ///< the stored model's description
};

/**
 * Explains the unit's state at @p ts from its store: the stored analysis model re-scores the
 * frames before @p ts, assembled exactly as the live analysis assembles them, and reports the
 * @p count tags that contribute most. Reads only; runs on any thread with a store opened on
 * that thread (the GUI calls it from a pool thread, never its own).
 */
Explanation explainAt(UnitStore &store, const UnitConfig &unit, qint64 ts, int count = 5);

} // namespace tp
