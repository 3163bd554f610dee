#include "client/sessioncookies.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Appwrite::SessionCookies {

QList<QPair<QByteArray, QByteArray>> requestHeaders(const QString &cookieName,
                                                    const QString &credential)
{
    if (credential.isEmpty())
        return {};
    // The cookie value is URL-encoded as PHP's setcookie() writes it; the JSON mirror is not.
    return {{"Cookie", cookieName.toUtf8() + '=' + QUrl::toPercentEncoding(credential)},
            {"X-Fallback-Cookies",
             QJsonDocument(QJsonObject{{cookieName, credential}}).toJson(QJsonDocument::Compact)}};
}

std::optional<QString> fromResponse(const QString &cookieName, const QList<QNetworkCookie> &cookies,
                                    const std::optional<QByteArray> &fallbackHeader)
{
    std::optional<QString> result;
    for (const QNetworkCookie &cookie : cookies) {
        if (QString::fromUtf8(cookie.name()) != cookieName)
            continue;
        const QString value = QString::fromUtf8(QByteArray::fromPercentEncoding(cookie.value()));
        const bool expired = cookie.expirationDate().isValid()
                && cookie.expirationDate() <= QDateTime::currentDateTimeUtc();
        // Signing out sets the literal value "deleted" with an expiry in 1970.
        result = (expired || value == QLatin1String("deleted")) ? QString() : value;
    }
    if (!fallbackHeader)
        return result;
    const QJsonDocument fallback = QJsonDocument::fromJson(*fallbackHeader);
    if (fallback.isArray())
        return QString(); // "[]": the server ended this session.
    if (fallback.object().value(cookieName).isString())
        return fallback.object().value(cookieName).toString();
    return result;
}

} // namespace Appwrite::SessionCookies
