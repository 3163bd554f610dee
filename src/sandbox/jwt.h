#pragma once

#include <QByteArray>
#include <QString>

namespace Sandbox {

//! HS256 JWTs for X-Appwrite-JWT: payload {userId, sessionId, exp}, valid 900 s, 10 s leeway.
class Jwt
{
public:
    void setKey(const QByteArray &key) { m_key = key; }
    QString issue(const QString &userId, const QString &sessionId) const;
    struct Claims
    {
        QString userId;
        QString sessionId;
    };
    //! Throws ApiError(UserJwtInvalid) with the real server's "Failed to verify JWT. ..." text.
    Claims verify(const QString &token) const;

private:
    QByteArray m_key;
};

} // namespace Sandbox
