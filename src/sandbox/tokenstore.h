#pragma once

#include "sandbox/schema.h"

#include <QString>
#include <QVariantMap>

#include <optional>

namespace Sandbox {

class Database;
class RequestContext;

//! The tokens table: one-time secrets of sign-in links and codes, verification and recovery.
//! Only the SHA-256 of a secret is kept; a token is found by user, secret and (optionally) type,
//! and deleted when used.
class TokenStore
{
public:
    //! Lifetimes of the real server (Auth::TOKEN_EXPIRATION_*).
    static constexpr qint64 confirmSeconds = 3600; //!< magic URL, verification, recovery
    static constexpr qint64 otpSeconds = 900; //!< email and phone sign-in codes

    explicit TokenStore(Database &db)
        : m_db(db)
    { }

    //! Stores a token; \a client is the request it was made for (ip, user agent), if any.
    QVariantMap create(const QString &userId, Schema::TokenType type, const QString &secret,
                       qint64 lifetimeSeconds, const QString &phrase = QString(),
                       const RequestContext *client = nullptr);
    //! The unexpired token of \a userId whose secret is \a secret; any type when \a type is 0.
    std::optional<QVariantMap> find(const QString &userId, const QString &secret, int type = 0);
    void remove(const QString &tokenId);

private:
    Database &m_db;
};

} // namespace Sandbox
