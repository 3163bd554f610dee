// POST/GET /account and the PATCH /account/* profile updates.
#include "sandbox/apierror.h"
#include "sandbox/coreroutes.h"
#include "sandbox/models.h"
#include "sandbox/requestcontext.h"
#include "sandbox/router.h"
#include "sandbox/services.h"

#include "client/id.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Sandbox {

Response accountResponse(RequestContext &ctx)
{
    ctx.reloadUser();
    // Read far more often than it changes: the JSON lasts until the next write.
    return Response::jsonText(200, ctx.services.db.memo(u"account:"_s + ctx.userId(), [&ctx] {
        return QJsonDocument(Models::account(ctx.services.db, *ctx.user))
                .toJson(QJsonDocument::Compact);
    }));
}

namespace {

// PATCH email/phone: a user with a password must confirm it; one without (anonymous, OTP,
// OAuth) sets it here, which is how an anonymous account is converted.
void confirmOrSetPassword(RequestContext &ctx)
{
    const QString password = ctx.param(QStringLiteral("password"));
    if (!Users::hasPassword(*ctx.user)) {
        ctx.services.users.setPassword(ctx.userId(), password);
        return;
    }
    if (!Users::verifyPassword(*ctx.user, password))
        throw ApiError(ApiError::UserInvalidCredentials);
}

bool emailUsedByOtherIdentity(RequestContext &ctx, const QString &email)
{
    return ctx.services.db.count(QStringLiteral("SELECT COUNT(*) FROM identities WHERE "
                                                "provider_email = ? AND user_id != ?"),
                                 {email, ctx.userId()})
            > 0;
}

void addCreate(Router &router)
{
    Route route;
    route.method = "POST";
    route.path = QStringLiteral("/v1/account");
    route.scope = Scope::SessionsWrite;
    route.rateLimit = {10, 3600, {QStringLiteral("url:{url},ip:{ip}")}};
    route.params = {Param::required(QStringLiteral("userId"), Validators::customId()),
                    Param::required(QStringLiteral("email"), Validators::email()),
                    Param::required(QStringLiteral("password"), Validators::newPassword()),
                    Param::optionalParam(QStringLiteral("name"), Validators::text(128))};
    route.auditEvent = QStringLiteral("user.create");
    route.handler = [](RequestContext &ctx) {
        Users &users = ctx.services.users;
        QString id = ctx.param(QStringLiteral("userId"));
        if (id == QStringLiteral("unique()"))
            id = Appwrite::ID::unique();
        const QString email = ctx.param(QStringLiteral("email")).toLower();
        if (ctx.services.db.count(QStringLiteral("SELECT COUNT(*) FROM identities WHERE "
                                                 "provider_email = ?"),
                                  {email})
            > 0)
            throw ApiError(ApiError::BadRequest);
        if (users.exists(id, email) || users.targetByIdentifier(email))
            throw ApiError(ApiError::UserAlreadyExists);
        Users::NewUser newUser;
        newUser.id = id;
        newUser.email = email;
        newUser.name = ctx.param(QStringLiteral("name"));
        newUser.password = ctx.param(QStringLiteral("password"));
        const QVariantMap user = users.create(newUser);
        // Signing up while signed in is allowed and leaves the caller's session alone.
        ctx.auditUser = user;
        return Response::json(201, Models::account(ctx.services.db, user));
    };
    router.add(std::move(route));
}

void addGet(Router &router)
{
    Route route;
    route.method = "GET";
    route.path = QStringLiteral("/v1/account");
    route.handler = [](RequestContext &ctx) {
        return accountResponse(ctx);
    };
    router.add(std::move(route));
}

void addUpdateEmail(Router &router)
{
    Route route;
    route.method = "PATCH";
    route.path = QStringLiteral("/v1/account/email");
    route.params = {Param::required(QStringLiteral("email"), Validators::email()),
                    Param::required(QStringLiteral("password"), Validators::password())};
    route.auditEvent = QStringLiteral("user.update");
    route.handler = [](RequestContext &ctx) {
        const QString email = ctx.param(QStringLiteral("email")).toLower();
        Database::Transaction transaction(ctx.services.db);
        confirmOrSetPassword(ctx);
        if (emailUsedByOtherIdentity(ctx, email))
            throw ApiError(ApiError::BadRequest);
        if (ctx.services.users.targetByIdentifier(email))
            throw ApiError(ApiError::UserTargetAlreadyExists);
        const auto owner = ctx.services.users.findByEmail(email);
        if (owner && owner->value(QStringLiteral("id")) != ctx.userId())
            throw ApiError(ApiError::BadRequest);
        ctx.services.users.update(
                ctx.userId(),
                {{QStringLiteral("email"), email}, {QStringLiteral("email_verified"), 0}});
        ctx.services.users.updateTargetIdentifier(ctx.userId(), QStringLiteral("email"), email);
        transaction.commit();
        return accountResponse(ctx);
    };
    router.add(std::move(route));
}

void addUpdateName(Router &router)
{
    Route route;
    route.method = "PATCH";
    route.path = QStringLiteral("/v1/account/name");
    route.params = {Param::required(QStringLiteral("name"), Validators::text(128))};
    route.auditEvent = QStringLiteral("user.update");
    route.handler = [](RequestContext &ctx) {
        ctx.services.users.update(ctx.userId(),
                                  {{QStringLiteral("name"), ctx.param(QStringLiteral("name"))}});
        return accountResponse(ctx);
    };
    router.add(std::move(route));
}

void addUpdatePassword(Router &router)
{
    Route route;
    route.method = "PATCH";
    route.path = QStringLiteral("/v1/account/password");
    route.rateLimit = {10, 3600, {QStringLiteral("url:{url},ip:{ip}")}};
    route.params = {Param::required(QStringLiteral("password"), Validators::newPassword()),
                    Param::optionalParam(QStringLiteral("oldPassword"), Validators::password())};
    route.auditEvent = QStringLiteral("user.update");
    route.handler = [](RequestContext &ctx) {
        // Users without a password (anonymous, magic URL, OAuth) may set one without the old.
        if (Users::hasPassword(*ctx.user)
            && !Users::verifyPassword(*ctx.user, ctx.param(QStringLiteral("oldPassword"))))
            throw ApiError(ApiError::UserInvalidCredentials);
        ctx.services.users.setPassword(ctx.userId(), ctx.param(QStringLiteral("password")));
        return accountResponse(ctx);
    };
    router.add(std::move(route));
}

void addUpdatePhone(Router &router)
{
    Route route;
    route.method = "PATCH";
    route.path = QStringLiteral("/v1/account/phone");
    route.params = {Param::required(QStringLiteral("phone"), Validators::phone()),
                    Param::required(QStringLiteral("password"), Validators::password())};
    route.auditEvent = QStringLiteral("user.update");
    route.handler = [](RequestContext &ctx) {
        const QString phone = ctx.param(QStringLiteral("phone"));
        Database::Transaction transaction(ctx.services.db);
        confirmOrSetPassword(ctx);
        if (ctx.services.users.targetByIdentifier(phone))
            throw ApiError(ApiError::UserTargetAlreadyExists);
        const auto owner = ctx.services.users.findByPhone(phone);
        if (owner && owner->value(QStringLiteral("id")) != ctx.userId())
            throw ApiError(ApiError::UserPhoneAlreadyExists);
        ctx.services.users.update(
                ctx.userId(),
                {{QStringLiteral("phone"), phone}, {QStringLiteral("phone_verified"), 0}});
        ctx.services.users.updateTargetIdentifier(ctx.userId(), QStringLiteral("sms"), phone);
        transaction.commit();
        return accountResponse(ctx);
    };
    router.add(std::move(route));
}

void addPrefs(Router &router)
{
    Route get;
    get.method = "GET";
    get.path = QStringLiteral("/v1/account/prefs");
    get.handler = [](RequestContext &ctx) {
        return Response::json(200, Models::preferences(*ctx.user));
    };
    router.add(std::move(get));

    Route update;
    update.method = "PATCH";
    update.path = QStringLiteral("/v1/account/prefs");
    update.params = {Param::required(QStringLiteral("prefs"), Validators::object())};
    update.auditEvent = QStringLiteral("user.update");
    update.handler = [](RequestContext &ctx) {
        const QByteArray prefs = QJsonDocument(ctx.value(QStringLiteral("prefs")).toObject())
                                         .toJson(QJsonDocument::Compact);
        ctx.services.users.update(ctx.userId(),
                                  {{QStringLiteral("prefs"), QString::fromUtf8(prefs)}});
        return accountResponse(ctx);
    };
    router.add(std::move(update));
}

void addUpdateStatus(Router &router)
{
    Route route;
    route.method = "PATCH";
    route.path = QStringLiteral("/v1/account/status");
    route.auditEvent = QStringLiteral("user.update");
    route.handler = [](RequestContext &ctx) {
        ctx.services.users.update(ctx.userId(), {{QStringLiteral("status"), 0}});
        Response response = accountResponse(ctx);
        Sessions::clearCookies(response, ctx);
        return response;
    };
    router.add(std::move(route));
}

} // namespace

void addHealthRoutes(Router &router)
{
    Route route;
    route.method = "GET";
    route.path = QStringLiteral("/v1/sandbox/health");
    route.scope = Scope::Public;
    route.needsProject = false;
    route.handler = [](RequestContext &ctx) {
        return Response::json(
                200,
                QJsonObject{{QStringLiteral("status"), QStringLiteral("pass")},
                            {QStringLiteral("project"), ctx.services.options.projectId},
                            {QStringLiteral("version"), QStringLiteral("1.5.11")}});
    };
    router.add(std::move(route));
}

void addAccountRoutes(Router &router)
{
    addCreate(router);
    addGet(router);
    addUpdateEmail(router);
    addUpdateName(router);
    addUpdatePassword(router);
    addUpdatePhone(router);
    addPrefs(router);
    addUpdateStatus(router);
}

} // namespace Sandbox
