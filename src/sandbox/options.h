#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace Sandbox {

//! Everything the command line can set.
struct Options
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;
    QString dataDir; //!< ignored with inMemory
    bool inMemory = false;
    QString projectId = QStringLiteral("sandbox");
    QString projectName = QStringLiteral("Sandbox"); //!< as the recorded real project is named
    QStringList platforms;
    bool rateLimits = true;
    int sessionLimit = 10;
    qint64 sessionLengthSeconds = 365LL * 24 * 3600;
    //! OAuth2 providers the project has enabled; empty means every provider of the spec.
    QStringList oauthProviders;
};

} // namespace Sandbox
