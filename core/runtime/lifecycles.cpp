#include "lifecycles.h"

#include "storage/unitstore.h"

#include <cmath>
#include <limits>
#include <map>
#include <vector>

namespace tp {

std::optional<LifeCycles> readLifeCycles(UnitStore &store, const QList<qint64> &tagIds, qint64 from, qint64 now,
                                         qint64 cycleMs, const std::function<bool(qint64)> &running)
{
    LifeCycles life;
    life.calendarMs = std::max<qint64>(0, now - from);
    const qsizetype tags = tagIds.size();
    if (tags == 0 || cycleMs <= 0 || now <= from) {
        life.trajectory.settings.resize(0, 3);
        life.trajectory.sensors.resize(0, tags);
        return life;
    }
    // Buckets of a 24th of a cycle; a life too long for 20,000 of them at least half a cycle.
    const qint64 span = now - from;
    const int width = int(std::clamp<qint64>(span / std::max<qint64>(1, cycleMs / 24), 1, 20'000));
    if ((span + width - 1) / width > cycleMs / 2)
        return std::nullopt;
    // Bucket start -> (end, each tag's mean or NaN).
    std::map<qint64, std::pair<qint64, std::vector<double>>> buckets;
    for (qsizetype k = 0; k < tags; ++k) {
        const auto series = store.readDecimated(tagIds[k], from, now, width);
        if (!series)
            return std::nullopt;
        for (const DecimatedBucket &b : series->buckets) {
            auto &slot = buckets[b.start];
            if (slot.second.empty())
                slot = {b.end, std::vector<double>(size_t(tags), std::numeric_limits<double>::quiet_NaN())};
            if (b.count > 0)
                slot.second[size_t(k)] = b.mean;
        }
    }
    std::vector<std::vector<double>> rows;
    std::vector<double> sum(size_t(tags), 0.0), last(size_t(tags), std::numeric_limits<double>::quiet_NaN());
    std::vector<int> count(size_t(tags), 0);
    qint64 inCycle = 0;
    for (const auto &[start, slot] : buckets) {
        const qint64 end = slot.first;
        if (!running(start) || !running(std::max(start, end - 1)))
            continue;
        inCycle += end - start;
        for (size_t k = 0; k < size_t(tags); ++k) {
            if (std::isfinite(slot.second[k])) {
                sum[k] += slot.second[k];
                ++count[k];
            }
        }
        if (inCycle < cycleMs)
            continue;
        life.runningMs += cycleMs;
        inCycle -= cycleMs; // the overshoot counts toward the next cycle
        bool complete = true;
        for (size_t k = 0; k < size_t(tags); ++k) {
            if (count[k] > 0)
                last[k] = sum[k] / count[k];
            complete = complete && std::isfinite(last[k]);
            sum[k] = 0;
            count[k] = 0;
        }
        if (complete)
            rows.push_back(last);
    }
    life.runningMs += inCycle;
    life.trajectory.settings = Eigen::MatrixXd::Zero(Eigen::Index(rows.size()), 3);
    life.trajectory.sensors.resize(Eigen::Index(rows.size()), Eigen::Index(tags));
    for (size_t r = 0; r < rows.size(); ++r)
        for (size_t k = 0; k < size_t(tags); ++k)
            life.trajectory.sensors(Eigen::Index(r), Eigen::Index(k)) = rows[r][k];
    return life;
}

} // namespace tp
