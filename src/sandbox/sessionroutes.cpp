// /account/sessions*: listing, reading, extending and ending sessions; anonymous and
// email/password sign-in.
#include "sandbox/apierror.h"
#include "sandbox/clock.h"
#include "sandbox/coreroutes.h"
#include "sandbox/models.h"
#include "sandbox/requestcontext.h"
#include "sandbox/router.h"
#include "sandbox/services.h"

#include "client/id.h"

namespace Sandbox {

namespace {

// "current" means the caller's own session (none for JWT callers).
QVariantMap sessionFromPath(RequestContext &ctx)
{
    QString id = ctx.param(QStringLiteral("sessionId"));
    if (id == QStringLiteral("current"))
        id = ctx.sessionId();
    const auto session = ctx.services.sessions.find(ctx.userId(), id);
    if (id.isEmpty() || !session)
        throw ApiError(ApiError::UserSessionNotFound);
    return *session;
}

Param sessionIdParam()
{
    return Param::required(QStringLiteral("sessionId"), Validators::uid());
}

void addList(Router &router)
{
    Route route;
    route.method = "GET";
    route.path = QStringLiteral("/v1/account/sessions");
    route.handler = [](RequestContext &ctx) {
        QJsonArray sessions;
        const auto rows = ctx.services.sessions.list(ctx.userId());
        for (const QVariantMap &row : rows)
            sessions.append(
                    Models::session(row, row.value(QStringLiteral("id")) == ctx.sessionId()));
        return Response::json(200, Models::list(QStringLiteral("sessions"), sessions, rows.size()));
    };
    router.add(std::move(route));
}

void addDeleteAll(Router &router)
{
    Route route;
    route.method = "DELETE";
    route.path = QStringLiteral("/v1/account/sessions");
    route.rateLimit = {100, 3600, {QStringLiteral("url:{url},ip:{ip}")}};
    route.auditEvent = QStringLiteral("session.delete");
    route.handler = [](RequestContext &ctx) {
        ctx.services.sessions.removeAll(ctx.userId());
        Response response = Response::noContent();
        Sessions::clearCookies(response, ctx);
        return response;
    };
    router.add(std::move(route));
}

void addAnonymous(Router &router)
{
    Route route;
    route.method = "POST";
    route.path = QStringLiteral("/v1/account/sessions/anonymous");
    route.scope = Scope::SessionsWrite;
    route.rateLimit = {50, 3600, {QStringLiteral("ip:{ip}")}};
    route.sessionGroup = true;
    route.auditEvent = QStringLiteral("session.create");
    route.handler = [](RequestContext &ctx) {
        Users::NewUser anonymous;
        anonymous.id = Appwrite::ID::unique();
        const QVariantMap user = ctx.services.users.create(anonymous);
        ctx.auditUser = user;
        Sessions::Spec spec;
        spec.provider = QStringLiteral("anonymous");
        spec.factors = QStringList{QStringLiteral("anonymous")};
        const auto created = ctx.services.sessions.create(
                ctx, user.value(QStringLiteral("id")).toString(), spec);
        return ctx.services.sessions.created(ctx, created);
    };
    router.add(std::move(route));
}

void addEmailPassword(Router &router, const QString &path)
{
    Route route;
    route.method = "POST";
    route.path = path;
    route.scope = Scope::SessionsWrite;
    route.rateLimit = {10, 3600, {QStringLiteral("url:{url},email:{param-email}")}};
    route.sessionGroup = true;
    route.params = {Param::required(QStringLiteral("email"), Validators::email()),
                    Param::required(QStringLiteral("password"), Validators::password())};
    route.auditEvent = QStringLiteral("session.create");
    route.handler = [](RequestContext &ctx) {
        const QString email = ctx.param(QStringLiteral("email")).toLower();
        const auto user = ctx.services.users.findByEmail(email);
        if (!user || !Users::verifyPassword(*user, ctx.param(QStringLiteral("password"))))
            throw ApiError(ApiError::UserInvalidCredentials);
        if (!user->value(QStringLiteral("status")).toBool())
            throw ApiError(ApiError::UserBlocked);
        ctx.auditUser = user;
        Sessions::Spec spec;
        spec.provider = QStringLiteral("email");
        spec.providerUid = email;
        spec.factors = QStringList{QStringLiteral("password")};
        const auto created = ctx.services.sessions.create(
                ctx, user->value(QStringLiteral("id")).toString(), spec);
        return ctx.services.sessions.created(ctx, created);
    };
    router.add(std::move(route));
}

void addGetOne(Router &router)
{
    Route route;
    route.method = "GET";
    route.path = QStringLiteral("/v1/account/sessions/{sessionId}");
    route.params = {sessionIdParam()};
    route.handler = [](RequestContext &ctx) {
        const QVariantMap session = sessionFromPath(ctx);
        return Response::json(
                200,
                Models::session(session, session.value(QStringLiteral("id")) == ctx.sessionId()));
    };
    router.add(std::move(route));
}

void addUpdateOne(Router &router)
{
    Route route;
    route.method = "PATCH";
    route.path = QStringLiteral("/v1/account/sessions/{sessionId}");
    route.rateLimit = {10, 3600, {QStringLiteral("url:{url},ip:{ip}")}};
    route.params = {sessionIdParam()};
    route.auditEvent = QStringLiteral("session.update");
    route.handler = [](RequestContext &ctx) {
        const QVariantMap session = ctx.services.sessions.extend(
                sessionFromPath(ctx).value(QStringLiteral("id")).toString());
        // The real 1.5.11 answer here is the raw stored document: expire in database format,
        // current false, the stored secret hash, and no country name (findings.md).
        QJsonObject model = Models::session(session, false);
        model.insert(QStringLiteral("expire"),
                     Clock::db(session.value(QStringLiteral("expire")).toLongLong()));
        model.insert(QStringLiteral("secret"),
                     session.value(QStringLiteral("secret_hash")).toString());
        model.insert(QStringLiteral("countryName"), QString());
        return Response::json(200, model);
    };
    router.add(std::move(route));
}

void addDeleteOne(Router &router)
{
    Route route;
    route.method = "DELETE";
    route.path = QStringLiteral("/v1/account/sessions/{sessionId}");
    route.rateLimit = {100, 3600, {QStringLiteral("url:{url},ip:{ip}")}};
    route.allowedBeforeSecondFactor = true;
    route.params = {sessionIdParam()};
    route.auditEvent = QStringLiteral("session.delete");
    route.handler = [](RequestContext &ctx) {
        const QString id = sessionFromPath(ctx).value(QStringLiteral("id")).toString();
        ctx.services.sessions.remove(id);
        Response response = Response::noContent();
        if (id == ctx.sessionId())
            Sessions::clearCookies(response, ctx);
        return response;
    };
    router.add(std::move(route));
}

} // namespace

void addSessionRoutes(Router &router)
{
    addList(router);
    addDeleteAll(router);
    addAnonymous(router);
    addEmailPassword(router, QStringLiteral("/v1/account/sessions/email"));
    addEmailPassword(router, QStringLiteral("/v1/account/sessions"));
    addGetOne(router);
    addUpdateOne(router);
    addDeleteOne(router);
}

} // namespace Sandbox
