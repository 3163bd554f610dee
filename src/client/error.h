#pragma once

#include <QDateTime>
#include <QString>

namespace Appwrite {

//! Everything that can go wrong with one call: an error answer from the server, a transport
//! failure, a response the client cannot read, or a check the client made before sending.
class Error
{
public:
    enum class Kind {
        Http, //!< The server answered with a non-2xx status (status, type and message are set).
        Network, //!< No answer: connection refused, host not found, connection dropped...
        Timeout, //!< No complete answer within the transfer timeout.
        Tls, //!< The TLS handshake failed (certificate not trusted, wrong host...).
        InvalidResponse, //!< A 2xx answer that is not the documented JSON (truncated, malformed).
        Validation, //!< A parameter failed the client-side check; nothing was sent.
        Cancelled, //!< Client::cancel() stopped the call.
    };

    Error() = default;
    Error(Kind kind, const QString &message)
        : m_kind(kind)
        , m_message(message)
    { }

    //! An error answer: \a body is the raw response body (Appwrite's JSON error, or anything).
    static Error fromHttp(int status, const QByteArray &body,
                          const QByteArray &rateLimitReset = {});
    static Error validation(const QString &field, const QString &message);
    static Error invalidResponse(const QString &why);
    //! A plain-http endpoint the user did not confirm (Kind::Validation, type
    //! "client_plain_http", field "endpoint").
    static Error plainHttpRefused();

    Kind kind() const { return m_kind; }
    //! HTTP status (0 when no answer arrived).
    int status() const { return m_status; }
    //! Appwrite error type, e.g. "user_invalid_credentials" (empty when not an Appwrite error).
    QString type() const { return m_type; }
    //! Human-readable text: the server's message, or a translated client-side one.
    QString message() const { return m_message; }
    //! The parameter that failed a client-side check (Kind::Validation only).
    QString field() const { return m_field; }
    //! When a 429 may be retried (from X-RateLimit-Reset; invalid when unknown).
    QDateTime rateLimitReset() const { return m_rateLimitReset; }

    bool is(const char *appwriteType) const { return m_type == QLatin1String(appwriteType); }
    bool isRateLimited() const { return m_status == 429; }
    //! The server no longer knows the session (signed out elsewhere, expired, blocked).
    bool isSessionGone() const;
    //! The session exists but still needs a second factor (MFA).
    bool needsMoreFactors() const { return is("user_more_factors_required"); }

    //! One line for logs and debugging; never contains a secret.
    QString toString() const;

private:
    Kind m_kind = Kind::Http;
    int m_status = 0;
    QString m_type;
    QString m_message;
    QString m_field;
    QDateTime m_rateLimitReset;
};

} // namespace Appwrite
