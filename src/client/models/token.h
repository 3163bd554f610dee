#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Appwrite {

//! A one-time secret was created (sent by email or SMS; the secret itself is never returned).
struct Token
{
    QString id;
    QDateTime createdAt;
    QString userId;
    QString secret; //!< Empty for client calls.
    QDateTime expire;
    QString phrase; //!< The security phrase when one was requested, else empty.

    static std::optional<Token> fromJson(const QJsonObject &json, QString *why);
};

//! A JSON Web Token for the current session (valid 15 minutes).
struct Jwt
{
    QString jwt;

    static std::optional<Jwt> fromJson(const QJsonObject &json, QString *why);
};

} // namespace Appwrite
