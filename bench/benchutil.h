#pragma once
// Shared by the benchmarks: CPU time, percentiles, event-loop lateness, waiting on the loop.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <functional>
#include <vector>

namespace tp::bench {

inline double cpuSeconds(bool systemOnly = false)
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    const double sys = double(u.ru_stime.tv_sec) + double(u.ru_stime.tv_usec) / 1e6;
    return systemOnly ? sys : sys + double(u.ru_utime.tv_sec) + double(u.ru_utime.tv_usec) / 1e6;
}

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<size_t>(p * double(v.size() - 1))];
}

// Lateness of a 10 ms timer in the main thread, while it runs.
class LatencyProbe : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double ms = m_clock.nsecsElapsed() / 1e6;
            m_late.push_back(std::max(0.0, ms - 10.0));
            m_clock.restart();
        });
    }
    void start()
    {
        m_late.clear();
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    const std::vector<double> &lateness() const { return m_late; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::vector<double> m_late;
};

// Runs the event loop (idle, not spinning) until done() or the timeout.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QElapsedTimer t;
    t.start();
    bool ok = done();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        ok = done();
        if (ok || t.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(50);
    if (!ok)
        loop.exec();
    return ok;
}

/** Resident memory of this process in MB (VmRSS), 0 where unknown. */
inline double residentMb()
{
    FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return 0;
    char line[256];
    double kb = 0;
    while (std::fgets(line, sizeof line, f))
        if (std::sscanf(line, "VmRSS: %lf kB", &kb) == 1)
            break;
    std::fclose(f);
    return kb / 1024.0;
}

} // namespace tp::bench
