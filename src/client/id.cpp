#include "client/id.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Appwrite {

QString ID::unique(int padding)
{
    // Same layout as the SDKs: seconds in 8 hex digits, microseconds in 5, then random hex.
    const qint64 usecs =
            QDateTime::currentMSecsSinceEpoch() * 1000 + QRandomGenerator::global()->bounded(1000);
    QString id = QStringLiteral("%1%2")
                         .arg(usecs / 1000000, 8, 16, QLatin1Char('0'))
                         .arg(usecs % 1000000, 5, 16, QLatin1Char('0'));
    for (int i = 0; i < padding; ++i)
        id += QString::number(QRandomGenerator::global()->bounded(16), 16);
    return id;
}

bool ID::isValidCustom(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9._-]{0,35}$"));
    return pattern.match(id).hasMatch();
}

} // namespace Appwrite
