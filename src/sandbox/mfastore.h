#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Sandbox {

class Database;

//! MFA state: the TOTP authenticator, recovery codes, pending challenges, and the factors a
//! session has proven.
class MfaStore
{
public:
    //! A challenge lives one hour (TOKEN_EXPIRATION_CONFIRM); a "recent" one 30 minutes
    //! (Auth::MFA_RECENT_DURATION, though the error message says 5).
    static constexpr qint64 challengeSeconds = 3600;
    static constexpr qint64 recentChallengeSeconds = 1800;

    explicit MfaStore(Database &db)
        : m_db(db)
    { }

    std::optional<QVariantMap> totp(const QString &userId);
    bool hasVerifiedTotp(const QString &userId);
    //! Replaces an unverified authenticator with a fresh secret; returns the secret.
    QString startTotp(const QString &userId);
    void verifyTotp(const QString &userId);
    void removeTotp(const QString &userId);
    //! Whether \a otp is the authenticator's current code (±1 step, see Totp).
    bool totpAccepts(const QString &userId, const QString &otp);

    //! The codes not used yet, in their original order.
    QStringList recoveryCodes(const QString &userId);
    //! Stores 6 new codes in place of any old ones and returns them.
    QStringList replaceRecoveryCodes(const QString &userId);
    //! Uses up \a code if it is one of the user's unused codes.
    bool consumeRecoveryCode(const QString &userId, const QString &code);

    QVariantMap createChallenge(const QString &userId, const QString &type,
                                const QString &code = QString());
    std::optional<QVariantMap> challenge(const QString &userId, const QString &challengeId);
    void removeChallenge(const QString &challengeId);

    //! Adds \a factors to a session without counting as a challenge (mfa_updated_at unchanged).
    void addSessionFactors(const QString &sessionId, const QStringList &factors);

private:
    Database &m_db;
};

} // namespace Sandbox
