#pragma once

// Bodies in the shape the server sends, for tst_core_models (kept out of the test source:
// moc cannot read multi-line raw strings inside macros).
#include "client/models.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CoreSamples {

inline QJsonObject json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

inline QJsonObject session(const QString &id, bool current, const QString &createdAt)
{
    return json(
            QStringLiteral(
                    R"({"$id":"%1","$createdAt":"%3","$updatedAt":"%3","userId":"alice",
"expire":"2027-11-26T19:52:13.709+00:00","provider":"email","providerUid":"alice@example.com",
"providerAccessToken":"","providerAccessTokenExpiry":"","providerRefreshToken":"","ip":"127.0.0.1",
"osCode":"LIN","osName":"GNU/Linux","osVersion":"","clientType":"browser","clientCode":"CH",
"clientName":"Chrome","clientVersion":"124.0","clientEngine":"Blink","clientEngineVersion":"124.0.0.0",
"deviceName":"desktop","deviceBrand":"","deviceModel":"","countryCode":"--","countryName":"Unknown",
"current":%2,"factors":["password"],"secret":"","mfaUpdatedAt":""})")
                    .arg(id, current ? QStringLiteral("true") : QStringLiteral("false"), createdAt)
                    .toUtf8());
}

inline QJsonObject log(const QString &event, int minute)
{
    return json(QStringLiteral(R"({"event":"%1","userId":"alice","userEmail":"alice@example.com",
"userName":"Alice","mode":"default","ip":"127.0.0.1","time":"2026-11-26T19:%2:00.000+00:00",
"osCode":"LIN","osName":"GNU/Linux","osVersion":"","clientType":"browser","clientCode":"CH",
"clientName":"Chrome","clientVersion":"124.0","clientEngine":"Blink","clientEngineVersion":"124.0.0.0",
"deviceName":"desktop","deviceBrand":"","deviceModel":"","countryCode":"--","countryName":"Unknown"})")
                        .arg(event)
                        .arg(minute, 2, 10, QLatin1Char('0'))
                        .toUtf8());
}

inline Appwrite::LogList logPage(int total, int first, int count)
{
    QJsonArray logs;
    for (int i = 0; i < count; ++i)
        logs.append(log(QStringLiteral("session.create"), (first + i) % 60));
    QString why;
    const auto list = Appwrite::LogList::fromJson(
            QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("logs"), logs}}, &why);
    if (!list)
        qFatal("log list did not parse: %s", qPrintable(why));
    return *list;
}

inline const QByteArray sample1 =
        R"({"total":1,"identities":[{"$id":"i1","$createdAt":"2026-11-26T19:52:04.950+00:00",
"$updatedAt":"2026-11-26T19:52:04.950+00:00","userId":"alice","provider":"github","providerUid":"42",
"providerEmail":"alice@example.com","providerAccessToken":"t","providerAccessTokenExpiry":"2026-11-27T19:52:04.950+00:00",
"providerRefreshToken":""}]})";

inline const QByteArray sample2 = R"({"$id":"alice","$createdAt":"2026-11-26T19:52:04.950+00:00",
"$updatedAt":"2026-11-26T19:52:04.950+00:00","name":"Alice","registration":"2026-11-26T19:52:04.948+00:00",
"status":true,"labels":[],"passwordUpdate":"2026-11-26T19:52:04.948+00:00","email":"alice@example.com",
"phone":"","emailVerification":false,"phoneVerification":false,"mfa":false,"prefs":{},
"targets":[{"$id":"e1","$createdAt":"2026-11-26T19:52:04.955+00:00","$updatedAt":"2026-11-26T19:52:04.955+00:00",
"name":"","userId":"alice","providerId":null,"providerType":"email","identifier":"alice@example.com"},
{"$id":"p1","$createdAt":"2026-11-26T19:53:04.955+00:00","$updatedAt":"2026-11-26T19:53:04.955+00:00",
"name":"Laptop","userId":"alice","providerId":"fcm","providerType":"push","identifier":"device-token"}],
"accessedAt":"2026-11-26T19:52:04.948+00:00"})";

inline const QByteArray sample3 =
        R"({"theme":"dark","fontSize":14,"beta":true,"tags":["a","b"],"quoted":"42"})";

inline const QByteArray sample4 = R"({"total":0})";

inline const QByteArray sample5 = R"({"total":2,"messages":[
{"$id":"m2","$createdAt":"2026-11-26T20:00:00.000+00:00","channel":"sms","to":"+15555550101",
 "subject":"","body":"Your code is 123456","userId":"u1","secret":"123456","url":"","phrase":""},
{"$id":"m1","$createdAt":"2026-11-26T19:00:00.000+00:00","channel":"email","to":"alice@example.com",
 "subject":"Account Verification","body":"Follow this link","userId":"u1","secret":"abc",
 "url":"http://localhost/cb?userId=u1&secret=abc","phrase":"Mindful lighthouse"}]})";

} // namespace CoreSamples
