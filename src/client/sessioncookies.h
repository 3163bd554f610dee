#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkCookie>
#include <QPair>
#include <QString>

#include <optional>

namespace Appwrite {

//! How the session credential travels: the a_session_<project> cookie and its mirror, the
//! X-Fallback-Cookies header ({"a_session_<project>":"…"}, or [] once the session ended).
namespace SessionCookies {

//! The headers that present \a credential to the server (none for an empty credential).
QList<QPair<QByteArray, QByteArray>> requestHeaders(const QString &cookieName,
                                                    const QString &credential);

//! What a response says about the session: a new credential, "" when it ended, or nothing.
std::optional<QString> fromResponse(const QString &cookieName, const QList<QNetworkCookie> &cookies,
                                    const std::optional<QByteArray> &fallbackHeader);

} // namespace SessionCookies

} // namespace Appwrite
