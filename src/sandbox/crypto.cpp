#include "sandbox/crypto.h"

#include <QList>

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace Sandbox::Crypto {

QString randomHex(int length)
{
    QList<quint32> words((length + 7) / 8);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray bytes(reinterpret_cast<const char *>(words.constData()),
                     words.size() * qsizetype(sizeof(quint32)));
    return QString::fromLatin1(bytes.toHex().left(length));
}

QString randomDigits(int count)
{
    QString digits;
    digits.reserve(count);
    for (int i = 0; i < count; ++i)
        digits += QChar(u'0' + QRandomGenerator::system()->bounded(10));
    return digits;
}

QString sha256Hex(const QString &secret)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool equals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool equals(const QString &a, const QString &b)
{
    return equals(a.toUtf8(), b.toUtf8());
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromBase64Url(const QByteArray &data, bool *ok)
{
    auto result = QByteArray::fromBase64Encoding(
            data, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (ok)
        *ok = bool(result);
    return result.decoded;
}

} // namespace Sandbox::Crypto
