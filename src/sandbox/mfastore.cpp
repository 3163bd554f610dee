#include "sandbox/mfastore.h"

#include "sandbox/clock.h"
#include "sandbox/crypto.h"
#include "sandbox/database.h"
#include "sandbox/secrets.h"
#include "sandbox/totp.h"

#include "client/id.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Sandbox {

std::optional<QVariantMap> MfaStore::totp(const QString &userId)
{
    return m_db.one(QStringLiteral("SELECT * FROM authenticators WHERE user_id = ? AND type = "
                                   "'totp'"),
                    {userId});
}

bool MfaStore::hasVerifiedTotp(const QString &userId)
{
    const auto row = totp(userId);
    return row && row->value(QStringLiteral("verified")).toBool();
}

QString MfaStore::startTotp(const QString &userId)
{
    const QString secret = Totp::generateSecret();
    const qint64 now = Clock::nowMs();
    removeTotp(userId);
    m_db.exec(QStringLiteral("INSERT INTO authenticators (id, user_id, type, verified, secret, "
                             "created_at, updated_at) VALUES (?, ?, 'totp', 0, ?, ?, ?)"),
              {Appwrite::ID::unique(), userId, secret, now, now});
    return secret;
}

void MfaStore::verifyTotp(const QString &userId)
{
    m_db.exec(QStringLiteral("UPDATE authenticators SET verified = 1, updated_at = ? WHERE "
                             "user_id = ? AND type = 'totp'"),
              {Clock::nowMs(), userId});
}

void MfaStore::removeTotp(const QString &userId)
{
    m_db.exec(QStringLiteral("DELETE FROM authenticators WHERE user_id = ? AND type = 'totp'"),
              {userId});
}

bool MfaStore::totpAccepts(const QString &userId, const QString &otp)
{
    const auto row = totp(userId);
    if (!row)
        return false;
    return Totp::verify(row->value(QStringLiteral("secret")).toString(), otp,
                        QDateTime::currentSecsSinceEpoch());
}

QStringList MfaStore::recoveryCodes(const QString &userId)
{
    QStringList codes;
    const auto rows = m_db.all(QStringLiteral("SELECT code FROM recovery_codes WHERE user_id = ? "
                                              "AND used = 0 ORDER BY position"),
                               {userId});
    for (const QVariantMap &row : rows)
        codes << row.value(QStringLiteral("code")).toString();
    return codes;
}

QStringList MfaStore::replaceRecoveryCodes(const QString &userId)
{
    const QStringList codes = Secrets::recoveryCodes();
    m_db.exec(QStringLiteral("DELETE FROM recovery_codes WHERE user_id = ?"), {userId});
    for (int i = 0; i < codes.size(); ++i) {
        m_db.exec(QStringLiteral("INSERT INTO recovery_codes (user_id, position, code, used) "
                                 "VALUES (?, ?, ?, 0)"),
                  {userId, i, codes.at(i)});
    }
    return codes;
}

bool MfaStore::consumeRecoveryCode(const QString &userId, const QString &code)
{
    const auto rows = m_db.all(QStringLiteral("SELECT position, code FROM recovery_codes WHERE "
                                              "user_id = ? AND used = 0"),
                               {userId});
    for (const QVariantMap &row : rows) {
        if (Crypto::equals(row.value(QStringLiteral("code")).toString(), code)) {
            m_db.exec(QStringLiteral("UPDATE recovery_codes SET used = 1 WHERE user_id = ? AND "
                                     "position = ?"),
                      {userId, row.value(QStringLiteral("position"))});
            return true;
        }
    }
    return false;
}

QVariantMap MfaStore::createChallenge(const QString &userId, const QString &type,
                                      const QString &code)
{
    const QString id = Appwrite::ID::unique();
    const qint64 now = Clock::nowMs();
    m_db.exec(QStringLiteral("INSERT INTO challenges (id, user_id, type, code_hash, created_at, "
                             "expire) VALUES (?, ?, ?, ?, ?, ?)"),
              {id, userId, type, code.isEmpty() ? QString() : Crypto::sha256Hex(code), now,
               now + challengeSeconds * 1000});
    return *m_db.one(QStringLiteral("SELECT * FROM challenges WHERE id = ?"), {id});
}

std::optional<QVariantMap> MfaStore::challenge(const QString &userId, const QString &challengeId)
{
    return m_db.one(QStringLiteral("SELECT * FROM challenges WHERE id = ? AND user_id = ?"),
                    {challengeId, userId});
}

void MfaStore::removeChallenge(const QString &challengeId)
{
    m_db.exec(QStringLiteral("DELETE FROM challenges WHERE id = ?"), {challengeId});
}

void MfaStore::addSessionFactors(const QString &sessionId, const QStringList &factors)
{
    const auto row =
            m_db.one(QStringLiteral("SELECT factors FROM sessions WHERE id = ?"), {sessionId});
    if (!row)
        return;
    QJsonArray list =
            QJsonDocument::fromJson(row->value(QStringLiteral("factors")).toByteArray()).array();
    for (const QString &factor : factors) {
        if (!list.contains(factor))
            list.append(factor);
    }
    m_db.exec(QStringLiteral("UPDATE sessions SET factors = ? WHERE id = ?"),
              {QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)), sessionId});
}

} // namespace Sandbox
