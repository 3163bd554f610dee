#pragma once

// What the benchmarks read about their own process from /proc (Linux).
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <unistd.h>

namespace ProcStats {

//! Milliseconds since the process started by the kernel's clock (library loading counts too), as
//! appwrite-account --exit-after-first-frame measures it; \a sinceMain where /proc is missing.
inline qint64 msSinceProcessStart(const QElapsedTimer &sinceMain)
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (stat.open(QIODevice::ReadOnly) && uptime.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
        const long ticks = sysconf(_SC_CLK_TCK);
        if (fields.size() > 19 && ticks > 0 && upSeconds > 0)
            return qint64((upSeconds - fields.at(19).toDouble() / double(ticks)) * 1000);
    }
    return sinceMain.elapsed();
}

//! A "VmHWM:"-style line of /proc/self/status in KiB (peak RSS: VmHWM; current: VmRSS).
inline qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace ProcStats
