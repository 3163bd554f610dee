#include "sandbox/jwt.h"

#include "sandbox/apierror.h"
#include "sandbox/clock.h"
#include "sandbox/crypto.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Sandbox {

namespace {
constexpr qint64 lifetimeSeconds = 900;
constexpr qint64 leewaySeconds = 10;

[[noreturn]] void reject(const QString &reason)
{
    throw ApiError(ApiError::UserJwtInvalid, QStringLiteral("Failed to verify JWT. ") + reason);
}
} // namespace

QString Jwt::issue(const QString &userId, const QString &sessionId) const
{
    const QByteArray header = Crypto::base64Url(R"({"typ":"JWT","alg":"HS256"})");
    const QJsonObject claims{{QStringLiteral("userId"), userId},
                             {QStringLiteral("sessionId"), sessionId},
                             {QStringLiteral("exp"), Clock::nowMs() / 1000 + lifetimeSeconds}};
    const QByteArray payload =
            Crypto::base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signingInput = header + '.' + payload;
    return QString::fromLatin1(signingInput + '.'
                               + Crypto::base64Url(Crypto::hmacSha256(m_key, signingInput)));
}

Jwt::Claims Jwt::verify(const QString &token) const
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        reject(QStringLiteral("Invalid token"));
    bool ok = false;
    const QJsonDocument header = QJsonDocument::fromJson(Crypto::fromBase64Url(parts[0], &ok));
    const QJsonDocument payload = QJsonDocument::fromJson(Crypto::fromBase64Url(parts[1]));
    if (!ok || !header.isObject() || !payload.isObject())
        reject(QStringLiteral("JSON failed: Malformed UTF-8 characters, possibly incorrectly "
                              "encoded"));
    if (header.object().value(QStringLiteral("alg")).toString() != QStringLiteral("HS256"))
        reject(QStringLiteral("Unsupported token algorithm"));
    const QByteArray expected =
            Crypto::base64Url(Crypto::hmacSha256(m_key, parts[0] + '.' + parts[1]));
    if (!Crypto::equals(expected, parts[2]))
        reject(QStringLiteral("Invalid token: Signature failed"));
    const QJsonObject claims = payload.object();
    if (claims.value(QStringLiteral("exp")).toInteger() + leewaySeconds < Clock::nowMs() / 1000)
        reject(QStringLiteral("Expired token"));
    return {claims.value(QStringLiteral("userId")).toString(),
            claims.value(QStringLiteral("sessionId")).toString()};
}

} // namespace Sandbox
