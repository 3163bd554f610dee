#include "core/callbackscheme.h"

#include <QRegularExpression>

namespace {
const QString prefix = QStringLiteral("appwrite-callback-");
}

bool CallbackScheme::usable(const QString &projectId)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9+.-]+$"));
    return allowed.match(projectId).hasMatch();
}

QString CallbackScheme::name(const QString &projectId)
{
    return (prefix + projectId).toLower();
}

QUrl CallbackScheme::url(const QString &projectId, const QString &path)
{
    if (!usable(projectId))
        return QUrl();
    QUrl url;
    url.setScheme(name(projectId));
    url.setHost(QStringLiteral("localhost"));
    url.setPath(QLatin1Char('/') + path);
    return url;
}

QString CallbackScheme::projectOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!scheme.startsWith(prefix) || scheme.size() == prefix.size())
        return QString();
    return scheme.mid(prefix.size());
}

QString CallbackScheme::purposeOf(const QUrl &url)
{
    QString path = url.path();
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}
