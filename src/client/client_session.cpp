// Client: the session it keeps per endpoint and project, in its SessionStore, and the cookies
// that change it.
#include "client/client.h"

#include "client/logging.h"
#include "client/sessioncookies.h"
#include "client/sessionstore.h"

#include <QNetworkCookie>
#include <QNetworkReply>
#include <QUrlQuery>

#include <optional>

namespace Appwrite {

void Client::setSessionStore(SessionStore *store)
{
    m_store = store ? store : m_ownStore.get();
    reloadCredential();
}

void Client::setSessionKey(const QString &key)
{
    if (key == m_sessionKey)
        return;
    m_sessionKey = key;
    reloadCredential();
}

QString Client::sessionKey() const
{
    if (!m_sessionKey.isEmpty())
        return m_sessionKey;
    return m_endpoint.toString(QUrl::FullyEncoded) + QLatin1Char('#') + m_project;
}

QString Client::sessionCookieName() const
{
    return QLatin1String("a_session_") + m_project;
}

void Client::clearSession()
{
    m_store->clear(sessionKey());
    setCredential(QString());
}

bool Client::adoptSessionFromRedirect(const QUrl &redirect)
{
    const QUrlQuery query(redirect);
    const QString secret = query.queryItemValue(QStringLiteral("secret"), QUrl::FullyDecoded);
    if (query.queryItemValue(QStringLiteral("key")) != sessionCookieName() || secret.isEmpty())
        return false;
    m_store->save(sessionKey(), secret);
    setCredential(secret);
    return true;
}

void Client::reloadCredential()
{
    setCredential(m_store->load(sessionKey()));
}

void Client::setCredential(const QString &credential)
{
    if (credential == m_credential)
        return;
    m_credential = credential;
    qCDebug(lcHttp) << (credential.isEmpty() ? "session cleared" : "session stored");
    Q_EMIT sessionChanged();
}

void Client::updateSessionFrom(QNetworkReply *reply)
{
    const auto fallback = reply->hasRawHeader("X-Fallback-Cookies")
            ? std::optional<QByteArray>(reply->rawHeader("X-Fallback-Cookies"))
            : std::nullopt;
    const auto update = SessionCookies::fromResponse(
            sessionCookieName(),
            reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>(),
            fallback);
    if (!update)
        return;
    if (update->isEmpty()) {
        clearSession();
    } else {
        m_store->save(sessionKey(), *update);
        setCredential(*update);
    }
}

} // namespace Appwrite
