#include "client/account.h"

#include "client/account_p.h"

namespace Appwrite {

using namespace detail;
using Method = Client::Method;

void Account::createEmailToken(QObject *context, const QString &userId, const QString &email,
                               bool phrase, Callback<Token> done)
{
    send(m_client,
         Validation::first({Validation::newId(QStringLiteral("userId"), userId),
                            Validation::email(QStringLiteral("email"), email)}),
         Method::Post, QStringLiteral("/account/tokens/email"),
         {{QStringLiteral("userId"), userId},
          {QStringLiteral("email"), email},
          {QStringLiteral("phrase"), phrase}},
         context, expect(std::move(done)));
}

void Account::createMagicURLToken(QObject *context, const QString &userId, const QString &email,
                                  const QString &url, bool phrase, Callback<Token> done)
{
    QJsonObject params{{QStringLiteral("userId"), userId},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("phrase"), phrase}};
    if (!url.isEmpty())
        params.insert(QStringLiteral("url"), url);
    send(m_client,
         Validation::first({Validation::newId(QStringLiteral("userId"), userId),
                            Validation::email(QStringLiteral("email"), email),
                            url.isEmpty() ? Validation::Check()
                                          : Validation::url(QStringLiteral("url"), url)}),
         Method::Post, QStringLiteral("/account/tokens/magic-url"), params, context,
         expect(std::move(done)));
}

void Account::createPhoneToken(QObject *context, const QString &userId, const QString &phone,
                               Callback<Token> done)
{
    send(m_client,
         Validation::first({Validation::newId(QStringLiteral("userId"), userId),
                            Validation::phone(QStringLiteral("phone"), phone)}),
         Method::Post, QStringLiteral("/account/tokens/phone"),
         {{QStringLiteral("userId"), userId}, {QStringLiteral("phone"), phone}}, context,
         expect(std::move(done)));
}

Result<QUrl> Account::createOAuth2Token(const QString &provider, const QString &success,
                                        const QString &failure, const QStringList &scopes) const
{
    return oauth2Url(m_client, QStringLiteral("/account/tokens/oauth2/"), provider, success,
                     failure, scopes);
}

void Account::createRecovery(QObject *context, const QString &email, const QString &url,
                             Callback<Token> done)
{
    send(m_client,
         Validation::first({Validation::email(QStringLiteral("email"), email),
                            Validation::url(QStringLiteral("url"), url)}),
         Method::Post, QStringLiteral("/account/recovery"),
         {{QStringLiteral("email"), email}, {QStringLiteral("url"), url}}, context,
         expect(std::move(done)));
}

void Account::updateRecovery(QObject *context, const QString &userId, const QString &secret,
                             const QString &password, Callback<Token> done)
{
    send(m_client,
         Validation::first({Validation::id(QStringLiteral("userId"), userId),
                            Validation::required(QStringLiteral("secret"), secret),
                            Validation::password(QStringLiteral("password"), password)}),
         Method::Put, QStringLiteral("/account/recovery"),
         {{QStringLiteral("userId"), userId},
          {QStringLiteral("secret"), secret},
          {QStringLiteral("password"), password}},
         context, expect(std::move(done)));
}

void Account::createVerification(QObject *context, const QString &url, Callback<Token> done)
{
    send(m_client, Validation::url(QStringLiteral("url"), url), Method::Post,
         QStringLiteral("/account/verification"), {{QStringLiteral("url"), url}}, context,
         expect(std::move(done)));
}

void Account::updateVerification(QObject *context, const QString &userId, const QString &secret,
                                 Callback<Token> done)
{
    send(m_client,
         Validation::first({Validation::id(QStringLiteral("userId"), userId),
                            Validation::required(QStringLiteral("secret"), secret)}),
         Method::Put, QStringLiteral("/account/verification"),
         {{QStringLiteral("userId"), userId}, {QStringLiteral("secret"), secret}}, context,
         expect(std::move(done)));
}

void Account::createPhoneVerification(QObject *context, Callback<Token> done)
{
    m_client->call(Method::Post, QStringLiteral("/account/verification/phone"), {}, context,
                   expect(std::move(done)));
}

void Account::updatePhoneVerification(QObject *context, const QString &userId,
                                      const QString &secret, Callback<Token> done)
{
    send(m_client,
         Validation::first({Validation::id(QStringLiteral("userId"), userId),
                            Validation::required(QStringLiteral("secret"), secret)}),
         Method::Put, QStringLiteral("/account/verification/phone"),
         {{QStringLiteral("userId"), userId}, {QStringLiteral("secret"), secret}}, context,
         expect(std::move(done)));
}

} // namespace Appwrite
