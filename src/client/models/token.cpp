#include "client/models/token.h"

#include "client/models/jsonreader.h"

namespace Appwrite {

std::optional<Token> Token::fromJson(const QJsonObject &json, QString *why)
{
    JsonReader r(json, "Token");
    Token t;
    t.id = r.string("$id");
    t.createdAt = r.date("$createdAt");
    t.userId = r.string("userId");
    t.secret = r.string("secret");
    t.expire = r.date("expire");
    t.phrase = r.string("phrase");
    if (!r.finish(why))
        return std::nullopt;
    return t;
}

std::optional<Jwt> Jwt::fromJson(const QJsonObject &json, QString *why)
{
    JsonReader r(json, "Jwt");
    Jwt j;
    j.jwt = r.string("jwt");
    if (!r.finish(why))
        return std::nullopt;
    return j;
}

} // namespace Appwrite
