#include "client/account.h"

#include "client/account_p.h"

namespace Appwrite {

using namespace detail;
using Method = Client::Method;

QString Account::authenticatorName(AuthenticatorType)
{
    return QStringLiteral("totp");
}

QString Account::factorName(AuthenticationFactor factor)
{
    switch (factor) {
    case AuthenticationFactor::Email:
        return QStringLiteral("email");
    case AuthenticationFactor::Phone:
        return QStringLiteral("phone");
    case AuthenticationFactor::Totp:
        return QStringLiteral("totp");
    case AuthenticationFactor::RecoveryCode:
        return QStringLiteral("recoverycode");
    }
    return {};
}

static QString authenticatorPath(Account::AuthenticatorType type)
{
    return QStringLiteral("/account/mfa/authenticators/") + Account::authenticatorName(type);
}

void Account::updateMFA(QObject *context, bool mfa, Callback<User> done)
{
    m_client->call(Method::Patch, QStringLiteral("/account/mfa"), {{QStringLiteral("mfa"), mfa}},
                   context, expect(std::move(done)));
}

void Account::createMfaAuthenticator(QObject *context, AuthenticatorType type,
                                     Callback<MfaType> done)
{
    m_client->call(Method::Post, authenticatorPath(type), {}, context, expect(std::move(done)));
}

void Account::updateMfaAuthenticator(QObject *context, AuthenticatorType type, const QString &otp,
                                     Callback<User> done)
{
    send(m_client, Validation::required(QStringLiteral("otp"), otp), Method::Put,
         authenticatorPath(type), {{QStringLiteral("otp"), otp}}, context, expect(std::move(done)));
}

void Account::deleteMfaAuthenticator(QObject *context, AuthenticatorType type, const QString &otp,
                                     Callback<void> done)
{
    send(m_client, Validation::required(QStringLiteral("otp"), otp), Method::Delete,
         authenticatorPath(type), {{QStringLiteral("otp"), otp}}, context,
         expectNothing(std::move(done)));
}

void Account::createMfaChallenge(QObject *context, AuthenticationFactor factor,
                                 Callback<MfaChallenge> done)
{
    m_client->call(Method::Post, QStringLiteral("/account/mfa/challenge"),
                   {{QStringLiteral("factor"), factorName(factor)}}, context,
                   expect(std::move(done)));
}

void Account::updateMfaChallenge(QObject *context, const QString &challengeId, const QString &otp,
                                 Callback<Session> done)
{
    send(m_client,
         Validation::first({Validation::id(QStringLiteral("challengeId"), challengeId),
                            Validation::required(QStringLiteral("otp"), otp)}),
         Method::Put, QStringLiteral("/account/mfa/challenge"),
         {{QStringLiteral("challengeId"), challengeId}, {QStringLiteral("otp"), otp}}, context,
         expect(std::move(done)));
}

void Account::listMfaFactors(QObject *context, Callback<MfaFactors> done)
{
    m_client->call(Method::Get, QStringLiteral("/account/mfa/factors"), {}, context,
                   expect(std::move(done)));
}

void Account::getMfaRecoveryCodes(QObject *context, Callback<MfaRecoveryCodes> done)
{
    m_client->call(Method::Get, QStringLiteral("/account/mfa/recovery-codes"), {}, context,
                   expect(std::move(done)));
}

void Account::createMfaRecoveryCodes(QObject *context, Callback<MfaRecoveryCodes> done)
{
    m_client->call(Method::Post, QStringLiteral("/account/mfa/recovery-codes"), {}, context,
                   expect(std::move(done)));
}

void Account::updateMfaRecoveryCodes(QObject *context, Callback<MfaRecoveryCodes> done)
{
    m_client->call(Method::Patch, QStringLiteral("/account/mfa/recovery-codes"), {}, context,
                   expect(std::move(done)));
}

} // namespace Appwrite
