// Two-factor settings: the TOTP authenticator, the MFA switch, factors and recovery codes.
#include "sandbox/apierror.h"
#include "sandbox/authroutes.h"
#include "sandbox/clock.h"
#include "sandbox/coreroutes.h"
#include "sandbox/mfastore.h"
#include "sandbox/models.h"
#include "sandbox/requestcontext.h"
#include "sandbox/router.h"
#include "sandbox/services.h"
#include "sandbox/totp.h"

#include <QJsonArray>

namespace Sandbox {

namespace {

Param authenticatorType()
{
    return Param::required(QStringLiteral("type"), Validators::oneOf({QStringLiteral("totp")}));
}

// The "mfaProtected" group: reading or replacing recovery codes needs a challenge passed in
// this session within the last 30 minutes.
void requireRecentChallenge(const RequestContext &ctx)
{
    const qint64 passed =
            ctx.session ? ctx.session->value(QStringLiteral("mfa_updated_at")).toLongLong() : 0;
    if (passed == 0 || Clock::nowMs() - passed > MfaStore::recentChallengeSeconds * 1000)
        throw ApiError(ApiError::UserChallengeRequired);
}

QJsonObject recoveryCodesModel(const QStringList &codes)
{
    return {{QStringLiteral("recoveryCodes"), QJsonArray::fromStringList(codes)}};
}

void addUpdateMfa(Router &router)
{
    Route route;
    route.method = "PATCH";
    route.path = QStringLiteral("/v1/account/mfa");
    route.params = {Param::required(QStringLiteral("mfa"), Validators::boolean())};
    route.auditEvent = QStringLiteral("user.update");
    route.handler = [](RequestContext &ctx) {
        const bool enable = ctx.value(QStringLiteral("mfa")).toBool();
        ctx.services.users.update(ctx.userId(), {{QStringLiteral("mfa"), int(enable)}});
        // The device that turns MFA on keeps working: its session gains every factor the user
        // has already verified. (1.5.11 fails here with document_invalid_structure when a
        // verified email or phone joins a verified TOTP; the sandbox does what was meant.)
        if (enable && ctx.session) {
            QStringList factors;
            MfaStore mfa(ctx.services.db);
            if (mfa.hasVerifiedTotp(ctx.userId()))
                factors << QStringLiteral("totp");
            if (ctx.user->value(QStringLiteral("email_verified")).toBool())
                factors << QStringLiteral("email");
            if (ctx.user->value(QStringLiteral("phone_verified")).toBool())
                factors << QStringLiteral("phone");
            mfa.addSessionFactors(ctx.sessionId(), factors);
        }
        return accountResponse(ctx);
    };
    router.add(std::move(route));
}

void addCreateAuthenticator(Router &router)
{
    Route route;
    route.method = "POST";
    route.path = QStringLiteral("/v1/account/mfa/authenticators/{type}");
    route.params = {authenticatorType()};
    route.auditEvent = QStringLiteral("user.update");
    route.handler = [](RequestContext &ctx) {
        MfaStore mfa(ctx.services.db);
        if (mfa.hasVerifiedTotp(ctx.userId()))
            throw ApiError(ApiError::UserAuthenticatorAlreadyVerified);
        const QString secret = mfa.startTotp(ctx.userId());
        const QString account = ctx.user->value(QStringLiteral("email")).toString();
        return Response::json(
                200,
                QJsonObject{{QStringLiteral("secret"), secret},
                            {QStringLiteral("uri"),
                             Totp::uri(ctx.services.options.projectName, account, secret)}});
    };
    router.add(std::move(route));
}

void addVerifyAuthenticator(Router &router)
{
    Route route;
    route.method = "PUT";
    route.path = QStringLiteral("/v1/account/mfa/authenticators/{type}");
    route.params = {authenticatorType(),
                    Param::required(QStringLiteral("otp"), Validators::text(256))};
    route.auditEvent = QStringLiteral("user.update");
    route.handler = [](RequestContext &ctx) {
        MfaStore mfa(ctx.services.db);
        const auto authenticator = mfa.totp(ctx.userId());
        if (!authenticator)
            throw ApiError(ApiError::UserAuthenticatorNotFound);
        if (authenticator->value(QStringLiteral("verified")).toBool())
            throw ApiError(ApiError::UserAuthenticatorAlreadyVerified);
        if (!mfa.totpAccepts(ctx.userId(), ctx.param(QStringLiteral("otp"))))
            throw ApiError(ApiError::UserInvalidToken);
        mfa.verifyTotp(ctx.userId());
        if (ctx.session)
            mfa.addSessionFactors(ctx.sessionId(), {QStringLiteral("totp")});
        return accountResponse(ctx);
    };
    router.add(std::move(route));
}

void addDeleteAuthenticator(Router &router)
{
    Route route;
    route.method = "DELETE";
    route.path = QStringLiteral("/v1/account/mfa/authenticators/{type}");
    route.params = {authenticatorType(),
                    Param::required(QStringLiteral("otp"), Validators::text(256))};
    route.auditEvent = QStringLiteral("user.update");
    route.handler = [](RequestContext &ctx) {
        MfaStore mfa(ctx.services.db);
        if (!mfa.totp(ctx.userId()))
            throw ApiError(ApiError::UserAuthenticatorNotFound);
        // Either a current code or one of the recovery codes (which is then used up).
        const QString otp = ctx.param(QStringLiteral("otp"));
        if (!mfa.totpAccepts(ctx.userId(), otp) && !mfa.consumeRecoveryCode(ctx.userId(), otp))
            throw ApiError(ApiError::UserInvalidToken);
        mfa.removeTotp(ctx.userId());
        return Response::noContent();
    };
    router.add(std::move(route));
}

void addListFactors(Router &router)
{
    Route route;
    route.method = "GET";
    route.path = QStringLiteral("/v1/account/mfa/factors");
    route.allowedBeforeSecondFactor = true;
    route.handler = [](RequestContext &ctx) {
        MfaStore mfa(ctx.services.db);
        const QVariantMap &user = *ctx.user;
        const auto hasValue = [&](const char *column) {
            return !user.value(QLatin1String(column)).toString().isEmpty();
        };
        return Response::json(
                200,
                QJsonObject{
                        {QStringLiteral("totp"), mfa.hasVerifiedTotp(ctx.userId())},
                        {QStringLiteral("phone"),
                         hasValue("phone")
                                 && user.value(QStringLiteral("phone_verified")).toBool()},
                        {QStringLiteral("email"),
                         hasValue("email")
                                 && user.value(QStringLiteral("email_verified")).toBool()},
                        {QStringLiteral("recoveryCode"),
                         !mfa.recoveryCodes(ctx.userId()).isEmpty()},
                });
    };
    router.add(std::move(route));
}

void addGetRecoveryCodes(Router &router)
{
    Route route;
    route.method = "GET";
    route.path = QStringLiteral("/v1/account/mfa/recovery-codes");
    route.handler = [](RequestContext &ctx) {
        requireRecentChallenge(ctx);
        const QStringList codes = MfaStore(ctx.services.db).recoveryCodes(ctx.userId());
        if (codes.isEmpty())
            throw ApiError(ApiError::UserRecoveryCodesNotFound);
        return Response::json(200, recoveryCodesModel(codes));
    };
    router.add(std::move(route));
}

void addCreateRecoveryCodes(Router &router)
{
    Route route;
    route.method = "POST";
    route.path = QStringLiteral("/v1/account/mfa/recovery-codes");
    route.auditEvent = QStringLiteral("user.update");
    route.handler = [](RequestContext &ctx) {
        MfaStore mfa(ctx.services.db);
        if (!mfa.recoveryCodes(ctx.userId()).isEmpty())
            throw ApiError(ApiError::UserRecoveryCodesAlreadyExists);
        // 200, not the 201 the spec documents (findings.md).
        return Response::json(200, recoveryCodesModel(mfa.replaceRecoveryCodes(ctx.userId())));
    };
    router.add(std::move(route));
}

void addRegenerateRecoveryCodes(Router &router)
{
    Route route;
    route.method = "PATCH";
    route.path = QStringLiteral("/v1/account/mfa/recovery-codes");
    route.auditEvent = QStringLiteral("user.update");
    route.handler = [](RequestContext &ctx) {
        requireRecentChallenge(ctx);
        MfaStore mfa(ctx.services.db);
        if (mfa.recoveryCodes(ctx.userId()).isEmpty())
            throw ApiError(ApiError::UserRecoveryCodesNotFound);
        return Response::json(200, recoveryCodesModel(mfa.replaceRecoveryCodes(ctx.userId())));
    };
    router.add(std::move(route));
}

} // namespace

void addMfaRoutes(Router &router)
{
    addUpdateMfa(router);
    addCreateAuthenticator(router);
    addVerifyAuthenticator(router);
    addDeleteAuthenticator(router);
    addListFactors(router);
    addGetRecoveryCodes(router);
    addCreateRecoveryCodes(router);
    addRegenerateRecoveryCodes(router);
}

} // namespace Sandbox
