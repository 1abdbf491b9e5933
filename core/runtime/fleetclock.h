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
    explicit FleetClock(double speed = 1.0)
        : m_speed(speed > 0 ? speed : 1.0), m_origin(QDateTime::currentMSecsSinceEpoch()), m_started(std::chrono::steady_clock::now())
        , m_wall(m_speed == 1.0)
    {
    }
    /** A clock that starts at a given time (tests, replays of a known period). */
    FleetClock(double speed, qint64 originUtcMs)
        : m_speed(speed > 0 ? speed : 1.0), m_origin(originUtcMs), m_started(std::chrono::steady_clock::now())
    {
    }

    qint64 now() const
    {
        if (m_wall)
            return QDateTime::currentMSecsSinceEpoch();
        const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_started);
        return m_origin + static_cast<qint64>(elapsed.count() * m_speed);
    }
    double speed() const { return m_speed; }

private:
    double m_speed;
    qint64 m_origin;
    std::chrono::steady_clock::time_point m_started;
    bool m_wall = false;
};

} // namespace tp
