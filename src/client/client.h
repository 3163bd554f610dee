#pragma once

#include "client/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace Appwrite {

class SessionStore;

//! What the client put on the wire for one request (for tests that check it against the spec).
//! Holds the session credential in its headers: never log it.
struct RecordedRequest
{
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

//! One connection to one Appwrite project: endpoint, project, locale, TLS policy, the
//! headers every official SDK sends, and the session credential (cookie a_session_<project>,
//! mirrored in X-Fallback-Cookies), kept in a SessionStore and replayed on every request.
class Client : public QObject
{
    Q_OBJECT
public:
    enum class Method { Get, Post, Put, Patch, Delete };

    explicit Client(QObject *parent = nullptr);
    ~Client() override;

    //! The API root, e.g. https://cloud.appwrite.io/v1 (a trailing slash is ignored).
    QUrl endpoint() const { return m_endpoint; }
    void setEndpoint(const QUrl &endpoint);
    QString project() const { return m_project; }
    void setProject(const QString &project);
    //! Sent as X-Appwrite-Locale when not empty (e.g. "de").
    QString locale() const { return m_locale; }
    void setLocale(const QString &locale);
    //! Accept a self-signed certificate. Off by default: TLS errors are errors. Even when on,
    //! only errors saying the certificate is not signed by a trusted authority are forgiven;
    //! a certificate for another host, expired or revoked still fails.
    bool selfSigned() const { return m_selfSigned; }
    void setSelfSigned(bool accept);
    //! With selfSigned(): the SHA-256 digest of the one certificate to accept, the one seen
    //! when the user opted in. Empty: any self-signed certificate for the right host.
    QByteArray pinnedCertificate() const { return m_pinnedCertificate; }
    void setPinnedCertificate(const QByteArray &sha256);
    //! The SHA-256 digest of the certificate the server showed on the last answered https
    //! call (empty before one, or over http).
    QByteArray peerCertificate() const { return m_peerCertificate; }
    //! Plain http:// sends passwords and sessions in the clear: refused (Error::Kind::Validation,
    //! field "endpoint", type "client_plain_http", nothing sent) unless the endpoint is on
    //! this computer (loopback) or the user confirmed and this is on.
    bool allowPlainHttp() const { return m_allowPlainHttp; }
    void setAllowPlainHttp(bool allow);
    //! Whether \a endpoint is http:// to somewhere other than this computer.
    static bool isInsecureRemote(const QUrl &endpoint);
    QString userAgent() const { return m_userAgent; }
    void setUserAgent(const QString &userAgent);
    //! "<app>/<version> (<os>)" in the Flutter-desktop style, e.g.
    //! "appwrite-account/0.1.0 (Linux; U; debian 12)".
    static QString defaultUserAgent(const QString &appName, const QString &appVersion);
    //! A request with no progress for this long fails with Error::Kind::Timeout.
    std::chrono::milliseconds transferTimeout() const { return m_timeout; }
    void setTransferTimeout(std::chrono::milliseconds timeout);

    //! Where the credential is kept. Not owned; nullptr restores the built-in in-memory store.
    void setSessionStore(SessionStore *store);
    SessionStore *sessionStore() const { return m_store; }
    //! The store key: the one set with setSessionKey(), else "<endpoint>#<project>".
    QString sessionKey() const;
    //! Keys the credential by something steadier than the endpoint (e.g. a saved connection's
    //! id, whose server may move to another port); empty: endpoint and project.
    void setSessionKey(const QString &key);
    //! Reads the credential from the store again (after an asynchronous store fetched it).
    void reloadSession() { reloadCredential(); }
    //! Name of the session cookie: "a_session_<project>".
    QString sessionCookieName() const;
    //! Whether a credential is held (it may still have expired on the server).
    bool hasSession() const { return !m_credential.isEmpty(); }
    //! Forgets the credential locally (the server session stays; see Account::deleteSession).
    void clearSession();
    //! Takes the session from an OAuth2 session-flow redirect (…/auth/oauth2/success?key=
    //! a_session_<project>&secret=…). Returns false when the URL carries none for this project.
    bool adoptSessionFromRedirect(const QUrl &redirect);

    //! Sends one API call. \a path is below the endpoint (e.g. "/account"). GET parameters go
    //! into the query string (arrays as key[]=), others into a JSON body. \a done runs once,
    //! on \a context's thread, unless \a context is destroyed first (then the call is aborted).
    //! Any 2xx is success; an empty body (204) yields an empty object.
    void call(Method method, const QString &path, const QJsonObject &params, QObject *context,
              Callback<QJsonObject> done);
    //! Delivers \a error to \a done later (from the event loop), as for a failed call.
    void fail(QObject *context, const Error &error, Callback<QJsonObject> done);
    //! The full URL of \a path with \a query encoded as call() does (project not included).
    QUrl url(const QString &path, const QJsonObject &query = {}) const;

    //! Stops every pending call of \a context; their callbacks get Error::Kind::Cancelled.
    void cancel(QObject *context);
    int pendingCount() const { return int(m_pending.size()); }

    QNetworkAccessManager *network() const { return m_network; }

Q_SIGNALS:
    //! Emitted for every request, just before it is sent.
    void requestSent(const Appwrite::RecordedRequest &request);
    //! hasSession() changed: a session was stored, or cleared (sign-out, 401 session gone).
    void sessionChanged();

private:
    struct Pending;
    void finish(QNetworkReply *reply);
    void updateSessionFrom(QNetworkReply *reply);
    void setCredential(const QString &credential);
    void reloadCredential();

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_endpoint;
    QString m_project;
    QString m_locale;
    QString m_userAgent;
    bool m_selfSigned = false;
    bool m_allowPlainHttp = false;
    QByteArray m_pinnedCertificate;
    QByteArray m_peerCertificate;
    std::chrono::milliseconds m_timeout{30000};
    std::unique_ptr<SessionStore> m_ownStore;
    SessionStore *m_store = nullptr;
    QString m_sessionKey;
    QString m_credential;
    QHash<QNetworkReply *, std::shared_ptr<Pending>> m_pending;
};

} // namespace Appwrite

Q_DECLARE_METATYPE(Appwrite::RecordedRequest)
