#include "sandbox/authmessages.h"

#include "sandbox/models.h"
#include "sandbox/outbox.h"
#include "sandbox/requestcontext.h"
#include "sandbox/services.h"
#include "sandbox/useragent.h"

namespace Sandbox::AuthMessages {

namespace {

// The outbox columns are NOT NULL, and a null QString binds as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void deliver(RequestContext &ctx, OutboxMessage message)
{
    for (QString *field : {&message.to, &message.subject, &message.body, &message.html,
                           &message.userId, &message.secret, &message.url, &message.phrase})
        *field = text(*field);
    ctx.services.outbox.send(message);
}

} // namespace

RequestAgent agentOf(const RequestContext &ctx)
{
    const UserAgent agent = UserAgent::parse(ctx.userAgent);
    return {agent.clientName, agent.deviceBrand, agent.osName};
}

QString projectName(const RequestContext &ctx)
{
    return ctx.services.options.projectName;
}

void sendMail(RequestContext &ctx, const QVariantMap &user, const MailContent &mail,
              const QString &secret, const QString &url, const QString &phrase)
{
    OutboxMessage message;
    message.channel = QStringLiteral("email");
    message.to = user.value(QStringLiteral("email")).toString();
    message.subject = mail.subject;
    message.body = mail.text;
    message.userId = user.value(QStringLiteral("id")).toString();
    message.secret = secret;
    message.url = url;
    message.phrase = phrase;
    deliver(ctx, message);
}

void sendSms(RequestContext &ctx, const QString &userId, const QString &phone, const QString &code)
{
    OutboxMessage message;
    message.channel = QStringLiteral("sms");
    message.to = phone;
    message.body = MessageTemplates::sms(code);
    message.userId = userId;
    message.secret = code;
    deliver(ctx, message);
}

QJsonObject confirmedToken(const QVariantMap &row)
{
    QJsonObject model = Models::token(row);
    model.insert(QStringLiteral("secret"), row.value(QStringLiteral("secret_hash")).toString());
    return model;
}

} // namespace Sandbox::AuthMessages
