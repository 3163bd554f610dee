#pragma once

#include <QList>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QSslError;
QT_END_NAMESPACE

namespace Appwrite::TransportSecurity {

//! Whether \a endpoint is plain http:// to somewhere other than this computer (loopback
//! addresses, "localhost" and *.localhost are this computer).
bool isInsecureRemote(const QUrl &endpoint);

//! Whether \a errors only say that the certificate's chain of trust is missing: what accepting a
//! self-signed certificate forgives. Another host's certificate, an expired, revoked or
//! malformed one stays an error.
bool onlyUntrustedIssuer(const QList<QSslError> &errors);

} // namespace Appwrite::TransportSecurity
