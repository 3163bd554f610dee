// Email and phone verification, and password recovery: a secret sent by email or SMS, then
// confirmed. Confirmations answer with the stored token (its `secret` is the SHA-256 kept).
#include "sandbox/apierror.h"
#include "sandbox/authmessages.h"
#include "sandbox/authroutes.h"
#include "sandbox/clock.h"
#include "sandbox/linkbuilder.h"
#include "sandbox/models.h"
#include "sandbox/requestcontext.h"
#include "sandbox/router.h"
#include "sandbox/secrets.h"
#include "sandbox/services.h"
#include "sandbox/tokenstore.h"

namespace Sandbox {

namespace {

using namespace AuthMessages;

// Verification and recovery links carry the expiry in the database format (findings.md).
QString confirmationLink(const RequestContext &ctx, const QString &userId, const QString &secret,
                         const QVariantMap &token)
{
    return LinkBuilder::emailLink(
            ctx.param(QStringLiteral("url")),
            {{QStringLiteral("userId"), userId},
             {QStringLiteral("secret"), secret},
             {QStringLiteral("expire"),
              Clock::db(token.value(QStringLiteral("expire")).toLongLong())}});
}

QString nameOf(const QVariantMap &user)
{
    return user.value(QStringLiteral("name")).toString();
}

// Finds the token of \a type, or answers as the real server: 404 for an unknown user, 401 for
// a wrong, used or expired secret.
QVariantMap tokenToConfirm(RequestContext &ctx, const QString &userId, Schema::TokenType type)
{
    const auto token =
            TokenStore(ctx.services.db).find(userId, ctx.param(QStringLiteral("secret")), type);
    if (!token)
        throw ApiError(ApiError::UserInvalidToken);
    return *token;
}

QVariantMap existingUser(RequestContext &ctx)
{
    const auto user = ctx.services.users.find(ctx.param(QStringLiteral("userId")));
    if (!user)
        throw ApiError(ApiError::UserNotFound);
    return *user;
}

void addCreateVerification(Router &router)
{
    Route route;
    route.method = "POST";
    route.path = QStringLiteral("/v1/account/verification");
    route.rateLimit = {10, 3600, {QStringLiteral("url:{url},userId:{userId}")}};
    route.params = {Param::required(QStringLiteral("url"), Validators::redirectUrl())};
    route.auditEvent = QStringLiteral("verification.create");
    route.handler = [](RequestContext &ctx) {
        const QVariantMap &user = *ctx.user;
        if (user.value(QStringLiteral("email_verified")).toBool())
            throw ApiError(ApiError::UserEmailAlreadyVerified);
        if (user.value(QStringLiteral("email")).toString().isEmpty())
            throw ApiError(ApiError::BadRequest);
        const QString secret = Secrets::verificationSecret();
        const QVariantMap token = TokenStore(ctx.services.db)
                                          .create(ctx.userId(), Schema::Verification, secret,
                                                  TokenStore::confirmSeconds, QString(), &ctx);
        const QString link = confirmationLink(ctx, ctx.userId(), secret, token);
        sendMail(ctx, user, MessageTemplates::verification(projectName(ctx), nameOf(user), link),
                 secret, link);
        return Response::json(201, Models::token(token));
    };
    router.add(std::move(route));
}

void addConfirmVerification(Router &router)
{
    Route route;
    route.method = "PUT";
    route.path = QStringLiteral("/v1/account/verification");
    route.scope = Scope::Public;
    route.rateLimit = {10, 3600, {QStringLiteral("url:{url},userId:{param-userId}")}};
    route.params = {Param::required(QStringLiteral("userId"), Validators::uid()),
                    Param::required(QStringLiteral("secret"), Validators::text(256))};
    route.auditEvent = QStringLiteral("verification.update");
    route.handler = [](RequestContext &ctx) {
        const QVariantMap user = existingUser(ctx);
        const QString userId = user.value(QStringLiteral("id")).toString();
        const QVariantMap token = tokenToConfirm(ctx, userId, Schema::Verification);
        ctx.services.users.update(userId, {{QStringLiteral("email_verified"), 1}});
        TokenStore(ctx.services.db).remove(token.value(QStringLiteral("id")).toString());
        ctx.auditUser = user;
        return Response::json(200, confirmedToken(token));
    };
    router.add(std::move(route));
}

void addCreatePhoneVerification(Router &router)
{
    Route route;
    route.method = "POST";
    route.path = QStringLiteral("/v1/account/verification/phone");
    route.rateLimit = {
            10,
            3600,
            {QStringLiteral("url:{url},userId:{userId}"), QStringLiteral("url:{url},ip:{ip}")}};
    route.auditEvent = QStringLiteral("verification.create");
    route.handler = [](RequestContext &ctx) {
        const QVariantMap &user = *ctx.user;
        const QString phone = user.value(QStringLiteral("phone")).toString();
        if (phone.isEmpty())
            throw ApiError(ApiError::UserPhoneNotFound);
        if (user.value(QStringLiteral("phone_verified")).toBool())
            throw ApiError(ApiError::UserPhoneAlreadyVerified);
        const QString code = Secrets::otp();
        // One hour, although the documentation promises 15 minutes (TOKEN_EXPIRATION_CONFIRM).
        const QVariantMap token = TokenStore(ctx.services.db)
                                          .create(ctx.userId(), Schema::Phone, code,
                                                  TokenStore::confirmSeconds, QString(), &ctx);
        sendSms(ctx, ctx.userId(), phone, code);
        return Response::json(201, Models::token(token));
    };
    router.add(std::move(route));
}

void addConfirmPhoneVerification(Router &router)
{
    Route route;
    route.method = "PUT";
    route.path = QStringLiteral("/v1/account/verification/phone");
    route.scope = Scope::Public;
    route.rateLimit = {10, 3600, {QStringLiteral("userId:{param-userId}")}};
    route.params = {Param::required(QStringLiteral("userId"), Validators::uid()),
                    Param::required(QStringLiteral("secret"), Validators::text(256))};
    route.auditEvent = QStringLiteral("verification.update");
    route.handler = [](RequestContext &ctx) {
        existingUser(ctx);
        // The real server checks the code against the caller's own tokens, not userId's: a
        // guest or another user never matches.
        if (ctx.isGuest())
            throw ApiError(ApiError::UserInvalidToken);
        const QVariantMap token = tokenToConfirm(ctx, ctx.userId(), Schema::Phone);
        ctx.services.users.update(ctx.userId(), {{QStringLiteral("phone_verified"), 1}});
        TokenStore(ctx.services.db).remove(token.value(QStringLiteral("id")).toString());
        return Response::json(200, confirmedToken(token));
    };
    router.add(std::move(route));
}

void addCreateRecovery(Router &router)
{
    Route route;
    route.method = "POST";
    route.path = QStringLiteral("/v1/account/recovery");
    route.scope = Scope::SessionsWrite;
    route.rateLimit = {
            10,
            3600,
            {QStringLiteral("url:{url},email:{param-email}"), QStringLiteral("url:{url},ip:{ip}")}};
    route.params = {Param::required(QStringLiteral("email"), Validators::email()),
                    Param::required(QStringLiteral("url"), Validators::redirectUrl())};
    route.auditEvent = QStringLiteral("recovery.create");
    route.handler = [](RequestContext &ctx) {
        const auto user = ctx.services.users.findByEmail(ctx.param(QStringLiteral("email")));
        if (!user)
            throw ApiError(ApiError::UserNotFound);
        if (!user->value(QStringLiteral("status")).toBool())
            throw ApiError(ApiError::UserBlocked);
        const QString userId = user->value(QStringLiteral("id")).toString();
        const QString secret = Secrets::recoverySecret();
        const QVariantMap token = TokenStore(ctx.services.db)
                                          .create(userId, Schema::Recovery, secret,
                                                  TokenStore::confirmSeconds, QString(), &ctx);
        const QString link = confirmationLink(ctx, userId, secret, token);
        sendMail(ctx, *user, MessageTemplates::recovery(projectName(ctx), nameOf(*user), link),
                 secret, link);
        ctx.auditUser = user;
        return Response::json(201, Models::token(token));
    };
    router.add(std::move(route));
}

void addConfirmRecovery(Router &router)
{
    Route route;
    route.method = "PUT";
    route.path = QStringLiteral("/v1/account/recovery");
    route.scope = Scope::SessionsWrite;
    route.rateLimit = {10, 3600, {QStringLiteral("url:{url},userId:{param-userId}")}};
    route.params = {Param::required(QStringLiteral("userId"), Validators::uid()),
                    Param::required(QStringLiteral("secret"), Validators::text(256)),
                    Param::required(QStringLiteral("password"), Validators::newPassword())};
    route.auditEvent = QStringLiteral("recovery.update");
    route.handler = [](RequestContext &ctx) {
        const QVariantMap user = existingUser(ctx);
        const QString userId = user.value(QStringLiteral("id")).toString();
        const QVariantMap token = tokenToConfirm(ctx, userId, Schema::Recovery);
        ctx.services.users.setPassword(userId, ctx.param(QStringLiteral("password")));
        // Receiving the email proves the address; sessions stay as they are.
        ctx.services.users.update(userId, {{QStringLiteral("email_verified"), 1}});
        TokenStore(ctx.services.db).remove(token.value(QStringLiteral("id")).toString());
        ctx.auditUser = user;
        return Response::json(200, confirmedToken(token));
    };
    router.add(std::move(route));
}

} // namespace

void addVerificationRoutes(Router &router)
{
    addCreateVerification(router);
    addConfirmVerification(router);
    addCreatePhoneVerification(router);
    addConfirmPhoneVerification(router);
    addCreateRecovery(router);
    addConfirmRecovery(router);
}

} // namespace Sandbox
