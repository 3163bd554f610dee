#include "sandbox/models.h"

#include "sandbox/clock.h"
#include "sandbox/database.h"
#include "sandbox/useragent.h"

#include <QJsonDocument>

namespace Sandbox::Models {

namespace {

QString str(const QVariantMap &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

QString date(const QVariantMap &row, const char *column)
{
    return Clock::iso(row.value(QLatin1String(column)).toLongLong());
}

QJsonValue json(const QVariantMap &row, const char *column)
{
    const QJsonDocument doc =
            QJsonDocument::fromJson(row.value(QLatin1String(column)).toByteArray());
    if (doc.isArray())
        return doc.array();
    return doc.object();
}

} // namespace

QJsonObject account(Database &db, const QVariantMap &user)
{
    QJsonArray targets;
    const auto rows = db.all(QStringLiteral("SELECT * FROM targets WHERE user_id = ? ORDER BY "
                                            "created_at, rowid"),
                             {user.value(QStringLiteral("id"))});
    for (const QVariantMap &row : rows)
        targets.append(target(row));
    return {
            {QStringLiteral("$id"), str(user, "id")},
            {QStringLiteral("$createdAt"), date(user, "created_at")},
            {QStringLiteral("$updatedAt"), date(user, "updated_at")},
            {QStringLiteral("name"), str(user, "name")},
            {QStringLiteral("registration"), date(user, "registration")},
            {QStringLiteral("status"), user.value(QStringLiteral("status")).toBool()},
            {QStringLiteral("labels"), json(user, "labels").toArray()},
            {QStringLiteral("passwordUpdate"), date(user, "password_updated_at")},
            {QStringLiteral("email"), str(user, "email")},
            {QStringLiteral("phone"), str(user, "phone")},
            {QStringLiteral("emailVerification"),
             user.value(QStringLiteral("email_verified")).toBool()},
            {QStringLiteral("phoneVerification"),
             user.value(QStringLiteral("phone_verified")).toBool()},
            {QStringLiteral("mfa"), user.value(QStringLiteral("mfa")).toBool()},
            {QStringLiteral("prefs"), preferences(user)},
            {QStringLiteral("targets"), targets},
            {QStringLiteral("accessedAt"), date(user, "accessed_at")},
    };
}

QJsonObject preferences(const QVariantMap &user)
{
    return json(user, "prefs").toObject();
}

QJsonObject session(const QVariantMap &row, bool current)
{
    QJsonObject model{
            {QStringLiteral("$id"), str(row, "id")},
            {QStringLiteral("$createdAt"), date(row, "created_at")},
            {QStringLiteral("$updatedAt"), date(row, "updated_at")},
            {QStringLiteral("userId"), str(row, "user_id")},
            {QStringLiteral("expire"), date(row, "expire")},
            {QStringLiteral("provider"), str(row, "provider")},
            {QStringLiteral("providerUid"), str(row, "provider_uid")},
            {QStringLiteral("providerAccessToken"), str(row, "provider_access_token")},
            {QStringLiteral("providerAccessTokenExpiry"),
             date(row, "provider_access_token_expiry")},
            {QStringLiteral("providerRefreshToken"), str(row, "provider_refresh_token")},
            {QStringLiteral("ip"), str(row, "ip")},
    };
    UserAgent::parse(str(row, "user_agent")).writeTo(model);
    const QString country = str(row, "country_code");
    model.insert(QStringLiteral("countryCode"), country.isEmpty() ? QStringLiteral("--") : country);
    model.insert(QStringLiteral("countryName"), Country::nameFor(country));
    model.insert(QStringLiteral("current"), current);
    model.insert(QStringLiteral("factors"), json(row, "factors").toArray());
    model.insert(QStringLiteral("secret"), QString());
    model.insert(QStringLiteral("mfaUpdatedAt"), date(row, "mfa_updated_at"));
    return model;
}

QJsonObject token(const QVariantMap &row)
{
    return {
            {QStringLiteral("$id"), str(row, "id")},
            {QStringLiteral("$createdAt"), date(row, "created_at")},
            {QStringLiteral("userId"), str(row, "user_id")},
            {QStringLiteral("secret"), QString()},
            {QStringLiteral("expire"), date(row, "expire")},
            {QStringLiteral("phrase"), str(row, "phrase")},
    };
}

QJsonObject jwt(const QString &token)
{
    return {{QStringLiteral("jwt"), token}};
}

QJsonObject log(const QVariantMap &row)
{
    QJsonObject model{
            {QStringLiteral("event"), str(row, "event")},
            {QStringLiteral("userId"), str(row, "user_id")},
            {QStringLiteral("userEmail"), str(row, "user_email")},
            {QStringLiteral("userName"), str(row, "user_name")},
            {QStringLiteral("mode"), str(row, "mode")},
            {QStringLiteral("ip"), str(row, "ip")},
            {QStringLiteral("time"), date(row, "time")},
    };
    UserAgent::parse(str(row, "user_agent")).writeTo(model);
    const QString country = str(row, "country_code");
    model.insert(QStringLiteral("countryCode"), country.isEmpty() ? QStringLiteral("--") : country);
    model.insert(QStringLiteral("countryName"), Country::nameFor(country));
    return model;
}

QJsonObject identity(const QVariantMap &row)
{
    return {
            {QStringLiteral("$id"), str(row, "id")},
            {QStringLiteral("$createdAt"), date(row, "created_at")},
            {QStringLiteral("$updatedAt"), date(row, "updated_at")},
            {QStringLiteral("userId"), str(row, "user_id")},
            {QStringLiteral("provider"), str(row, "provider")},
            {QStringLiteral("providerUid"), str(row, "provider_uid")},
            {QStringLiteral("providerEmail"), str(row, "provider_email")},
            {QStringLiteral("providerAccessToken"), str(row, "provider_access_token")},
            {QStringLiteral("providerAccessTokenExpiry"),
             date(row, "provider_access_token_expiry")},
            {QStringLiteral("providerRefreshToken"), str(row, "provider_refresh_token")},
    };
}

QJsonObject target(const QVariantMap &row)
{
    const QVariant providerId = row.value(QStringLiteral("provider_id"));
    return {
            {QStringLiteral("$id"), str(row, "id")},
            {QStringLiteral("$createdAt"), date(row, "created_at")},
            {QStringLiteral("$updatedAt"), date(row, "updated_at")},
            {QStringLiteral("name"), str(row, "name")},
            {QStringLiteral("userId"), str(row, "user_id")},
            {QStringLiteral("providerId"),
             providerId.isNull() ? QJsonValue(QJsonValue::Null)
                                 : QJsonValue(providerId.toString())},
            {QStringLiteral("providerType"), str(row, "provider_type")},
            {QStringLiteral("identifier"), str(row, "identifier")},
    };
}

QJsonObject list(const QString &key, const QJsonArray &items, qint64 total)
{
    return {{QStringLiteral("total"), total}, {key, items}};
}

} // namespace Sandbox::Models
