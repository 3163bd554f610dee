#include "client/error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Appwrite {

Error Error::fromHttp(int status, const QByteArray &body, const QByteArray &rateLimitReset)
{
    Error error(Kind::Http, QString());
    error.m_status = status;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    error.m_type = json.value(QLatin1String("type")).toString();
    error.m_message = json.value(QLatin1String("message")).toString();
    if (error.m_message.isEmpty()) {
        // OAuth2 routes answer with an HTML page, proxies with anything: never show raw markup.
        error.m_message = QCoreApplication::translate("Appwrite::Error",
                                                      "The server answered with HTTP status %1.")
                                  .arg(status);
    }
    bool ok = false;
    const qint64 reset = rateLimitReset.trimmed().toLongLong(&ok);
    if (ok && reset > 0)
        error.m_rateLimitReset = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
    return error;
}

Error Error::validation(const QString &field, const QString &message)
{
    Error error(Kind::Validation, message);
    error.m_field = field;
    return error;
}

Error Error::invalidResponse(const QString &why)
{
    return Error(Kind::InvalidResponse,
                 QCoreApplication::translate("Appwrite::Error",
                                             "The server sent a response that cannot be read (%1).")
                         .arg(why));
}

Error Error::plainHttpRefused()
{
    Error error = validation(
            QStringLiteral("endpoint"),
            QCoreApplication::translate("Appwrite::Error",
                                        "This server address uses plain http://: passwords and "
                                        "sessions would travel unencrypted."));
    error.m_type = QStringLiteral("client_plain_http");
    return error;
}

bool Error::isSessionGone() const
{
    // A deleted, expired or unknown session makes the caller a guest, which lacks the
    // "account" scope; a blocked user's session can never be used again either.
    return m_kind == Kind::Http && m_status == 401
            && (is("general_unauthorized_scope") || is("user_blocked"));
}

QString Error::toString() const
{
    static const char *const kinds[] = {
            "http", "network", "timeout", "tls", "invalid-response", "validation", "cancelled"};
    QString text = QLatin1String(kinds[int(m_kind)]);
    if (m_status)
        text += QLatin1Char(' ') + QString::number(m_status);
    if (!m_type.isEmpty())
        text += QLatin1Char(' ') + m_type;
    if (!m_field.isEmpty())
        text += QLatin1String(" [") + m_field + QLatin1Char(']');
    return text + QLatin1String(": ") + m_message;
}

} // namespace Appwrite
