#include "sandbox/totp.h"

#include "sandbox/base32.h"
#include "sandbox/crypto.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>
#include <QtEndian>

namespace Sandbox {

QString Totp::generateSecret()
{
    QByteArray bytes(secretBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          secretBytes / int(sizeof(quint32)));
    return Base32::encode(bytes);
}

QString Totp::code(const QByteArray &key, qint64 unixSeconds)
{
    const quint64 counter = quint64(unixSeconds < 0 ? 0 : unixSeconds) / periodSeconds;
    QByteArray message(8, Qt::Uninitialized);
    qToBigEndian(counter, message.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
    // RFC 4226 dynamic truncation.
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24)
            | (quint32(quint8(mac.at(offset + 1))) << 16)
            | (quint32(quint8(mac.at(offset + 2))) << 8) | quint32(quint8(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, digits, 10, QLatin1Char('0'));
}

QString Totp::codeForSecret(const QString &base32Secret, qint64 unixSeconds)
{
    const auto key = Base32::decode(base32Secret);
    if (!key || key->isEmpty())
        return {};
    return code(*key, unixSeconds);
}

bool Totp::verify(const QString &base32Secret, const QString &otp, qint64 unixSeconds, int window)
{
    const auto key = Base32::decode(base32Secret);
    if (!key || key->isEmpty() || otp.size() != digits)
        return false;
    bool matched = false;
    // Every step is compared, so the time taken does not tell which step matched.
    for (int step = -window; step <= window; ++step) {
        const QString expected = code(*key, unixSeconds + qint64(step) * periodSeconds);
        matched |= Crypto::equals(expected, otp);
    }
    return matched;
}

QString Totp::uri(const QString &issuer, const QString &account, const QString &base32Secret)
{
    // The label is raw-url-encoded as a whole; the query is form-encoded with %20 for spaces.
    const QByteArray label = QUrl::toPercentEncoding(issuer + QLatin1Char(':') + account);
    const QByteArray issuerParam = QUrl::toPercentEncoding(issuer, {}, "~");
    return QStringLiteral("otpauth://totp/%1?issuer=%2&secret=%3")
            .arg(QString::fromLatin1(label), QString::fromLatin1(issuerParam),
                 QString::fromLatin1(QUrl::toPercentEncoding(base32Secret)));
}

} // namespace Sandbox
