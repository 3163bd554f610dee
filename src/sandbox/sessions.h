#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Sandbox {

class Database;
class RequestContext;
class Response;
struct Options;

//! The sessions table, session cookies, and the one way every sign-in route makes a session.
class Sessions
{
public:
    Sessions(Database &db, const Options &options)
        : m_db(db)
        , m_options(options)
    { }

    //! What a sign-in route knows about the new session.
    struct Spec
    {
        QString provider; //!< email, anonymous, magic-url, token, phone, oauth2 provider name
        QString providerUid;
        QStringList factors; //!< e.g. {"password"}
        QString providerAccessToken;
        QString providerRefreshToken;
        qint64 providerAccessTokenExpiry = 0;
    };
    struct Created
    {
        QVariantMap row;
        QString secret; //!< the only time the plain secret exists: goes into cookies
    };

    //! Stores a session for \a userId (secret hashed, client info from the request), then drops
    //! the user's oldest sessions beyond --session-limit. Writes the audit-independent row only.
    Created create(const RequestContext &ctx, const QString &userId, const Spec &spec);
    //! The standard 201 answer of a sign-in route: session model, cookies, X-Fallback-Cookies.
    //! Also records the new session as ctx.auditUser's "current" for the audit log.
    Response created(RequestContext &ctx, const Created &session);

    //! The unexpired session of \a userId whose secret is \a secret.
    std::optional<QVariantMap> findBySecret(const QString &userId, const QString &secret);
    std::optional<QVariantMap> find(const QString &userId, const QString &sessionId);
    QList<QVariantMap> list(const QString &userId);
    //! Deletes one session and the push targets bound to it.
    void remove(const QString &sessionId);
    void removeAll(const QString &userId);
    //! Extends to now + session length; returns the fresh row.
    QVariantMap extend(const QString &sessionId);
    //! Adds \a factor to the session's factors (MFA) and stamps mfa_updated_at.
    QVariantMap addFactor(const QString &sessionId, const QString &factor);

    //! base64 of {"id": userId, "secret": secret}: cookie, X-Appwrite-Session and fallback value.
    static QString encode(const QString &userId, const QString &secret);
    //! The reverse; false when \a value is not such a credential.
    static bool decode(const QString &value, QString *userId, QString *secret);
    //! Set-Cookie a_session_<p>_legacy and a_session_<p> plus X-Fallback-Cookies.
    static void setCookies(Response &response, const RequestContext &ctx, const QString &value,
                           qint64 expireMs);
    //! The logout form: value "deleted", expired in 1970, X-Fallback-Cookies: [].
    static void clearCookies(Response &response, const RequestContext &ctx);

private:
    void enforceLimit(const QString &userId);

    Database &m_db;
    const Options &m_options;
};

} // namespace Sandbox
