#include "sandbox/base32.h"

namespace Sandbox {

namespace {

constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(QChar c)
{
    const char16_t u = c.toUpper().unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'2' && u <= u'7')
        return u - u'2' + 26;
    return -1;
}

} // namespace

QString Base32::encode(const QByteArray &data)
{
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += QLatin1Char(alphabet[(buffer >> bits) & 0x1f]);
        }
    }
    if (bits > 0)
        out += QLatin1Char(alphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

std::optional<QByteArray> Base32::decode(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('=') || c.isSpace())
            continue;
        const int value = valueOf(c);
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out += char((buffer >> bits) & 0xff);
        }
    }
    return out;
}

} // namespace Sandbox
