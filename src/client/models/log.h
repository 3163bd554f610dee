#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Appwrite {

//! One entry of the account's security log.
struct Log
{
    QString event;
    QString userId;
    QString userEmail;
    QString userName;
    QString mode;
    QString ip;
    QDateTime time;
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

    static std::optional<Log> fromJson(const QJsonObject &json, QString *why);
};

struct LogList
{
    int total = 0;
    QList<Log> logs;

    static std::optional<LogList> fromJson(const QJsonObject &json, QString *why);
};

} // namespace Appwrite
