#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Appwrite {

//! A new authenticator app: its TOTP secret and the otpauth:// URI for a QR code.
struct MfaType
{
    QString secret;
    QString uri;

    static std::optional<MfaType> fromJson(const QJsonObject &json, QString *why);
};

//! Which second factors the account can use.
struct MfaFactors
{
    bool totp = false;
    bool phone = false;
    bool email = false;
    bool recoveryCode = false;

    static std::optional<MfaFactors> fromJson(const QJsonObject &json, QString *why);
};

struct MfaRecoveryCodes
{
    QStringList recoveryCodes;

    static std::optional<MfaRecoveryCodes> fromJson(const QJsonObject &json, QString *why);
};

//! A started challenge; finish it with Account::updateMfaChallenge(id, code).
struct MfaChallenge
{
    QString id;
    QDateTime createdAt;
    QString userId;
    QDateTime expire;

    static std::optional<MfaChallenge> fromJson(const QJsonObject &json, QString *why);
};

} // namespace Appwrite
