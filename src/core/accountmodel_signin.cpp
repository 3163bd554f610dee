// Sign-up, the sign-in methods, recovery, sign-out and the second factor.
#include "core/accountmodel.h"

#include "client/id.h"
#include "core/modelmaps.h"

using namespace Appwrite;

Operation *AccountModel::createSessionWith(const char *slot,
                                           const std::function<void(Callback<Session>)> &send)
{
    Operation *op = begin(slot);
    if (!requireConnection(op))
        return op;
    request<Session>(op, send, [this, op](const Session &session) { adoptSession(op, session); });
    return op;
}

Operation *AccountModel::sendToken(const char *slot,
                                   const std::function<void(Callback<Token>)> &send)
{
    Operation *op = begin(slot);
    if (!requireConnection(op))
        return op;
    request<Token>(op, send,
                   [this, op](const Token &token) { finish(op, ModelMaps::token(token)); });
    return op;
}

Operation *AccountModel::signUp(const QString &email, const QString &password, const QString &name)
{
    Operation *op = begin("signUp");
    if (!requireConnection(op))
        return op;
    QPointer<Operation> guard(op);
    request<User>(
            op,
            [this, email, password, name](Callback<User> done) {
                m_api->create(m_requests, ID::unique(), email, password, name, done);
            },
            [this, guard, email, password](const User &) {
                request<Session>(
                        guard,
                        [this, email, password](Callback<Session> done) {
                            m_api->createEmailPasswordSession(m_requests, email, password, done);
                        },
                        [this, guard](const Session &session) { adoptSession(guard, session); });
            });
    return op;
}

Operation *AccountModel::signIn(const QString &email, const QString &password)
{
    return createSessionWith("signIn", [this, email, password](Callback<Session> done) {
        m_api->createEmailPasswordSession(m_requests, email, password, done);
    });
}

Operation *AccountModel::signInAnonymously()
{
    return createSessionWith("signInAnonymously", [this](Callback<Session> done) {
        m_api->createAnonymousSession(m_requests, done);
    });
}

Operation *AccountModel::sendMagicLink(const QString &email, const QString &url)
{
    const QString link = url.isEmpty() ? defaultCallbackUrl(QStringLiteral("magic-url")) : url;
    return sendToken("sendMagicLink", [this, email, link](Callback<Token> done) {
        m_api->createMagicURLToken(m_requests, ID::unique(), email, link, false, done);
    });
}

Operation *AccountModel::completeMagicLink(const QString &userId, const QString &secret)
{
    return createSessionWith("completeMagicLink", [this, userId, secret](Callback<Session> done) {
        m_api->createSession(m_requests, userId, secret, done);
    });
}

Operation *AccountModel::sendEmailCode(const QString &email, bool phrase)
{
    return sendToken("sendEmailCode", [this, email, phrase](Callback<Token> done) {
        m_api->createEmailToken(m_requests, ID::unique(), email, phrase, done);
    });
}

Operation *AccountModel::completeEmailCode(const QString &userId, const QString &code)
{
    return createSessionWith("completeEmailCode", [this, userId, code](Callback<Session> done) {
        m_api->createSession(m_requests, userId, code, done);
    });
}

Operation *AccountModel::sendSmsCode(const QString &phone)
{
    return sendToken("sendSmsCode", [this, phone](Callback<Token> done) {
        m_api->createPhoneToken(m_requests, ID::unique(), phone, done);
    });
}

Operation *AccountModel::completeSmsCode(const QString &userId, const QString &code)
{
    return createSessionWith("completeSmsCode", [this, userId, code](Callback<Session> done) {
        m_api->updatePhoneSession(m_requests, userId, code, done);
    });
}

QString AccountModel::oauthUrl(const QString &provider, const QStringList &scopes)
{
    ErrorInfo error;
    const QUrl url = oauthTokenUrl(
            provider, scopes, QUrl(defaultCallbackUrl(QStringLiteral("auth/oauth2/success"))),
            QUrl(defaultCallbackUrl(QStringLiteral("auth/oauth2/failure"))), &error);
    if (!url.isValid() && error.isError())
        setLastError(error);
    return url.toString();
}

QUrl AccountModel::oauthTokenUrl(const QString &provider, const QStringList &scopes,
                                 const QUrl &success, const QUrl &failure, ErrorInfo *error)
{
    if (!m_api) {
        if (error) {
            error->kind = ErrorInfo::Kind::Network;
            error->text = tr("Choose a server and project first.");
        }
        return QUrl();
    }
    const Result<QUrl> url =
            m_api->createOAuth2Token(provider, success.toString(QUrl::FullyEncoded),
                                     failure.toString(QUrl::FullyEncoded), scopes);
    if (!url.ok()) {
        if (error)
            *error = ErrorInfo::fromClient(url.error());
        return QUrl();
    }
    return url.value();
}

Operation *AccountModel::completeToken(const QString &userId, const QString &secret)
{
    return createSessionWith("completeToken", [this, userId, secret](Callback<Session> done) {
        m_api->createSession(m_requests, userId, secret, done);
    });
}

Operation *AccountModel::sendRecovery(const QString &email, const QString &url)
{
    const QString link = url.isEmpty() ? defaultCallbackUrl(QStringLiteral("recovery")) : url;
    return sendToken("sendRecovery", [this, email, link](Callback<Token> done) {
        m_api->createRecovery(m_requests, email, link, done);
    });
}

Operation *AccountModel::completeRecovery(const QString &userId, const QString &secret,
                                          const QString &password)
{
    return sendToken("completeRecovery", [this, userId, secret, password](Callback<Token> done) {
        m_api->updateRecovery(m_requests, userId, secret, password, done);
    });
}

Operation *AccountModel::signOut()
{
    Operation *op = begin("signOut");
    if (!requireConnection(op))
        return op;
    QPointer<Operation> guard(op);
    m_api->deleteSession(m_requests, QStringLiteral("current"),
                         [this, guard](const Result<void> &r) {
                             if (r.ok() || r.error().isSessionGone()) {
                                 signedOutLocally();
                                 finish(guard);
                             } else {
                                 fail(guard, r.error());
                             }
                         });
    return op;
}

Operation *AccountModel::signOutOthers()
{
    Operation *op = begin("signOutOthers");
    if (!requireConnection(op))
        return op;
    QPointer<Operation> guard(op);
    m_api->listSessions(m_requests, [this, guard](const Result<SessionList> &list) {
        if (!list.ok()) {
            fail(guard, list.error());
            return;
        }
        QStringList others;
        for (const Session &session : list->sessions) {
            if (!session.current)
                others << session.id;
        }
        if (others.isEmpty()) {
            finish(guard, 0);
            return;
        }
        // Every deletion runs; the operation ends when the last one answers.
        auto remaining = std::make_shared<int>(int(others.size()));
        auto firstError = std::make_shared<std::optional<Error>>();
        for (const QString &id : std::as_const(others)) {
            m_api->deleteSession(m_requests, id,
                                 [this, guard, remaining, firstError,
                                  total = int(others.size())](const Result<void> &r) {
                                     if (!r.ok() && !firstError->has_value())
                                         *firstError = r.error();
                                     if (--*remaining > 0)
                                         return;
                                     if (firstError->has_value())
                                         fail(guard, **firstError);
                                     else
                                         finish(guard, total);
                                 });
        }
    });
    return op;
}

Operation *AccountModel::signOutEverywhere()
{
    Operation *op = begin("signOutEverywhere");
    if (!requireConnection(op))
        return op;
    QPointer<Operation> guard(op);
    m_api->deleteSessions(m_requests, [this, guard](const Result<void> &r) {
        if (r.ok() || r.error().isSessionGone()) {
            signedOutLocally();
            finish(guard);
        } else {
            fail(guard, r.error());
        }
    });
    return op;
}

Operation *AccountModel::createChallenge(const QString &factor)
{
    Operation *op = begin("createChallenge");
    if (!requireConnection(op))
        return op;
    static const QHash<QString, Account::AuthenticationFactor> factors{
            {QStringLiteral("totp"), Account::AuthenticationFactor::Totp},
            {QStringLiteral("email"), Account::AuthenticationFactor::Email},
            {QStringLiteral("phone"), Account::AuthenticationFactor::Phone},
            {QStringLiteral("recoverycode"), Account::AuthenticationFactor::RecoveryCode},
    };
    const auto it = factors.constFind(factor.toLower());
    if (it == factors.constEnd()) {
        fail(op,
             ErrorInfo::validation(QStringLiteral("factor"),
                                   tr("Choose how to confirm it is you.")));
        return op;
    }
    const Account::AuthenticationFactor chosen = it.value();
    request<MfaChallenge>(
            op,
            [this, chosen](Callback<MfaChallenge> done) {
                m_api->createMfaChallenge(m_requests, chosen, done);
            },
            [this, op](const MfaChallenge &challenge) {
                finish(op, ModelMaps::mfaChallenge(challenge));
            });
    return op;
}

Operation *AccountModel::completeChallenge(const QString &challengeId, const QString &code)
{
    Operation *op = begin("completeChallenge");
    if (!requireConnection(op))
        return op;
    QPointer<Operation> guard(op);
    m_api->updateMfaChallenge(m_requests, challengeId, code,
                              [this, guard](const Result<Session> &session) {
                                  if (!session.ok()) {
                                      fail(guard, session.error());
                                      return;
                                  }
                                  const QVariantMap map = ModelMaps::session(session.value());
                                  setCurrentSession(map);
                                  if (m_mfaPending) {
                                      loadUser(guard, map);
                                      return;
                                  }
                                  finish(guard, map);
                                  // The protected operation that asked for this goes again.
                                  const std::function<void()> retry = std::move(m_stepUpRetry);
                                  setStepUp({}, nullptr);
                                  if (retry)
                                      retry();
                              });
    return op;
}

Operation *AccountModel::abandonSecondFactor()
{
    Operation *op = begin("abandonSecondFactor");
    if (!requireConnection(op))
        return op;
    QPointer<Operation> guard(op);
    m_api->deleteSession(m_requests, QStringLiteral("current"),
                         [this, guard](const Result<void> &) {
                             // Whatever the server says, this device forgets the half-finished
                             // sign-in.
                             signedOutLocally();
                             finish(guard);
                         });
    return op;
}
