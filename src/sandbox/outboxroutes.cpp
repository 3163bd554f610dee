// The sandbox's own outbox: every email and SMS it "sent", for people and tests to read; and
// addAuthRoutes(), which registers the whole sbauth family.
#include "sandbox/authroutes.h"
#include "sandbox/clock.h"
#include "sandbox/outbox.h"
#include "sandbox/requestcontext.h"
#include "sandbox/router.h"
#include "sandbox/services.h"

#include <QJsonArray>

namespace Sandbox {

namespace {

QJsonObject messageModel(const QVariantMap &row)
{
    const auto text = [&row](const char *column) {
        return row.value(QLatin1String(column)).toString();
    };
    return {
            {QStringLiteral("$id"), text("id")},
            {QStringLiteral("$createdAt"),
             Clock::iso(row.value(QStringLiteral("created_at")).toLongLong())},
            {QStringLiteral("channel"), text("channel")},
            {QStringLiteral("to"), text("recipient")},
            {QStringLiteral("subject"), text("subject")},
            {QStringLiteral("body"), text("body")},
            {QStringLiteral("userId"), text("user_id")},
            {QStringLiteral("secret"), text("secret")},
            {QStringLiteral("url"), text("url")},
            {QStringLiteral("phrase"), text("phrase")},
    };
}

Route outboxRoute(const QByteArray &method)
{
    Route route;
    route.method = method;
    route.path = QStringLiteral("/v1/sandbox/outbox");
    route.scope = Scope::Public;
    route.needsProject = false;
    // The outbox is the sandbox's, not the caller's: no sign-in step applies.
    route.allowedBeforeSecondFactor = true;
    return route;
}

} // namespace

void addOutboxRoutes(Router &router)
{
    Route list = outboxRoute("GET");
    list.params = {Param::optionalParam(QStringLiteral("to"), Validators::text(0))};
    list.handler = [](RequestContext &ctx) {
        const QList<QVariantMap> rows =
                ctx.services.outbox.messages(ctx.param(QStringLiteral("to")));
        QJsonArray messages;
        for (auto row = rows.crbegin(); row != rows.crend(); ++row)
            messages.append(messageModel(*row));
        return Response::json(200,
                              QJsonObject{{QStringLiteral("total"), messages.size()},
                                          {QStringLiteral("messages"), messages}});
    };
    router.add(std::move(list));

    Route clear = outboxRoute("DELETE");
    clear.handler = [](RequestContext &ctx) {
        ctx.services.outbox.clear();
        return Response::noContent();
    };
    router.add(std::move(clear));
}

void addAuthRoutes(Router &router)
{
    addTokenRoutes(router);
    addVerificationRoutes(router);
    addMfaRoutes(router);
    addMfaChallengeRoutes(router);
    addOAuthRoutes(router);
    addOutboxRoutes(router);
}

} // namespace Sandbox
