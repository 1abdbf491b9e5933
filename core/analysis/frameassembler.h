#pragma once

#include "storage/sample.h"

#include <Eigen/Core>
#include <QHash>

#include <span>
#include <vector>

namespace tp {

/**
 * Turns samples of several tags, sorted by time, into frames: at every time at which a model
 * tag has a new good value, the vector of every model tag's value held from its last sample,
 * NaN where that sample is older than `holdMs`. The live analysis and every later explanation
 * (contributions at a chosen time) assemble frames the same way, so they agree.
 */
class FrameAssembler
{
public:
    FrameAssembler() = default;
    /** @p columns: tag id -> column. */
    FrameAssembler(QHash<qint64, int> columns, qint64 holdMs);

    /**
     * Feeds @p samples (sorted by time) and calls @p onFrame(ts, x) for each frame after
     * `after`. A row older than the value held for its tag is ignored (an old row delivered
     * again does not replace a newer one).
     */
    template<typename F>
    void feed(std::span<const Sample> samples, qint64 after, F &&onFrame)
    {
        for (size_t i = 0; i < samples.size();) {
            const qint64 ts = samples[i].ts;
            bool touched = false;
            for (; i < samples.size() && samples[i].ts == ts; ++i)
                touched = take(samples[i]) || touched;
            if (!touched || ts <= after)
                continue;
            assemble(ts);
            onFrame(ts, static_cast<const Eigen::VectorXd &>(m_frame));
        }
    }

    bool empty() const { return m_columns.isEmpty(); }
    const QHash<qint64, int> &columns() const { return m_columns; }

private:
    bool take(const Sample &s);
    void assemble(qint64 ts);

    QHash<qint64, int> m_columns;
    qint64 m_holdMs = 0;
    Eigen::VectorXd m_values; ///< held value of each column
    std::vector<qint64> m_times;
    Eigen::VectorXd m_frame;
};

} // namespace tp
