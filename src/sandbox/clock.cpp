#include "sandbox/clock.h"

#include <QDateTime>

namespace Sandbox::Clock {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString iso(qint64 ms)
{
    if (ms == 0)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                   .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
            + QStringLiteral("+00:00");
}

QString db(qint64 ms)
{
    if (ms == 0)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

} // namespace Sandbox::Clock
