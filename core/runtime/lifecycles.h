#pragma once

#include "analysis/rullearner.h"

#include <QList>

#include <functional>
#include <optional>

namespace tp {

class UnitStore;

/** A unit's current life as cycles of running time: the input of a RulLearner (rul.learned). */
struct LifeCycles {
    Trajectory trajectory; ///< per cycle the tags' running means (3 settings, all 0)
    qint64 runningMs = 0;  ///< running time in the cycles
    qint64 calendarMs = 0; ///< from the start of the life to now
    /** The share of calendar time the unit ran: converts cycles of running time to days. */
    double availability() const { return calendarMs > 0 ? double(runningMs) / double(calendarMs) : 0.0; }
};

/**
 * Reads the tags' decimated history over [from, now) (buckets of about a 24th of a cycle),
 * keeps the buckets in which `running` holds at both ends, and closes a cycle each time they
 * add up to `cycleMs`; a cycle row holds each tag's mean over its running buckets (a tag
 * without data in a cycle keeps its previous value; cycles before every tag has had a value
 * are left out). The unfinished last cycle is not a row. Runs in the caller's thread (the
 * store's). Empty on a read error (the store's errorString() says why) and when the life is
 * too long for buckets of at most half a cycle (20,000 buckets).
 */
std::optional<LifeCycles> readLifeCycles(UnitStore &store, const QList<qint64> &tagIds, qint64 from, qint64 now,
                                         qint64 cycleMs, const std::function<bool(qint64)> &running);

} // namespace tp
