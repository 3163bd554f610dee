#pragma once

#include "sandbox/messagetemplates.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace Sandbox {

class RequestContext;

//! What the token, verification and MFA routes share: delivering their emails and texts to the
//! outbox, and the token model of the confirmation routes.
namespace AuthMessages {
RequestAgent agentOf(const RequestContext &ctx);
QString projectName(const RequestContext &ctx);
//! Delivers \a mail to \a user's email address.
void sendMail(RequestContext &ctx, const QVariantMap &user, const MailContent &mail,
              const QString &secret, const QString &url = QString(),
              const QString &phrase = QString());
void sendSms(RequestContext &ctx, const QString &userId, const QString &phone, const QString &code);
//! The real server answers PUT verification/recovery with the stored token, whose `secret` is
//! the SHA-256 it keeps (never the secret itself).
QJsonObject confirmedToken(const QVariantMap &row);
} // namespace AuthMessages

} // namespace Sandbox
