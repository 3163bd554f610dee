#pragma once

#include <QByteArray>
#include <QString>

namespace Sandbox {

//! Secrets: generation, hashing at rest, and comparison that does not leak timing.
namespace Crypto {
//! \a length lower-case hex characters from the system CSPRNG (sessions use 256).
QString randomHex(int length);
//! \a count random decimal digits (OTP codes).
QString randomDigits(int count);
//! How secrets are stored: sha256, lower-case hex (as the real server does).
QString sha256Hex(const QString &secret);
//! Constant-time equality for secrets and hashes.
bool equals(const QByteArray &a, const QByteArray &b);
bool equals(const QString &a, const QString &b);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);
QByteArray base64Url(const QByteArray &data);
QByteArray fromBase64Url(const QByteArray &data, bool *ok = nullptr);
} // namespace Crypto

} // namespace Sandbox
