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

//! Signs \a client in as a new user \a email with an emailed code, then asks for an email
//! challenge: the challenge's answer, or an unanswered reply (status 0) when the sign-in failed.
inline HttpReply emailChallengeForNewUser(HttpTestClient &client, const QString &email)
{
    const HttpReply token = client.post(QStringLiteral("/account/tokens/email"),
                                        {{QStringLiteral("userId"), QStringLiteral("unique()")},
                                         {QStringLiteral("email"), email}});
    const HttpReply session = client.post(
            QStringLiteral("/account/sessions/token"),
            {{QStringLiteral("userId"), token.string("userId")},
             {QStringLiteral("secret"), field(latestMessage(client, email), "secret")}});
    if (session.status != 201)
        return {};
    return client.post(QStringLiteral("/account/mfa/challenge"),
                       {{QStringLiteral("factor"), QStringLiteral("email")}});
}

} // namespace SandboxAuth
