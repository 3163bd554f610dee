#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Appwrite {

//! The account's preferences: a free-form JSON object.
struct Preferences
{
    QJsonObject values;

    static std::optional<Preferences> fromJson(const QJsonObject &json, QString *why);
};

//! A message receiver owned by the user (email, sms or push).
struct Target
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString name;
    QString userId;
    QString providerId; //!< Empty when the server sent null.
    QString providerType; //!< "email", "sms" or "push".
    QString identifier;

    static std::optional<Target> fromJson(const QJsonObject &json, QString *why);
};

//! The signed-in account (the spec's User model as /account returns it, without hashes).
struct User
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString name;
    QDateTime registration;
    bool status = false; //!< false once blocked.
    QStringList labels;
    QDateTime passwordUpdate; //!< Invalid when the user has no password (anonymous, OTP...).
    QString email;
    QString phone;
    bool emailVerification = false;
    bool phoneVerification = false;
    bool mfa = false;
    QJsonObject prefs;
    QList<Target> targets;
    QDateTime accessedAt;

    static std::optional<User> fromJson(const QJsonObject &json, QString *why);
};

} // namespace Appwrite
