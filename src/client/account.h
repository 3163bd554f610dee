#pragma once

#include "client/models.h"
#include "client/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace Appwrite {

class Client;

//! The 47 operations of the Account service (Appwrite 1.5), one method each.
//!
//! Every asynchronous method takes a \c context first and a callback \c done last: the callback
//! runs exactly once from the event loop (never inside the call), unless \c context is destroyed
//! first, which aborts the request. Parameters are checked with Validation before anything is
//! sent; a failed check arrives as Error::Kind::Validation. Optional string parameters are
//! left out of the request when empty.
class Account
{
public:
    //! \a client must outlive this object.
    explicit Account(Client *client)
        : m_client(client)
    { }
    Client *client() const { return m_client; }

    enum class AuthenticatorType { Totp };
    enum class AuthenticationFactor { Email, Phone, Totp, RecoveryCode };

    // Profile (account_profile.cpp)
    void get(QObject *context, Callback<User> done);
    //! \a userId: a custom ID or ID::unique(); \a name may be empty.
    void create(QObject *context, const QString &userId, const QString &email,
                const QString &password, const QString &name, Callback<User> done);
    void updateEmail(QObject *context, const QString &email, const QString &password,
                     Callback<User> done);
    void updateName(QObject *context, const QString &name, Callback<User> done);
    //! \a oldPassword may be empty for users without a password (anonymous, OTP, OAuth).
    void updatePassword(QObject *context, const QString &password, const QString &oldPassword,
                        Callback<User> done);
    void updatePhone(QObject *context, const QString &phone, const QString &password,
                     Callback<User> done);
    void getPrefs(QObject *context, Callback<Preferences> done);
    //! Replaces all preferences.
    void updatePrefs(QObject *context, const QJsonObject &prefs, Callback<User> done);
    //! Blocks the account for good; the session ends.
    void updateStatus(QObject *context, Callback<User> done);
    void createJWT(QObject *context, Callback<Jwt> done);
    //! \a queries from Query (limit, offset).
    void listLogs(QObject *context, const QStringList &queries, Callback<LogList> done);
    void listIdentities(QObject *context, const QStringList &queries, Callback<IdentityList> done);
    void deleteIdentity(QObject *context, const QString &identityId, Callback<void> done);

    // Sessions (account_sessions.cpp)
    void listSessions(QObject *context, Callback<SessionList> done);
    //! Signs out everywhere; the stored credential is cleared.
    void deleteSessions(QObject *context, Callback<void> done);
    void createAnonymousSession(QObject *context, Callback<Session> done);
    void createEmailPasswordSession(QObject *context, const QString &email, const QString &password,
                                    Callback<Session> done);
    //! Deprecated by the server in favour of createSession().
    void updateMagicURLSession(QObject *context, const QString &userId, const QString &secret,
                               Callback<Session> done);
    //! Deprecated by the server in favour of createSession().
    void updatePhoneSession(QObject *context, const QString &userId, const QString &secret,
                            Callback<Session> done);
    //! Exchanges a token (email OTP, magic URL, phone code, OAuth2 token) for a session.
    void createSession(QObject *context, const QString &userId, const QString &secret,
                       Callback<Session> done);
    //! \a sessionId may be "current".
    void getSession(QObject *context, const QString &sessionId, Callback<Session> done);
    void updateSession(QObject *context, const QString &sessionId, Callback<Session> done);
    //! Deleting the current session signs out (the stored credential is cleared).
    void deleteSession(QObject *context, const QString &sessionId, Callback<void> done);
    //! The browser URL that starts an OAuth2 sign-in; nothing is sent. \a success / \a failure
    //! may be empty (server defaults).
    Result<QUrl> createOAuth2Session(const QString &provider, const QString &success = {},
                                     const QString &failure = {},
                                     const QStringList &scopes = {}) const;

    // Tokens, recovery, verification (account_tokens.cpp)
    void createEmailToken(QObject *context, const QString &userId, const QString &email,
                          bool phrase, Callback<Token> done);
    //! \a url may be empty (server default link).
    void createMagicURLToken(QObject *context, const QString &userId, const QString &email,
                             const QString &url, bool phrase, Callback<Token> done);
    void createPhoneToken(QObject *context, const QString &userId, const QString &phone,
                          Callback<Token> done);
    //! Like createOAuth2Session(), but the redirect to \a success carries userId and secret
    //! for createSession().
    Result<QUrl> createOAuth2Token(const QString &provider, const QString &success = {},
                                   const QString &failure = {},
                                   const QStringList &scopes = {}) const;
    void createRecovery(QObject *context, const QString &email, const QString &url,
                        Callback<Token> done);
    void updateRecovery(QObject *context, const QString &userId, const QString &secret,
                        const QString &password, Callback<Token> done);
    void createVerification(QObject *context, const QString &url, Callback<Token> done);
    void updateVerification(QObject *context, const QString &userId, const QString &secret,
                            Callback<Token> done);
    void createPhoneVerification(QObject *context, Callback<Token> done);
    void updatePhoneVerification(QObject *context, const QString &userId, const QString &secret,
                                 Callback<Token> done);

    // Multi-factor authentication (account_mfa.cpp)
    void updateMFA(QObject *context, bool mfa, Callback<User> done);
    void createMfaAuthenticator(QObject *context, AuthenticatorType type, Callback<MfaType> done);
    void updateMfaAuthenticator(QObject *context, AuthenticatorType type, const QString &otp,
                                Callback<User> done);
    //! \a otp: a current TOTP code or a recovery code.
    void deleteMfaAuthenticator(QObject *context, AuthenticatorType type, const QString &otp,
                                Callback<void> done);
    void createMfaChallenge(QObject *context, AuthenticationFactor factor,
                            Callback<MfaChallenge> done);
    //! Completes the challenge; the server answers with the upgraded Session.
    void updateMfaChallenge(QObject *context, const QString &challengeId, const QString &otp,
                            Callback<Session> done);
    void listMfaFactors(QObject *context, Callback<MfaFactors> done);
    void getMfaRecoveryCodes(QObject *context, Callback<MfaRecoveryCodes> done);
    void createMfaRecoveryCodes(QObject *context, Callback<MfaRecoveryCodes> done);
    void updateMfaRecoveryCodes(QObject *context, Callback<MfaRecoveryCodes> done);

    // Push targets (account_targets.cpp)
    //! \a targetId: a custom ID or ID::unique(); \a providerId may be empty.
    void createPushTarget(QObject *context, const QString &targetId, const QString &identifier,
                          const QString &providerId, Callback<Target> done);
    void updatePushTarget(QObject *context, const QString &targetId, const QString &identifier,
                          Callback<Target> done);
    void deletePushTarget(QObject *context, const QString &targetId, Callback<void> done);

    static QString authenticatorName(AuthenticatorType type);
    //! The wire name; RecoveryCode is "recoverycode" (the camel-case form never verifies).
    static QString factorName(AuthenticationFactor factor);

private:
    Client *m_client;
};

} // namespace Appwrite
