#pragma once

// Shared by the tst_sandbox_auth_* / mfa / oauth tests: reading the sandbox outbox.
#include "httptestclient.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace SandboxAuth {

inline QString uniqueEmail(const char *name)
{
    return QStringLiteral("%1.%2@example.com")
            .arg(QLatin1String(name))
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

//! The newest outbox message to \a to ({} when there is none).
inline QJsonObject latestMessage(HttpTestClient &client, const QString &to)
{
    QUrlQuery query;
    // Like PHP, the sandbox reads '+' in a query as a space: a phone number's must be %2B.
    query.addQueryItem(QStringLiteral("to"), QString(to).replace(u'+', QStringLiteral("%2B")));
    const HttpReply reply = client.get(QStringLiteral("/sandbox/outbox"), query);
    return reply.json.value(QStringLiteral("messages")).toArray().first().toObject();
}

inline QString field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

} // namespace SandboxAuth
