#include "sandbox/authenticator.h"

#include "sandbox/clock.h"
#include "sandbox/requestcontext.h"
#include "sandbox/services.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sandbox::Authenticator {

namespace {

QString credentialOf(RequestContext &ctx)
{
    const QString name = QStringLiteral("a_session_") + ctx.project;
    for (const QString &cookie : {name, name + QStringLiteral("_legacy")}) {
        const QString value = ctx.cookies.value(cookie);
        if (!value.isEmpty()) {
            ctx.sessionFromCookie = true;
            return value;
        }
    }
    const QString header = QString::fromUtf8(ctx.header("x-appwrite-session"));
    if (!header.isEmpty())
        return header;
    const QJsonObject fallback = QJsonDocument::fromJson(ctx.header("x-fallback-cookies")).object();
    return fallback.value(name).toString();
}

void touchAccessedAt(RequestContext &ctx)
{
    // Like APP_USER_ACCESS: accessedAt moves at most once a day.
    constexpr qint64 day = 24LL * 3600 * 1000;
    const qint64 now = Clock::nowMs();
    if (ctx.user && now - ctx.user->value(QStringLiteral("accessed_at")).toLongLong() > day) {
        ctx.services.db.exec(QStringLiteral("UPDATE users SET accessed_at = ? WHERE id = ?"),
                             {now, ctx.userId()});
        ctx.user->insert(QStringLiteral("accessed_at"), now);
    }
}

} // namespace

void authenticate(RequestContext &ctx)
{
    Services &services = ctx.services;
    QString userId;
    QString secret;
    if (Sessions::decode(credentialOf(ctx), &userId, &secret)) {
        ctx.session = services.sessions.findBySecret(userId, secret);
        if (ctx.session)
            ctx.user = services.users.find(userId);
        if (!ctx.user)
            ctx.session.reset();
    }
    const QString jwt = QString::fromUtf8(ctx.header("x-appwrite-jwt"));
    if (!jwt.isEmpty()) {
        const Jwt::Claims claims = services.jwt.verify(jwt);
        ctx.session.reset();
        ctx.user.reset();
        // A JWT outlives nothing: once its session is gone the caller is a guest.
        if (services.sessions.find(claims.userId, claims.sessionId)) {
            ctx.user = services.users.find(claims.userId);
            ctx.viaJwt = ctx.user.has_value();
        }
    }
    touchAccessedAt(ctx);
}

bool needsMoreFactors(RequestContext &ctx)
{
    if (!ctx.session || !ctx.user || !ctx.user->value(QStringLiteral("mfa")).toBool())
        return false;
    const bool hasMoreFactors = ctx.user->value(QStringLiteral("email_verified")).toBool()
            || ctx.user->value(QStringLiteral("phone_verified")).toBool()
            || ctx.services.db.count(QStringLiteral("SELECT COUNT(*) FROM authenticators WHERE "
                                                    "user_id = ? AND type = 'totp' AND verified "
                                                    "= 1"),
                                     {ctx.userId()})
                    > 0;
    if (!hasMoreFactors)
        return false;
    const QJsonArray factors =
            QJsonDocument::fromJson(ctx.session->value(QStringLiteral("factors")).toByteArray())
                    .array();
    return factors.size() < 2;
}

} // namespace Sandbox::Authenticator
