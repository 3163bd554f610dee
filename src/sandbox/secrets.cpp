#include "sandbox/secrets.h"

#include "sandbox/crypto.h"

namespace Sandbox {

QString Secrets::recoverySecret()
{
    return Crypto::randomHex(recoveryLength);
}

QString Secrets::verificationSecret()
{
    return Crypto::randomHex(verificationLength);
}

QString Secrets::magicUrlSecret()
{
    return Crypto::randomHex(magicUrlLength);
}

QString Secrets::oauthTokenSecret()
{
    return Crypto::randomHex(oauthTokenLength);
}

QString Secrets::otp()
{
    return Crypto::randomDigits(otpDigits);
}

QStringList Secrets::recoveryCodes()
{
    QStringList codes;
    for (int i = 0; i < recoveryCodeCount; ++i)
        codes << Crypto::randomHex(recoveryCodeLength);
    return codes;
}

} // namespace Sandbox
