#include "analysis/frameassembler.h"

#include <cmath>
#include <limits>

namespace tp {

FrameAssembler::FrameAssembler(QHash<qint64, int> columns, qint64 holdMs)
    : m_columns(std::move(columns))
    , m_holdMs(holdMs)
    , m_values(Eigen::VectorXd::Constant(m_columns.size(), std::numeric_limits<double>::quiet_NaN()))
    , m_times(size_t(m_columns.size()), 0)
    , m_frame(m_columns.size())
{
}

bool FrameAssembler::take(const Sample &s)
{
    const auto it = m_columns.constFind(s.tagId);
    if (it == m_columns.cend() || s.quality != GoodQuality || !std::isfinite(s.value))
        return false;
    if (s.ts < m_times[size_t(*it)])
        return false;
    m_values[*it] = s.value;
    m_times[size_t(*it)] = s.ts;
    return true;
}

void FrameAssembler::assemble(qint64 ts)
{
    for (Eigen::Index c = 0; c < m_frame.size(); ++c) {
        const qint64 at = m_times[size_t(c)];
        m_frame[c] = at > 0 && ts - at <= m_holdMs ? m_values[c] : std::numeric_limits<double>::quiet_NaN();
    }
}

} // namespace tp
