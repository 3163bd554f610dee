#include "client/models/session.h"

#include "client/models/jsonreader.h"

namespace Appwrite {

std::optional<Session> Session::fromJson(const QJsonObject &json, QString *why)
{
    JsonReader r(json, "Session");
    Session s;
    s.id = r.string("$id");
    s.createdAt = r.date("$createdAt");
    s.updatedAt = r.date("$updatedAt");
    s.userId = r.string("userId");
    s.expire = r.date("expire");
    s.provider = r.string("provider");
    s.providerUid = r.string("providerUid");
    s.providerAccessToken = r.string("providerAccessToken");
    s.providerAccessTokenExpiry = r.date("providerAccessTokenExpiry");
    s.providerRefreshToken = r.string("providerRefreshToken");
    s.ip = r.string("ip");
    s.osCode = r.string("osCode");
    s.osName = r.string("osName");
    s.osVersion = r.string("osVersion");
    s.clientType = r.string("clientType");
    s.clientCode = r.string("clientCode");
    s.clientName = r.string("clientName");
    s.clientVersion = r.string("clientVersion");
    s.clientEngine = r.string("clientEngine");
    s.clientEngineVersion = r.string("clientEngineVersion");
    s.deviceName = r.string("deviceName");
    s.deviceBrand = r.string("deviceBrand");
    s.deviceModel = r.string("deviceModel");
    s.countryCode = r.string("countryCode");
    s.countryName = r.string("countryName");
    s.current = r.boolean("current");
    s.factors = r.strings("factors");
    s.secret = r.string("secret");
    s.mfaUpdatedAt = r.date("mfaUpdatedAt");
    if (!r.finish(why))
        return std::nullopt;
    return s;
}

std::optional<SessionList> SessionList::fromJson(const QJsonObject &json, QString *why)
{
    JsonReader r(json, "SessionList");
    SessionList list;
    list.total = r.count("total");
    list.sessions = readList<Session>(r, "sessions");
    if (!r.finish(why))
        return std::nullopt;
    return list;
}

} // namespace Appwrite
