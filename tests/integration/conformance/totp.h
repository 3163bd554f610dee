#pragma once

#include <QString>

namespace Conformance {

//! The RFC 6238 code (SHA-1, 6 digits, 30 s) of a base32 \a secret at \a unixSeconds.
QString totpCode(const QString &secret, qint64 unixSeconds);

} // namespace Conformance
