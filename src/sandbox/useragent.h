#pragma once

#include <QJsonObject>
#include <QString>

namespace Sandbox {

//! The client/OS/device fields of the session and log models, from a User-Agent string.
//! A small stand-in for Matomo's device detector covering the clients this project meets:
//! desktop Chrome, Edge, Firefox, Safari, curl, Qt, and the app's own
//! "appwrite-account/<ver> (Linux; U; debian 12)". Anything else gives empty fields.
struct UserAgent
{
    QString osCode, osName, osVersion;
    QString clientType, clientCode, clientName, clientVersion, clientEngine, clientEngineVersion;
    QString deviceName, deviceBrand, deviceModel;

    static UserAgent parse(const QString &userAgent);
    //! Adds the 12 fields to \a model, names as in the session/log models.
    void writeTo(QJsonObject &model) const;
};

//! countryCode/countryName for an IP; the sandbox has no GeoIP data, so always "--"/"Unknown".
struct Country
{
    static QString codeFor(const QString &ip);
    static QString nameFor(const QString &code);
};

} // namespace Sandbox
