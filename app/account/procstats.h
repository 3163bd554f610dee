#pragma once

// What the app's benchmark modes (--exit-after-first-frame, --benchmark-tour) and the benchmarks'
// own programs read about a process from /proc (Linux).
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <ctime>
#include <unistd.h>

namespace ProcStats {

//! Milliseconds since this process started: from the moment the benchmarks' launcher
//! (bench_exec_stamp) exec'd it, passed in BENCH_EXEC_NS (CLOCK_MONOTONIC); else by the kernel's
//! start time, which counts in 10 ms ticks; else since \a sinceMain. Loading the libraries counts.
inline double msSinceProcessStart(const QElapsedTimer &sinceMain)
{
    bool stamped = false;
    const qint64 execNs = qgetenv("BENCH_EXEC_NS").toLongLong(&stamped);
    if (stamped) {
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        return double(qint64(now.tv_sec) * 1000000000 + now.tv_nsec - execNs) / 1e6;
    }
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (stat.open(QIODevice::ReadOnly) && uptime.open(QIODevice::ReadOnly)) {
        // Field 22 counts clock ticks since boot; the command name (field 2) may hold spaces.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
        const long ticks = sysconf(_SC_CLK_TCK);
        if (fields.size() > 19 && ticks > 0 && upSeconds > 0)
            return (upSeconds - fields.at(19).toDouble() / double(ticks)) * 1000;
    }
    return double(sinceMain.elapsed());
}

//! A "VmHWM:"-style line of /proc/<process>/status in KiB (peak RSS: VmHWM; current: VmRSS).
inline qint64 statusKb(const QByteArray &field, const QByteArray &process = "self")
{
    QFile status(QString::fromLatin1("/proc/" + process + "/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace ProcStats
