#pragma once

#include <QDateTime>

#include <chrono>

namespace tp {

/**
 * The fleet's notion of now, in UTC milliseconds: the wall clock, or an accelerated clock for
 * the simulator (`--sim-speed 60`: one real minute is a simulated hour), starting at the wall
 * time the fleet started. Immutable after construction: safe from any thread.
 */
class FleetClock
{
public:
    explicit FleetClock(double speed = 1.0, qint64 originUtcMs = QDateTime::currentMSecsSinceEpoch())
        : m_speed(speed > 0 ? speed : 1.0), m_origin(originUtcMs), m_started(std::chrono::steady_clock::now())
    {
    }

    qint64 now() const
    {
        if (m_speed == 1.0)
            return QDateTime::currentMSecsSinceEpoch();
        const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_started);
        return m_origin + static_cast<qint64>(elapsed.count() * m_speed);
    }
    double speed() const { return m_speed; }

private:
    double m_speed;
    qint64 m_origin;
    std::chrono::steady_clock::time_point m_started;
};

} // namespace tp
