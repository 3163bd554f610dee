#include "client/models/user.h"

#include "client/models/jsonreader.h"

namespace Appwrite {

std::optional<Preferences> Preferences::fromJson(const QJsonObject &json, QString *)
{
    // Free-form by definition: any object is a valid set of preferences.
    return Preferences{json};
}

std::optional<Target> Target::fromJson(const QJsonObject &json, QString *why)
{
    JsonReader r(json, "Target");
    Target t;
    t.id = r.string("$id");
    t.createdAt = r.date("$createdAt");
    t.updatedAt = r.date("$updatedAt");
    t.name = r.string("name");
    t.userId = r.string("userId");
    t.providerId = r.optionalString("providerId");
    t.providerType = r.string("providerType");
    t.identifier = r.string("identifier");
    if (!r.finish(why))
        return std::nullopt;
    return t;
}

std::optional<User> User::fromJson(const QJsonObject &json, QString *why)
{
    JsonReader r(json, "User");
    User u;
    u.id = r.string("$id");
    u.createdAt = r.date("$createdAt");
    u.updatedAt = r.date("$updatedAt");
    u.name = r.string("name");
    u.registration = r.date("registration");
    u.status = r.boolean("status");
    u.labels = r.strings("labels");
    u.passwordUpdate = r.date("passwordUpdate");
    u.email = r.string("email");
    u.phone = r.string("phone");
    u.emailVerification = r.boolean("emailVerification");
    u.phoneVerification = r.boolean("phoneVerification");
    u.mfa = r.boolean("mfa");
    u.prefs = r.object("prefs");
    u.targets = readList<Target>(r, "targets");
    u.accessedAt = r.date("accessedAt");
    if (!r.finish(why))
        return std::nullopt;
    return u;
}

} // namespace Appwrite
