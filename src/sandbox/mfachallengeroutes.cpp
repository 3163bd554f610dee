// The second sign-in step: POST creates a challenge (and sends a code by email or SMS), PUT
// answers it and adds the factor to the session.
#include "sandbox/apierror.h"
#include "sandbox/authmessages.h"
#include "sandbox/authroutes.h"
#include "sandbox/clock.h"
#include "sandbox/crypto.h"
#include "sandbox/mfastore.h"
#include "sandbox/models.h"
#include "sandbox/requestcontext.h"
#include "sandbox/router.h"
#include "sandbox/secrets.h"
#include "sandbox/services.h"

namespace Sandbox {

namespace {

using namespace AuthMessages;

const QString emailFactor = QStringLiteral("email");
const QString phoneFactor = QStringLiteral("phone");
const QString totpFactor = QStringLiteral("totp");
// 1.5.11 stores the factor as sent but only ever matches the lower-case spelling, so a
// challenge created as "recoveryCode" (the spec's wording) can never be answered (findings #10).
const QString recoveryCodeFactor = QStringLiteral("recoverycode");

// Sends the code of an email or phone challenge; the other factors need nothing sent.
QString deliverCode(RequestContext &ctx, const QString &factor)
{
    const QVariantMap &user = *ctx.user;
    if (factor.compare(emailFactor, Qt::CaseInsensitive) == 0) {
        if (user.value(QStringLiteral("email")).toString().isEmpty())
            throw ApiError(0, QStringLiteral("user_email_not_found"),
                           QStringLiteral("Server Error"));
        if (!user.value(QStringLiteral("email_verified")).toBool())
            throw ApiError(ApiError::UserEmailNotVerified);
        const QString code = Secrets::otp();
        sendMail(ctx, user,
                 MessageTemplates::mfaChallenge(projectName(ctx),
                                                user.value(QStringLiteral("name")).toString(), code,
                                                agentOf(ctx)),
                 code);
        return code;
    }
    if (factor.compare(phoneFactor, Qt::CaseInsensitive) == 0) {
        const QString phone = user.value(QStringLiteral("phone")).toString();
        if (phone.isEmpty())
            throw ApiError(ApiError::UserPhoneNotFound);
        if (!user.value(QStringLiteral("phone_verified")).toBool())
            throw ApiError(0, QStringLiteral("user_phone_not_verified"),
                           QStringLiteral("Server Error"));
        const QString code = Secrets::otp();
        sendSms(ctx, ctx.userId(), phone, code);
        return code;
    }
    return QString();
}

bool answers(RequestContext &ctx, const QVariantMap &challenge, const QString &otp)
{
    const QString type = challenge.value(QStringLiteral("type")).toString();
    MfaStore mfa(ctx.services.db);
    if (type == totpFactor)
        return mfa.hasVerifiedTotp(ctx.userId()) && mfa.totpAccepts(ctx.userId(), otp);
    if (type == emailFactor || type == phoneFactor) {
        return challenge.value(QStringLiteral("expire")).toLongLong() > Clock::nowMs()
                && Crypto::equals(challenge.value(QStringLiteral("code_hash")).toString(),
                                  Crypto::sha256Hex(otp));
    }
    if (type == recoveryCodeFactor)
        return mfa.consumeRecoveryCode(ctx.userId(), otp);
    return false;
}

// The real server answers with the session as its database holds it: mfaUpdatedAt in database
// format, current false, no country name, and the stored hash in `secret` (findings.md).
QJsonObject challengedSession(const QVariantMap &row)
{
    QJsonObject model = Models::session(row, false);
    model.insert(QStringLiteral("mfaUpdatedAt"),
                 Clock::db(row.value(QStringLiteral("mfa_updated_at")).toLongLong()));
    model.insert(QStringLiteral("countryName"), QString());
    model.insert(QStringLiteral("secret"), row.value(QStringLiteral("secret_hash")).toString());
    return model;
}

void addCreateChallenge(Router &router)
{
    Route route;
    route.method = "POST";
    route.path = QStringLiteral("/v1/account/mfa/challenge");
    route.allowedBeforeSecondFactor = true;
    // {param-token} names no parameter, so the bucket is one per project (as in 1.5.11).
    route.rateLimit = {10, 3600, {QStringLiteral("url:{url},token:{param-token}")}};
    route.params = {Param::required(
            QStringLiteral("factor"),
            Validators::oneOf(
                    {emailFactor, phoneFactor, totpFactor, QStringLiteral("recoveryCode")}, false,
                    {emailFactor, phoneFactor, totpFactor, recoveryCodeFactor}))};
    route.auditEvent = QStringLiteral("challenge.create");
    route.handler = [](RequestContext &ctx) {
        const QString factor = ctx.param(QStringLiteral("factor"));
        const QString code = deliverCode(ctx, factor);
        const QVariantMap challenge =
                MfaStore(ctx.services.db).createChallenge(ctx.userId(), factor, code);
        // 200, not the documented 201.
        return Response::json(
                200,
                QJsonObject{
                        {QStringLiteral("$id"), challenge.value(QStringLiteral("id")).toString()},
                        {QStringLiteral("$createdAt"),
                         Clock::iso(challenge.value(QStringLiteral("created_at")).toLongLong())},
                        {QStringLiteral("userId"), ctx.userId()},
                        {QStringLiteral("expire"),
                         Clock::iso(challenge.value(QStringLiteral("expire")).toLongLong())},
                });
    };
    router.add(std::move(route));
}

void addAnswerChallenge(Router &router)
{
    Route route;
    route.method = "PUT";
    route.path = QStringLiteral("/v1/account/mfa/challenge");
    route.allowedBeforeSecondFactor = true;
    route.rateLimit = {10, 3600, {QStringLiteral("userId:{param-userId}")}};
    route.params = {Param::required(QStringLiteral("challengeId"), Validators::text(256)),
                    Param::required(QStringLiteral("otp"), Validators::text(256))};
    route.auditEvent = QStringLiteral("challenge.update");
    route.handler = [](RequestContext &ctx) {
        MfaStore mfa(ctx.services.db);
        const auto challenge =
                mfa.challenge(ctx.userId(), ctx.param(QStringLiteral("challengeId")));
        if (!challenge || !answers(ctx, *challenge, ctx.param(QStringLiteral("otp"))))
            throw ApiError(ApiError::UserInvalidToken);
        mfa.removeChallenge(challenge->value(QStringLiteral("id")).toString());
        if (!ctx.session)
            throw ApiError(ApiError::UserSessionNotFound);
        const QVariantMap session = ctx.services.sessions.addFactor(
                ctx.sessionId(), challenge->value(QStringLiteral("type")).toString().toLower());
        return Response::json(200, challengedSession(session));
    };
    router.add(std::move(route));
}

} // namespace

void addMfaChallengeRoutes(Router &router)
{
    addCreateChallenge(router);
    addAnswerChallenge(router);
}

} // namespace Sandbox
