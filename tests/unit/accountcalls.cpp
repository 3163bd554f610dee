#include "accountcalls.h"

#include "client/query.h"

using namespace Appwrite;

namespace {

template<typename T>
Callback<T> ignore()
{
    return [](const Result<T> &) {
    };
}

} // namespace

QList<Call> allAccountCalls()
{
    const QString id = QStringLiteral("abc123");
    const QString email = QStringLiteral("a@example.com");
    const QString password = QStringLiteral("password123");
    const QString url = QStringLiteral("http://localhost/x");
    using A = Account;
    using F = Account::AuthenticationFactor;
    using T = Account::AuthenticatorType;
    return {
            {"Get", [](A &a, QObject *c) { a.get(c, ignore<User>()); }, {}},
            {"Create",
             [=](A &a, QObject *c) {
                 a.create(c, id, email, password, QStringLiteral("N"), ignore<User>());
             },
             {}},
            {"UpdateEmail",
             [=](A &a, QObject *c) { a.updateEmail(c, email, password, ignore<User>()); },
             {}},
            {"ListIdentities",
             [](A &a, QObject *c) {
                 a.listIdentities(c, {Query::limit(5)}, ignore<IdentityList>());
             },
             {}},
            {"DeleteIdentity",
             [=](A &a, QObject *c) { a.deleteIdentity(c, id, ignore<void>()); },
             {}},
            {"CreateJWT", [](A &a, QObject *c) { a.createJWT(c, ignore<Jwt>()); }, {}},
            {"ListLogs",
             [](A &a, QObject *c) {
                 a.listLogs(c, {Query::limit(5), Query::offset(1)}, ignore<LogList>());
             },
             {}},
            {"UpdateMFA", [](A &a, QObject *c) { a.updateMFA(c, true, ignore<User>()); }, {}},
            {"CreateMfaAuthenticator",
             [](A &a, QObject *c) { a.createMfaAuthenticator(c, T::Totp, ignore<MfaType>()); },
             {}},
            {"UpdateMfaAuthenticator",
             [](A &a, QObject *c) {
                 a.updateMfaAuthenticator(c, T::Totp, QStringLiteral("123456"), ignore<User>());
             },
             {}},
            {"DeleteMfaAuthenticator",
             [](A &a, QObject *c) {
                 a.deleteMfaAuthenticator(c, T::Totp, QStringLiteral("123456"), ignore<void>());
             },
             {}},
            {"CreateMfaChallenge",
             [](A &a, QObject *c) {
                 a.createMfaChallenge(c, F::RecoveryCode, ignore<MfaChallenge>());
             },
             {}},
            {"UpdateMfaChallenge",
             [=](A &a, QObject *c) {
                 a.updateMfaChallenge(c, id, QStringLiteral("123456"), ignore<Session>());
             },
             {}},
            {"ListMfaFactors",
             [](A &a, QObject *c) { a.listMfaFactors(c, ignore<MfaFactors>()); },
             {}},
            {"GetMfaRecoveryCodes",
             [](A &a, QObject *c) { a.getMfaRecoveryCodes(c, ignore<MfaRecoveryCodes>()); },
             {}},
            {"CreateMfaRecoveryCodes",
             [](A &a, QObject *c) { a.createMfaRecoveryCodes(c, ignore<MfaRecoveryCodes>()); },
             {}},
            {"UpdateMfaRecoveryCodes",
             [](A &a, QObject *c) { a.updateMfaRecoveryCodes(c, ignore<MfaRecoveryCodes>()); },
             {}},
            {"UpdateName",
             [](A &a, QObject *c) { a.updateName(c, QStringLiteral("N"), ignore<User>()); },
             {}},
            {"UpdatePassword",
             [=](A &a, QObject *c) { a.updatePassword(c, password, password, ignore<User>()); },
             {}},
            {"UpdatePhone",
             [=](A &a, QObject *c) {
                 a.updatePhone(c, QStringLiteral("+16175551212"), password, ignore<User>());
             },
             {}},
            {"GetPrefs", [](A &a, QObject *c) { a.getPrefs(c, ignore<Preferences>()); }, {}},
            {"UpdatePrefs",
             [](A &a, QObject *c) {
                 a.updatePrefs(c, {{QStringLiteral("k"), QStringLiteral("v")}}, ignore<User>());
             },
             {}},
            {"CreateRecovery",
             [=](A &a, QObject *c) { a.createRecovery(c, email, url, ignore<Token>()); },
             {}},
            {"UpdateRecovery",
             [=](A &a, QObject *c) {
                 a.updateRecovery(c, id, QStringLiteral("s"), password, ignore<Token>());
             },
             {}},
            {"ListSessions",
             [](A &a, QObject *c) { a.listSessions(c, ignore<SessionList>()); },
             {}},
            {"DeleteSessions", [](A &a, QObject *c) { a.deleteSessions(c, ignore<void>()); }, {}},
            {"CreateAnonymousSession",
             [](A &a, QObject *c) { a.createAnonymousSession(c, ignore<Session>()); },
             {}},
            {"CreateEmailPasswordSession",
             [=](A &a, QObject *c) {
                 a.createEmailPasswordSession(c, email, password, ignore<Session>());
             },
             {}},
            {"UpdateMagicURLSession",
             [=](A &a, QObject *c) {
                 a.updateMagicURLSession(c, id, QStringLiteral("s"), ignore<Session>());
             },
             {}},
            {"CreateOAuth2Session",
             {},
             [=](A &a) {
                 return a.createOAuth2Session(QStringLiteral("github"), url, url,
                                              {QStringLiteral("a"), QStringLiteral("b")})
                         .value();
             }},
            {"UpdatePhoneSession",
             [=](A &a, QObject *c) {
                 a.updatePhoneSession(c, id, QStringLiteral("s"), ignore<Session>());
             },
             {}},
            {"CreateSession",
             [=](A &a, QObject *c) {
                 a.createSession(c, id, QStringLiteral("s"), ignore<Session>());
             },
             {}},
            {"GetSession", [=](A &a, QObject *c) { a.getSession(c, id, ignore<Session>()); }, {}},
            {"UpdateSession",
             [](A &a, QObject *c) {
                 a.updateSession(c, QStringLiteral("current"), ignore<Session>());
             },
             {}},
            {"DeleteSession",
             [=](A &a, QObject *c) { a.deleteSession(c, id, ignore<void>()); },
             {}},
            {"UpdateStatus", [](A &a, QObject *c) { a.updateStatus(c, ignore<User>()); }, {}},
            {"CreatePushTarget",
             [=](A &a, QObject *c) {
                 a.createPushTarget(c, id, QStringLiteral("token"), QStringLiteral("provider1"),
                                    ignore<Target>());
             },
             {}},
            {"UpdatePushTarget",
             [=](A &a, QObject *c) {
                 a.updatePushTarget(c, id, QStringLiteral("token"), ignore<Target>());
             },
             {}},
            {"DeletePushTarget",
             [=](A &a, QObject *c) { a.deletePushTarget(c, id, ignore<void>()); },
             {}},
            {"CreateEmailToken",
             [=](A &a, QObject *c) { a.createEmailToken(c, id, email, true, ignore<Token>()); },
             {}},
            {"CreateMagicURLToken",
             [=](A &a, QObject *c) {
                 a.createMagicURLToken(c, id, email, url, false, ignore<Token>());
             },
             {}},
            {"CreateOAuth2Token",
             {},
             [=](A &a) {
                 return a.createOAuth2Token(QStringLiteral("google"), url, url, {}).value();
             }},
            {"CreatePhoneToken",
             [=](A &a, QObject *c) {
                 a.createPhoneToken(c, id, QStringLiteral("+16175551212"), ignore<Token>());
             },
             {}},
            {"CreateVerification",
             [=](A &a, QObject *c) { a.createVerification(c, url, ignore<Token>()); },
             {}},
            {"UpdateVerification",
             [=](A &a, QObject *c) {
                 a.updateVerification(c, id, QStringLiteral("s"), ignore<Token>());
             },
             {}},
            {"CreatePhoneVerification",
             [](A &a, QObject *c) { a.createPhoneVerification(c, ignore<Token>()); },
             {}},
            {"UpdatePhoneVerification",
             [=](A &a, QObject *c) {
                 a.updatePhoneVerification(c, id, QStringLiteral("123456"), ignore<Token>());
             },
             {}},
    };
}
