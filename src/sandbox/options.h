#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sandbox {

//! Faults the server injects into Appwrite API answers, for testing clients (not /v1/sandbox/*).
struct FaultOptions
{
    int latencyMs = 0; //!< every answer waits this long (the server keeps serving others)
    double failRate = 0; //!< share answered 500 general_unknown without running the route
    double dropRate = 0; //!< share whose connection is closed without an answer
    double malformedRate = 0; //!< share whose body is replaced by JSON that does not parse
    double truncateRate = 0; //!< share cut off halfway through the announced body
    std::optional<quint32> seed; //!< fixes the sequence of faults (otherwise random)

    double totalRate() const { return failRate + dropRate + malformedRate + truncateRate; }
};

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
    FaultOptions faults;
    //! PEM files: serve https with this certificate and private key (both or neither).
    QString tlsCertificate;
    QString tlsKey;
};

} // namespace Sandbox
