// POST /account/jwt, GET /account/logs, GET and DELETE /account/identities.
#include "sandbox/apierror.h"
#include "sandbox/coreroutes.h"
#include "sandbox/listquery.h"
#include "sandbox/models.h"
#include "sandbox/requestcontext.h"
#include "sandbox/router.h"
#include "sandbox/services.h"

namespace Sandbox {

namespace {

void addJwt(Router &router)
{
    Route route;
    route.method = "POST";
    route.path = QStringLiteral("/v1/account/jwt");
    route.rateLimit = {100, 3600, {QStringLiteral("url:{url},userId:{userId}")}};
    route.handler = [](RequestContext &ctx) {
        // Needs a session secret: a JWT cannot mint another JWT.
        if (!ctx.session)
            throw ApiError(ApiError::UserSessionNotFound);
        return Response::json(201,
                              Models::jwt(ctx.services.jwt.issue(ctx.userId(), ctx.sessionId())));
    };
    router.add(std::move(route));
}

void addLogs(Router &router)
{
    Route route;
    route.method = "GET";
    route.path = QStringLiteral("/v1/account/logs");
    route.params = {Param::optionalParam(
            QStringLiteral("queries"),
            Validators::queries({QStringLiteral("limit"), QStringLiteral("offset")}))};
    route.handler = [](RequestContext &ctx) {
        const ListQuery query = ListQuery::parse(ctx.value(QStringLiteral("queries")));
        Database &db = ctx.services.db;
        const auto rows = db.all(QStringLiteral("SELECT * FROM logs WHERE user_id = ? ORDER BY seq "
                                                "DESC LIMIT ? OFFSET ?"),
                                 {ctx.userId(), query.limit, query.offset});
        QJsonArray logs;
        for (const QVariantMap &row : rows)
            logs.append(Models::log(row));
        const qint64 total = db.count(QStringLiteral("SELECT COUNT(*) FROM logs WHERE user_id = ?"),
                                      {ctx.userId()});
        return Response::json(200, Models::list(QStringLiteral("logs"), logs, total));
    };
    router.add(std::move(route));
}

void addIdentities(Router &router)
{
    static const QHash<QString, QString> columns{
            {QStringLiteral("userId"), QStringLiteral("user_id")},
            {QStringLiteral("provider"), QStringLiteral("provider")},
            {QStringLiteral("providerUid"), QStringLiteral("provider_uid")},
            {QStringLiteral("providerEmail"), QStringLiteral("provider_email")},
            {QStringLiteral("providerAccessTokenExpiry"),
             QStringLiteral("provider_access_token_expiry")},
    };
    Route list;
    list.method = "GET";
    list.path = QStringLiteral("/v1/account/identities");
    list.params = {Param::optionalParam(
            QStringLiteral("queries"),
            Validators::queries({QStringLiteral("limit"), QStringLiteral("offset"),
                                 QStringLiteral("equal"), QStringLiteral("notEqual")},
                                columns.keys()))};
    list.handler = [](RequestContext &ctx) {
        const ListQuery query = ListQuery::parse(ctx.value(QStringLiteral("queries")), columns);
        Database &db = ctx.services.db;
        const QVariantList binds = QVariantList{ctx.userId()} + query.binds;
        const auto rows =
                db.all(QStringLiteral("SELECT * FROM identities WHERE user_id = ?%1 ORDER "
                                      "BY created_at, rowid LIMIT %2 OFFSET %3")
                               .arg(query.where)
                               .arg(query.limit)
                               .arg(query.offset),
                       binds);
        QJsonArray identities;
        for (const QVariantMap &row : rows)
            identities.append(Models::identity(row));
        const qint64 total =
                db.count(QStringLiteral("SELECT COUNT(*) FROM identities WHERE user_id = ?%1")
                                 .arg(query.where),
                         binds);
        return Response::json(200, Models::list(QStringLiteral("identities"), identities, total));
    };
    router.add(std::move(list));

    Route remove;
    remove.method = "DELETE";
    remove.path = QStringLiteral("/v1/account/identities/{identityId}");
    remove.params = {Param::required(QStringLiteral("identityId"), Validators::uid())};
    remove.auditEvent = QStringLiteral("identity.delete");
    remove.handler = [](RequestContext &ctx) {
        const int deleted = ctx.services.db.exec(
                QStringLiteral("DELETE FROM identities WHERE id = ? AND user_id = ?"),
                {ctx.param(QStringLiteral("identityId")), ctx.userId()});
        if (deleted <= 0)
            throw ApiError(ApiError::UserIdentityNotFound);
        return Response::noContent();
    };
    router.add(std::move(remove));
}

} // namespace

void addActivityRoutes(Router &router)
{
    addJwt(router);
    addLogs(router);
    addIdentities(router);
}

} // namespace Sandbox
