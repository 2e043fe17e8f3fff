#pragma once

// The event-loop probe shared by the GUI benchmarks: how late a 10 ms timer fires is how long the GUI
// thread was blocked, and the thread's own CPU time tells our code from the machine's scheduler.
#include <QFile>
#include <algorithm>
#include <array>
#include <ctime>

namespace slaops::bench {

// CPU time of the calling thread: a late tick with little CPU spent on the GUI thread was the machine's
// scheduler, not our code, blocking the event loop.
inline qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

inline QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
}

// Lateness of the probe's ticks in whole milliseconds, as a fixed histogram: the probe itself must not
// grow over an hour (360,000 ticks).
class LatencyHistogram {
public:
    void add(qint64 ms)
    {
        m_max = std::max(m_max, ms);
        ++m_counts[std::size_t(std::clamp<qint64>(ms, 0, qint64(m_counts.size() - 1)))];
        ++m_total;
    }
    qint64 percentile(double q) const
    {
        const qint64 rank = qint64(q * double(m_total - 1));
        qint64 seen = 0;
        for (std::size_t i = 0; i < m_counts.size(); ++i) {
            seen += m_counts[i];
            if (seen > rank)
                return qint64(i);
        }
        return qint64(m_counts.size() - 1);
    }
    qint64 max() const { return m_max; }
    qint64 total() const { return m_total; }
    qint64 over(qint64 ms) const
    {
        qint64 n = 0;
        for (std::size_t i = std::size_t(ms) + 1; i < m_counts.size(); ++i)
            n += m_counts[i];
        return n;
    }

private:
    std::array<qint64, 10001> m_counts{};
    qint64 m_total = 0;
    qint64 m_max = 0;
};
} // namespace slaops::bench
