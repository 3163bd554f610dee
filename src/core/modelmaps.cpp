#include "core/modelmaps.h"

namespace ModelMaps {

QVariantMap user(const Appwrite::User &user)
{
    QVariantList targets;
    for (const Appwrite::Target &t : user.targets)
        targets << target(t);
    return {
            {QStringLiteral("$id"), user.id},
            {QStringLiteral("$createdAt"), user.createdAt},
            {QStringLiteral("$updatedAt"), user.updatedAt},
            {QStringLiteral("name"), user.name},
            {QStringLiteral("registration"), user.registration},
            {QStringLiteral("status"), user.status},
            {QStringLiteral("labels"), user.labels},
            {QStringLiteral("passwordUpdate"), user.passwordUpdate},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("phone"), user.phone},
            {QStringLiteral("emailVerification"), user.emailVerification},
            {QStringLiteral("phoneVerification"), user.phoneVerification},
            {QStringLiteral("mfa"), user.mfa},
            {QStringLiteral("prefs"), user.prefs.toVariantMap()},
            {QStringLiteral("targets"), targets},
            {QStringLiteral("accessedAt"), user.accessedAt},
    };
}

QVariantMap target(const Appwrite::Target &target)
{
    return {
            {QStringLiteral("$id"), target.id},
            {QStringLiteral("$createdAt"), target.createdAt},
            {QStringLiteral("$updatedAt"), target.updatedAt},
            {QStringLiteral("name"), target.name},
            {QStringLiteral("userId"), target.userId},
            {QStringLiteral("providerId"), target.providerId},
            {QStringLiteral("providerType"), target.providerType},
            {QStringLiteral("identifier"), target.identifier},
    };
}

QVariantMap session(const Appwrite::Session &s)
{
    // Provider tokens and the secret are left out on purpose: QML never needs them.
    return {
            {QStringLiteral("$id"), s.id},
            {QStringLiteral("$createdAt"), s.createdAt},
            {QStringLiteral("$updatedAt"), s.updatedAt},
            {QStringLiteral("userId"), s.userId},
            {QStringLiteral("expire"), s.expire},
            {QStringLiteral("provider"), s.provider},
            {QStringLiteral("providerUid"), s.providerUid},
            {QStringLiteral("ip"), s.ip},
            {QStringLiteral("osCode"), s.osCode},
            {QStringLiteral("osName"), s.osName},
            {QStringLiteral("osVersion"), s.osVersion},
            {QStringLiteral("clientType"), s.clientType},
            {QStringLiteral("clientCode"), s.clientCode},
            {QStringLiteral("clientName"), s.clientName},
            {QStringLiteral("clientVersion"), s.clientVersion},
            {QStringLiteral("clientEngine"), s.clientEngine},
            {QStringLiteral("clientEngineVersion"), s.clientEngineVersion},
            {QStringLiteral("deviceName"), s.deviceName},
            {QStringLiteral("deviceBrand"), s.deviceBrand},
            {QStringLiteral("deviceModel"), s.deviceModel},
            {QStringLiteral("countryCode"), s.countryCode},
            {QStringLiteral("countryName"), s.countryName},
            {QStringLiteral("current"), s.current},
            {QStringLiteral("factors"), s.factors},
            {QStringLiteral("mfaUpdatedAt"), s.mfaUpdatedAt},
    };
}

QVariantMap token(const Appwrite::Token &token)
{
    return {
            {QStringLiteral("$id"), token.id},
            {QStringLiteral("$createdAt"), token.createdAt},
            {QStringLiteral("userId"), token.userId},
            {QStringLiteral("expire"), token.expire},
            {QStringLiteral("phrase"), token.phrase},
    };
}

QVariantMap jwt(const Appwrite::Jwt &jwt)
{
    return {{QStringLiteral("jwt"), jwt.jwt}};
}

QVariantMap mfaType(const Appwrite::MfaType &type)
{
    return {{QStringLiteral("secret"), type.secret}, {QStringLiteral("uri"), type.uri}};
}

QVariantMap mfaFactors(const Appwrite::MfaFactors &factors)
{
    return {
            {QStringLiteral("totp"), factors.totp},
            {QStringLiteral("phone"), factors.phone},
            {QStringLiteral("email"), factors.email},
            {QStringLiteral("recoveryCode"), factors.recoveryCode},
    };
}

QVariantMap mfaChallenge(const Appwrite::MfaChallenge &challenge)
{
    return {
            {QStringLiteral("$id"), challenge.id},
            {QStringLiteral("$createdAt"), challenge.createdAt},
            {QStringLiteral("userId"), challenge.userId},
            {QStringLiteral("expire"), challenge.expire},
    };
}

QVariantMap recoveryCodes(const Appwrite::MfaRecoveryCodes &codes)
{
    return {{QStringLiteral("recoveryCodes"), codes.recoveryCodes}};
}

QVariantMap identity(const Appwrite::Identity &identity)
{
    return {
            {QStringLiteral("$id"), identity.id},
            {QStringLiteral("$createdAt"), identity.createdAt},
            {QStringLiteral("$updatedAt"), identity.updatedAt},
            {QStringLiteral("userId"), identity.userId},
            {QStringLiteral("provider"), identity.provider},
            {QStringLiteral("providerUid"), identity.providerUid},
            {QStringLiteral("providerEmail"), identity.providerEmail},
    };
}

} // namespace ModelMaps
