#include "client/account.h"

#include "client/account_p.h"

#include <QJsonArray>

namespace Appwrite {

using namespace detail;
using Method = Client::Method;

void Account::get(QObject *context, Callback<User> done)
{
    m_client->call(Method::Get, QStringLiteral("/account"), {}, context, expect(std::move(done)));
}

void Account::create(QObject *context, const QString &userId, const QString &email,
                     const QString &password, const QString &name, Callback<User> done)
{
    QJsonObject params{{QStringLiteral("userId"), userId},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("password"), password}};
    if (!name.isEmpty())
        params.insert(QStringLiteral("name"), name);
    send(m_client,
         Validation::first({Validation::newId(QStringLiteral("userId"), userId),
                            Validation::email(QStringLiteral("email"), email),
                            Validation::password(QStringLiteral("password"), password),
                            Validation::name(QStringLiteral("name"), name)}),
         Method::Post, QStringLiteral("/account"), params, context, expect(std::move(done)));
}

void Account::updateEmail(QObject *context, const QString &email, const QString &password,
                          Callback<User> done)
{
    send(m_client,
         Validation::first({Validation::email(QStringLiteral("email"), email),
                            Validation::password(QStringLiteral("password"), password)}),
         Method::Patch, QStringLiteral("/account/email"),
         {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}}, context,
         expect(std::move(done)));
}

void Account::updateName(QObject *context, const QString &name, Callback<User> done)
{
    send(m_client, Validation::name(QStringLiteral("name"), name), Method::Patch,
         QStringLiteral("/account/name"), {{QStringLiteral("name"), name}}, context,
         expect(std::move(done)));
}

void Account::updatePassword(QObject *context, const QString &password, const QString &oldPassword,
                             Callback<User> done)
{
    QJsonObject params{{QStringLiteral("password"), password}};
    Validation::Check oldCheck;
    if (!oldPassword.isEmpty()) {
        params.insert(QStringLiteral("oldPassword"), oldPassword);
        oldCheck = Validation::password(QStringLiteral("oldPassword"), oldPassword);
    }
    send(m_client,
         Validation::first({Validation::password(QStringLiteral("password"), password), oldCheck}),
         Method::Patch, QStringLiteral("/account/password"), params, context,
         expect(std::move(done)));
}

void Account::updatePhone(QObject *context, const QString &phone, const QString &password,
                          Callback<User> done)
{
    send(m_client,
         Validation::first({Validation::phone(QStringLiteral("phone"), phone),
                            Validation::password(QStringLiteral("password"), password)}),
         Method::Patch, QStringLiteral("/account/phone"),
         {{QStringLiteral("phone"), phone}, {QStringLiteral("password"), password}}, context,
         expect(std::move(done)));
}

void Account::getPrefs(QObject *context, Callback<Preferences> done)
{
    m_client->call(Method::Get, QStringLiteral("/account/prefs"), {}, context,
                   expect(std::move(done)));
}

void Account::updatePrefs(QObject *context, const QJsonObject &prefs, Callback<User> done)
{
    send(m_client, Validation::prefs(QStringLiteral("prefs"), prefs), Method::Patch,
         QStringLiteral("/account/prefs"), {{QStringLiteral("prefs"), prefs}}, context,
         expect(std::move(done)));
}

void Account::updateStatus(QObject *context, Callback<User> done)
{
    m_client->call(Method::Patch, QStringLiteral("/account/status"), {}, context,
                   expect(std::move(done)));
}

void Account::createJWT(QObject *context, Callback<Jwt> done)
{
    m_client->call(Method::Post, QStringLiteral("/account/jwt"), {}, context,
                   expect(std::move(done)));
}

static QJsonObject queryParams(const QStringList &queries)
{
    if (queries.isEmpty())
        return {};
    return {{QStringLiteral("queries"), QJsonArray::fromStringList(queries)}};
}

void Account::listLogs(QObject *context, const QStringList &queries, Callback<LogList> done)
{
    send(m_client, Validation::queries(QStringLiteral("queries"), queries), Method::Get,
         QStringLiteral("/account/logs"), queryParams(queries), context, expect(std::move(done)));
}

void Account::listIdentities(QObject *context, const QStringList &queries,
                             Callback<IdentityList> done)
{
    send(m_client, Validation::queries(QStringLiteral("queries"), queries), Method::Get,
         QStringLiteral("/account/identities"), queryParams(queries), context,
         expect(std::move(done)));
}

void Account::deleteIdentity(QObject *context, const QString &identityId, Callback<void> done)
{
    send(m_client, Validation::id(QStringLiteral("identityId"), identityId), Method::Delete,
         QStringLiteral("/account/identities/") + segment(identityId), {}, context,
         expectNothing(std::move(done)));
}

} // namespace Appwrite
