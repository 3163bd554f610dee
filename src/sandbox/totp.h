#pragma once

#include <QByteArray>
#include <QString>

namespace Sandbox {

//! Time-based one-time passwords (RFC 6238) as authenticator apps and Appwrite use them:
//! HMAC-SHA1, 6 digits, 30-second steps from the Unix epoch.
class Totp
{
public:
    static constexpr int digits = 6;
    static constexpr int periodSeconds = 30;
    //! Appwrite's secrets are 64 random bytes, i.e. 103 Base32 characters.
    static constexpr int secretBytes = 64;
    //! Steps accepted on either side of the current one. The real 1.5.11 server accepts only the
    //! current step; one step of tolerance keeps people with a slightly wrong clock signed in.
    static constexpr int defaultWindow = 1;

    static QString generateSecret();
    //! The code for \a key (raw bytes) at \a unixSeconds.
    static QString code(const QByteArray &key, qint64 unixSeconds);
    //! The code for a Base32 secret; empty when the secret is not Base32.
    static QString codeForSecret(const QString &base32Secret, qint64 unixSeconds);
    static bool verify(const QString &base32Secret, const QString &otp, qint64 unixSeconds,
                       int window = defaultWindow);
    //! otpauth://totp/<issuer>%3A<account>?issuer=<issuer>&secret=<secret>, as the server builds it.
    static QString uri(const QString &issuer, const QString &account, const QString &base32Secret);
};

} // namespace Sandbox
