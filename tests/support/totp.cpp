#include "totp.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace {

QByteArray base32Decode(const QString &text)
{
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar character : text) {
        const char16_t c = character.toUpper().unicode();
        int value = -1;
        if (c >= u'A' && c <= u'Z')
            value = c - u'A';
        else if (c >= u'2' && c <= u'7')
            value = c - u'2' + 26;
        if (value < 0)
            continue;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(char((buffer >> bits) & 0xff));
        }
    }
    return bytes;
}

} // namespace

QString totpCode(const QString &secret, qint64 unixSeconds)
{
    const quint64 counter = quint64(unixSeconds / 30);
    char message[8];
    qToBigEndian(counter, message);
    const QByteArray hash = QMessageAuthenticationCode::hash(
            QByteArray(message, sizeof message), base32Decode(secret), QCryptographicHash::Sha1);
    const int offset = hash.at(hash.size() - 1) & 0x0f;
    const quint32 binary = qFromBigEndian<quint32>(hash.constData() + offset) & 0x7fffffff;
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}
