#include "client/models/log.h"

#include "client/models/jsonreader.h"

namespace Appwrite {

std::optional<Log> Log::fromJson(const QJsonObject &json, QString *why)
{
    JsonReader r(json, "Log");
    Log l;
    l.event = r.string("event");
    l.userId = r.string("userId");
    l.userEmail = r.string("userEmail");
    l.userName = r.string("userName");
    l.mode = r.string("mode");
    l.ip = r.string("ip");
    l.time = r.date("time");
    l.osCode = r.string("osCode");
    l.osName = r.string("osName");
    l.osVersion = r.string("osVersion");
    l.clientType = r.string("clientType");
    l.clientCode = r.string("clientCode");
    l.clientName = r.string("clientName");
    l.clientVersion = r.string("clientVersion");
    l.clientEngine = r.string("clientEngine");
    l.clientEngineVersion = r.string("clientEngineVersion");
    l.deviceName = r.string("deviceName");
    l.deviceBrand = r.string("deviceBrand");
    l.deviceModel = r.string("deviceModel");
    l.countryCode = r.string("countryCode");
    l.countryName = r.string("countryName");
    if (!r.finish(why))
        return std::nullopt;
    return l;
}

std::optional<LogList> LogList::fromJson(const QJsonObject &json, QString *why)
{
    JsonReader r(json, "LogList");
    LogList list;
    list.total = r.count("total");
    list.logs = readList<Log>(r, "logs");
    if (!r.finish(why))
        return std::nullopt;
    return list;
}

} // namespace Appwrite
