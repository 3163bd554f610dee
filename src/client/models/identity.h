#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Appwrite {

//! An OAuth2 provider account linked to the user.
struct Identity
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString userId;
    QString provider;
    QString providerUid;
    QString providerEmail;
    QString providerAccessToken;
    QDateTime providerAccessTokenExpiry;
    QString providerRefreshToken;

    static std::optional<Identity> fromJson(const QJsonObject &json, QString *why);
};

struct IdentityList
{
    int total = 0;
    QList<Identity> identities;

    static std::optional<IdentityList> fromJson(const QJsonObject &json, QString *why);
};

} // namespace Appwrite
