// /account/targets/push: push notification targets bound to the caller's session.
#include "sandbox/apierror.h"
#include "sandbox/clock.h"
#include "sandbox/coreroutes.h"
#include "sandbox/models.h"
#include "sandbox/requestcontext.h"
#include "sandbox/router.h"
#include "sandbox/services.h"
#include "sandbox/useragent.h"

#include "client/id.h"

namespace Sandbox {

namespace {

// The real server names a push target after the device: "<brand> <model>" (often " ").
QString deviceName(const RequestContext &ctx)
{
    const UserAgent agent = UserAgent::parse(ctx.userAgent);
    return agent.deviceBrand + u' ' + agent.deviceModel;
}

QVariantMap ownPushTarget(RequestContext &ctx)
{
    const auto target = ctx.services.db.one(QStringLiteral("SELECT * FROM targets WHERE id = ? AND "
                                                           "user_id = ? AND provider_type = "
                                                           "'push'"),
                                            {ctx.param(QStringLiteral("targetId")), ctx.userId()});
    if (!target)
        throw ApiError(ApiError::UserTargetNotFound);
    return *target;
}

void addCreate(Router &router)
{
    Route route;
    route.method = "POST";
    route.path = QStringLiteral("/v1/account/targets/push");
    route.scope = Scope::TargetsWrite;
    route.params = {Param::required(QStringLiteral("targetId"), Validators::customId()),
                    Param::required(QStringLiteral("identifier"), Validators::text(255)),
                    Param::optionalParam(QStringLiteral("providerId"), Validators::uid())};
    route.handler = [](RequestContext &ctx) {
        QString id = ctx.param(QStringLiteral("targetId"));
        if (id == QStringLiteral("unique()"))
            id = Appwrite::ID::unique();
        Database &db = ctx.services.db;
        if (db.count(QStringLiteral("SELECT COUNT(*) FROM targets WHERE id = ?"), {id}) > 0)
            throw ApiError(ApiError::UserTargetAlreadyExists);
        const qint64 now = Clock::nowMs();
        const QString providerId = ctx.param(QStringLiteral("providerId"));
        db.exec(QStringLiteral("INSERT INTO targets (id, user_id, created_at, updated_at, name, "
                               "provider_id, provider_type, identifier, session_id) VALUES (?, ?, "
                               "?, ?, ?, ?, 'push', ?, ?)"),
                {id, ctx.userId(), now, now, deviceName(ctx),
                 providerId.isEmpty() ? QVariant() : QVariant(providerId),
                 ctx.param(QStringLiteral("identifier")),
                 ctx.session ? QVariant(ctx.sessionId()) : QVariant()});
        const auto row = db.one(QStringLiteral("SELECT * FROM targets WHERE id = ?"), {id});
        return Response::json(201, Models::target(*row));
    };
    router.add(std::move(route));
}

void addUpdate(Router &router)
{
    Route route;
    route.method = "PUT";
    route.path = QStringLiteral("/v1/account/targets/{targetId}/push");
    route.scope = Scope::TargetsWrite;
    route.params = {Param::required(QStringLiteral("targetId"), Validators::uid()),
                    Param::required(QStringLiteral("identifier"), Validators::text(255))};
    route.handler = [](RequestContext &ctx) {
        const QString id = ownPushTarget(ctx).value(QStringLiteral("id")).toString();
        Database &db = ctx.services.db;
        db.exec(QStringLiteral("UPDATE targets SET identifier = ?, name = ?, updated_at = ? WHERE "
                               "id = ?"),
                {ctx.param(QStringLiteral("identifier")), deviceName(ctx), Clock::nowMs(), id});
        const auto row = db.one(QStringLiteral("SELECT * FROM targets WHERE id = ?"), {id});
        return Response::json(200, Models::target(*row));
    };
    router.add(std::move(route));
}

void addDelete(Router &router)
{
    Route route;
    route.method = "DELETE";
    route.path = QStringLiteral("/v1/account/targets/{targetId}/push");
    route.scope = Scope::TargetsWrite;
    route.params = {Param::required(QStringLiteral("targetId"), Validators::uid())};
    route.handler = [](RequestContext &ctx) {
        const QString id = ownPushTarget(ctx).value(QStringLiteral("id")).toString();
        ctx.services.db.exec(QStringLiteral("DELETE FROM targets WHERE id = ?"), {id});
        return Response::noContent();
    };
    router.add(std::move(route));
}

} // namespace

void addTargetRoutes(Router &router)
{
    addCreate(router);
    addUpdate(router);
    addDelete(router);
}

} // namespace Sandbox
