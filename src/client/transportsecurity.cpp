#include "client/transportsecurity.h"

#include <QHostAddress>
#include <QSslError>

namespace Appwrite::TransportSecurity {

bool isInsecureRemote(const QUrl &endpoint)
{
    if (endpoint.scheme() != QLatin1String("http"))
        return false;
    const QString host = endpoint.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return false;
    return !QHostAddress(host).isLoopback();
}

bool onlyUntrustedIssuer(const QList<QSslError> &errors)
{
#if QT_CONFIG(ssl)
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            break;
        default:
            return false;
        }
    }
    return true;
#else
    Q_UNUSED(errors);
    return false;
#endif
}

} // namespace Appwrite::TransportSecurity
