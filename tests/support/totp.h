#pragma once

#include <QString>

//! The RFC 6238 code (SHA-1, 6 digits, 30 s) of a base32 \a secret at \a unixSeconds, as an
//! authenticator app computes it.
QString totpCode(const QString &secret, qint64 unixSeconds);
