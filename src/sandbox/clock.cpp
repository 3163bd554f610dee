#include "sandbox/clock.h"

#include <QDateTime>

#include <chrono>
#include <cstdio>

namespace Sandbox::Clock {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

namespace {

// "yyyy-MM-dd<sep>HH:mm:ss.zzz<suffix>" in UTC. By hand: every model carries several dates,
// and QDateTime::toString with a format is the dearest part of writing one.
QString format(qint64 ms, char separator, const char *suffix)
{
    if (ms == 0)
        return QString();
    using namespace std::chrono;
    const sys_time<milliseconds> time{milliseconds{ms}};
    const sys_days day = floor<days>(time);
    const year_month_day date{day};
    const hh_mm_ss clock{time - day};
    char text[48];
    const int length =
            std::snprintf(text, sizeof text, "%04d-%02u-%02u%c%02d:%02d:%02d.%03d%s",
                          int(date.year()), unsigned(date.month()), unsigned(date.day()), separator,
                          int(clock.hours().count()), int(clock.minutes().count()),
                          int(clock.seconds().count()), int(clock.subseconds().count()), suffix);
    return QString::fromLatin1(text, length);
}

} // namespace

QString iso(qint64 ms)
{
    return format(ms, 'T', "+00:00");
}

QString db(qint64 ms)
{
    return format(ms, ' ', "");
}

} // namespace Sandbox::Clock
