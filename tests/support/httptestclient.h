#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

//! One HTTP answer, kept whole for assertions.
struct HttpReply
{
    int status = 0; //!< 0 when the request did not complete
    QByteArray body;
    QJsonObject json; //!< body parsed as an object ({} otherwise)
    QList<QPair<QByteArray, QByteArray>> headers;

    //! First header of that name (case-insensitive), empty when absent.
    QByteArray header(const QByteArray &name) const;
    QList<QByteArray> setCookies() const;
    //! The Appwrite error type ("" on success).
    QString type() const { return json.value(QLatin1String("type")).toString(); }
    QString string(const char *field) const { return json.value(QLatin1String(field)).toString(); }
};

//! A blocking (QSignalSpy::wait) HTTP client for integration tests that behaves like an
//! Appwrite client: sends X-Appwrite-Project and a User-Agent, and keeps the session the
//! server hands out in X-Fallback-Cookies, sending it back on every call (dropping it when the
//! server answers `X-Fallback-Cookies: []`). No automatic cookie jar.
class HttpTestClient
{
public:
    enum class Credential { FallbackHeader, Cookie, SessionHeader, LegacyCookie };

    HttpTestClient(const QUrl &endpoint, const QString &project);

    HttpReply get(const QString &path, const QUrlQuery &query = {});
    HttpReply post(const QString &path, const QJsonObject &body = {});
    HttpReply put(const QString &path, const QJsonObject &body = {});
    HttpReply patch(const QString &path, const QJsonObject &body = {});
    HttpReply del(const QString &path, const QJsonObject &body = {});
    //! Any verb; \a path is relative to the endpoint (e.g. "/account").
    HttpReply send(const QByteArray &verb, const QString &path, const QByteArray &body,
                   const QUrlQuery &query = {});

    //! The encoded session credential (base64 of {"id","secret"}), "" when signed out.
    QString session() const { return m_session; }
    void setSession(const QString &session) { m_session = session; }
    //! How the credential travels (default: X-Fallback-Cookies, like the project's client).
    void setCredential(Credential credential) { m_credential = credential; }
    void setJwt(const QString &jwt) { m_jwt = jwt; }
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }
    void setProject(const QString &project) { m_project = project; }
    //! Extra header sent on every request (e.g. Origin), empty value removes it.
    void setHeader(const QByteArray &name, const QByteArray &value);
    //! Seconds to wait for an answer (argon2 hashing is slow on a loaded machine).
    void setTimeout(int seconds) { m_timeoutMs = seconds * 1000; }

    QUrl endpoint() const { return m_endpoint; }
    QString project() const { return m_project; }

private:
    QNetworkAccessManager m_nam;
    QUrl m_endpoint;
    QString m_project;
    QString m_session;
    QString m_jwt;
    QByteArray m_userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like "
                             "Gecko) Chrome/124.0.0.0 Safari/537.36";
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
    Credential m_credential = Credential::FallbackHeader;
    int m_timeoutMs = 60000;
};
