#include "client/models/mfa.h"

#include "client/models/jsonreader.h"

namespace Appwrite {

std::optional<MfaType> MfaType::fromJson(const QJsonObject &json, QString *why)
{
    JsonReader r(json, "MfaType");
    MfaType t;
    t.secret = r.string("secret");
    t.uri = r.string("uri");
    if (!r.finish(why))
        return std::nullopt;
    return t;
}

std::optional<MfaFactors> MfaFactors::fromJson(const QJsonObject &json, QString *why)
{
    JsonReader r(json, "MfaFactors");
    MfaFactors f;
    f.totp = r.boolean("totp");
    f.phone = r.boolean("phone");
    f.email = r.boolean("email");
    f.recoveryCode = r.boolean("recoveryCode");
    if (!r.finish(why))
        return std::nullopt;
    return f;
}

std::optional<MfaRecoveryCodes> MfaRecoveryCodes::fromJson(const QJsonObject &json, QString *why)
{
    JsonReader r(json, "MfaRecoveryCodes");
    MfaRecoveryCodes c;
    c.recoveryCodes = r.strings("recoveryCodes");
    if (!r.finish(why))
        return std::nullopt;
    return c;
}

std::optional<MfaChallenge> MfaChallenge::fromJson(const QJsonObject &json, QString *why)
{
    JsonReader r(json, "MfaChallenge");
    MfaChallenge c;
    c.id = r.string("$id");
    c.createdAt = r.date("$createdAt");
    c.userId = r.string("userId");
    c.expire = r.date("expire");
    if (!r.finish(why))
        return std::nullopt;
    return c;
}

} // namespace Appwrite
