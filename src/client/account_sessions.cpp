#include "client/account.h"

#include "client/account_p.h"

#include <QJsonArray>

namespace Appwrite {

using namespace detail;
using Method = Client::Method;

namespace {

//! Signing out: forget the credential even if the answer lacked the cookie updates.
Callback<void> forgetSessionOnSuccess(Client *client, Callback<void> done)
{
    return [client = QPointer<Client>(client), done = std::move(done)](const Result<void> &result) {
        if (result.ok() && client)
            client->clearSession();
        done(result);
    };
}

QJsonObject tokenParams(const QString &userId, const QString &secret)
{
    return {{QStringLiteral("userId"), userId}, {QStringLiteral("secret"), secret}};
}

Validation::Check tokenChecks(const QString &userId, const QString &secret)
{
    return Validation::first({Validation::id(QStringLiteral("userId"), userId),
                              Validation::required(QStringLiteral("secret"), secret)});
}

} // namespace

Result<QUrl> detail::oauth2Url(const Client *client, const QString &path, const QString &provider,
                               const QString &success, const QString &failure,
                               const QStringList &scopes)
{
    const Validation::Check invalid = Validation::first(
            {Validation::oauthProvider(QStringLiteral("provider"), provider),
             success.isEmpty() ? Validation::Check()
                               : Validation::url(QStringLiteral("success"), success),
             failure.isEmpty() ? Validation::Check()
                               : Validation::url(QStringLiteral("failure"), failure),
             Validation::queries(QStringLiteral("scopes"), scopes)});
    if (invalid)
        return *invalid;
    QJsonObject query{{QStringLiteral("project"), client->project()}};
    if (!success.isEmpty())
        query.insert(QStringLiteral("success"), success);
    if (!failure.isEmpty())
        query.insert(QStringLiteral("failure"), failure);
    if (!scopes.isEmpty())
        query.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    return client->url(path + segment(provider), query);
}

void Account::listSessions(QObject *context, Callback<SessionList> done)
{
    m_client->call(Method::Get, QStringLiteral("/account/sessions"), {}, context,
                   expect(std::move(done)));
}

void Account::deleteSessions(QObject *context, Callback<void> done)
{
    m_client->call(Method::Delete, QStringLiteral("/account/sessions"), {}, context,
                   expectNothing(forgetSessionOnSuccess(m_client, std::move(done))));
}

void Account::createAnonymousSession(QObject *context, Callback<Session> done)
{
    m_client->call(Method::Post, QStringLiteral("/account/sessions/anonymous"), {}, context,
                   expect(std::move(done)));
}

void Account::createEmailPasswordSession(QObject *context, const QString &email,
                                         const QString &password, Callback<Session> done)
{
    send(m_client,
         Validation::first({Validation::email(QStringLiteral("email"), email),
                            Validation::password(QStringLiteral("password"), password)}),
         Method::Post, QStringLiteral("/account/sessions/email"),
         {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}}, context,
         expect(std::move(done)));
}

void Account::updateMagicURLSession(QObject *context, const QString &userId, const QString &secret,
                                    Callback<Session> done)
{
    send(m_client, tokenChecks(userId, secret), Method::Put,
         QStringLiteral("/account/sessions/magic-url"), tokenParams(userId, secret), context,
         expect(std::move(done)));
}

void Account::updatePhoneSession(QObject *context, const QString &userId, const QString &secret,
                                 Callback<Session> done)
{
    send(m_client, tokenChecks(userId, secret), Method::Put,
         QStringLiteral("/account/sessions/phone"), tokenParams(userId, secret), context,
         expect(std::move(done)));
}

void Account::createSession(QObject *context, const QString &userId, const QString &secret,
                            Callback<Session> done)
{
    send(m_client, tokenChecks(userId, secret), Method::Post,
         QStringLiteral("/account/sessions/token"), tokenParams(userId, secret), context,
         expect(std::move(done)));
}

void Account::getSession(QObject *context, const QString &sessionId, Callback<Session> done)
{
    send(m_client, Validation::sessionId(QStringLiteral("sessionId"), sessionId), Method::Get,
         QStringLiteral("/account/sessions/") + segment(sessionId), {}, context,
         expect(std::move(done)));
}

void Account::updateSession(QObject *context, const QString &sessionId, Callback<Session> done)
{
    send(m_client, Validation::sessionId(QStringLiteral("sessionId"), sessionId), Method::Patch,
         QStringLiteral("/account/sessions/") + segment(sessionId), {}, context,
         expect(std::move(done)));
}

void Account::deleteSession(QObject *context, const QString &sessionId, Callback<void> done)
{
    Callback<void> handler = sessionId == QLatin1String("current")
            ? forgetSessionOnSuccess(m_client, std::move(done))
            : std::move(done);
    send(m_client, Validation::sessionId(QStringLiteral("sessionId"), sessionId), Method::Delete,
         QStringLiteral("/account/sessions/") + segment(sessionId), {}, context,
         expectNothing(std::move(handler)));
}

Result<QUrl> Account::createOAuth2Session(const QString &provider, const QString &success,
                                          const QString &failure, const QStringList &scopes) const
{
    return oauth2Url(m_client, QStringLiteral("/account/sessions/oauth2/"), provider, success,
                     failure, scopes);
}

} // namespace Appwrite
