#include "sandbox/tokenstore.h"

#include "sandbox/clock.h"
#include "sandbox/crypto.h"
#include "sandbox/database.h"
#include "sandbox/requestcontext.h"

#include "client/id.h"

namespace Sandbox {

QVariantMap TokenStore::create(const QString &userId, Schema::TokenType type, const QString &secret,
                               qint64 lifetimeSeconds, const QString &phrase,
                               const RequestContext *client)
{
    const QString id = Appwrite::ID::unique();
    const qint64 now = Clock::nowMs();
    m_db.exec(QStringLiteral("INSERT INTO tokens (id, user_id, type, secret_hash, created_at, "
                             "expire, phrase, ip, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {id, userId, int(type), Crypto::sha256Hex(secret), now, now + lifetimeSeconds * 1000,
               phrase.isNull() ? QStringLiteral("") : phrase,
               client ? client->ip : QStringLiteral(""),
               client ? client->userAgent : QStringLiteral("")});
    return *m_db.one(QStringLiteral("SELECT * FROM tokens WHERE id = ?"), {id});
}

std::optional<QVariantMap> TokenStore::find(const QString &userId, const QString &secret, int type)
{
    if (secret.isEmpty())
        return std::nullopt;
    const QString hash = Crypto::sha256Hex(secret);
    const auto rows = m_db.all(QStringLiteral("SELECT * FROM tokens WHERE user_id = ? AND expire "
                                              "> ? ORDER BY created_at"),
                               {userId, Clock::nowMs()});
    for (const QVariantMap &row : rows) {
        if (type != 0 && row.value(QStringLiteral("type")).toInt() != type)
            continue;
        if (Crypto::equals(row.value(QStringLiteral("secret_hash")).toString(), hash))
            return row;
    }
    return std::nullopt;
}

void TokenStore::remove(const QString &tokenId)
{
    m_db.exec(QStringLiteral("DELETE FROM tokens WHERE id = ?"), {tokenId});
}

} // namespace Sandbox
