#pragma once
// What the benchmarks read of their own process from /proc (Linux only, like the benchmarks).

#include <QByteArray>
#include <QFile>

namespace slaops::bench {

// Resident set size in KiB, or -1 when /proc cannot be read.
inline long rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace slaops::bench
