#include "client/models/identity.h"

#include "client/models/jsonreader.h"

namespace Appwrite {

std::optional<Identity> Identity::fromJson(const QJsonObject &json, QString *why)
{
    JsonReader r(json, "Identity");
    Identity i;
    i.id = r.string("$id");
    i.createdAt = r.date("$createdAt");
    i.updatedAt = r.date("$updatedAt");
    i.userId = r.string("userId");
    i.provider = r.string("provider");
    i.providerUid = r.string("providerUid");
    i.providerEmail = r.string("providerEmail");
    i.providerAccessToken = r.string("providerAccessToken");
    i.providerAccessTokenExpiry = r.date("providerAccessTokenExpiry");
    i.providerRefreshToken = r.string("providerRefreshToken");
    if (!r.finish(why))
        return std::nullopt;
    return i;
}

std::optional<IdentityList> IdentityList::fromJson(const QJsonObject &json, QString *why)
{
    JsonReader r(json, "IdentityList");
    IdentityList list;
    list.total = r.count("total");
    list.identities = readList<Identity>(r, "identities");
    if (!r.finish(why))
        return std::nullopt;
    return list;
}

} // namespace Appwrite
