#pragma once

#include <QString>
#include <QStringList>

namespace Sandbox {

//! The secrets each flow hands out, in the real server's formats (built on Crypto).
class Secrets
{
public:
    //! Hex lengths by purpose (Appwrite 1.5.11 Auth constants).
    static constexpr int recoveryLength = 256;
    static constexpr int verificationLength = 256;
    static constexpr int challengeTokenLength = 256;
    static constexpr int magicUrlLength = 64;
    static constexpr int oauthTokenLength = 64;
    static constexpr int otpDigits = 6;
    static constexpr int recoveryCodeLength = 10;
    static constexpr int recoveryCodeCount = 6;

    static QString recoverySecret();
    static QString verificationSecret();
    static QString magicUrlSecret();
    static QString oauthTokenSecret();
    //! Email and SMS one-time codes: 6 digits, leading zeros kept.
    static QString otp();
    //! 6 codes of 10 lower-case hex characters, each usable once.
    static QStringList recoveryCodes();
};

} // namespace Sandbox
