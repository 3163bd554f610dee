#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Appwrite {

//! One signed-in device.
struct Session
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString userId;
    QDateTime expire;
    QString provider; //!< email, anonymous, token, magic-url, phone, oauth2 provider name...
    QString providerUid;
    QString providerAccessToken;
    QDateTime providerAccessTokenExpiry;
    QString providerRefreshToken;
    QString ip;
    QString osCode;
    QString osName;
    QString osVersion;
    QString clientType;
    QString clientCode;
    QString clientName;
    QString clientVersion;
    QString clientEngine;
    QString clientEngineVersion;
    QString deviceName;
    QString deviceBrand;
    QString deviceModel;
    QString countryCode;
    QString countryName;
    bool current = false;
    QStringList factors;
    QString secret; //!< Always empty for client calls; the credential travels in cookies.
    //! Invalid before any MFA challenge (the server sends ""). Accepts the server's DB format.
    QDateTime mfaUpdatedAt;

    static std::optional<Session> fromJson(const QJsonObject &json, QString *why);
};

struct SessionList
{
    int total = 0;
    QList<Session> sessions;

    static std::optional<SessionList> fromJson(const QJsonObject &json, QString *why);
};

} // namespace Appwrite
