#include "core/appinfo.h"

#include <QCoreApplication>

AppInfo *AppInfo::instance()
{
    static AppInfo *info = new AppInfo(QCoreApplication::instance());
    return info;
}

AppInfo *AppInfo::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

QString AppInfo::version() const
{
    return QStringLiteral(APPWRITE_APP_VERSION);
}

void AppInfo::setSandboxEndpoint(const QUrl &endpoint)
{
    if (endpoint == m_sandboxEndpoint)
        return;
    m_sandboxEndpoint = endpoint;
    Q_EMIT sandboxEndpointChanged();
}
