#pragma once

/*
  How to add a route to appwrite-sandbox (the framework in one page)
  ==================================================================

  1. Write a registration function in your own file, e.g. tokenroutes.cpp:

        #include "sandbox/route.h"
        #include "sandbox/router.h"
        #include "sandbox/services.h"

        namespace Sandbox {
        void addTokenRoutes(Router &router)
        {
            Route route;
            route.method = "POST";
            route.path = QStringLiteral("/v1/account/tokens/email");   // {name} captures a segment
            route.scope = Scope::SessionsWrite;                         // guests allowed
            route.rateLimit = {10, 3600, {QStringLiteral("url:{url},email:{param-email}")}};
            route.params = {Param::required(QStringLiteral("userId"), Validators::customId()),
                            Param::required(QStringLiteral("email"), Validators::email()),
                            Param::optionalParam(QStringLiteral("phrase"), Validators::boolean())};
            route.auditEvent = QStringLiteral("session.create");       // optional
            route.handler = [](RequestContext &ctx) {
                // ctx.param("email"), ctx.value("phrase"), ctx.user / ctx.session (nullopt for
                // guests), ctx.services.db / users / sessions / outbox / audit / jwt ...
                // Throw ApiError(ApiError::UserInvalidToken) for an error answer.
                return Response::json(201, Models::token(row));
            };
            router.add(std::move(route));
        }
        }

  2. Declare it in coreroutes.h style (your own header) and call it from
     SandboxServer::addRoutes() in sandboxserver.cpp (one line), and list the .cpp in
     src/sandbox/CMakeLists.txt.

  What the router does for you, in the real server's order (reference/account-api.md §1, §4):
     project (404 project_not_found; routes under /v1/sandbox set needsProject = false)
     -> credentials (cookie a_session_<p>, _legacy, X-Appwrite-Session, X-Fallback-Cookies,
        X-Appwrite-JWT; bad JWT = 401 user_jwt_invalid; unknown/expired session = guest)
     -> scope (guest on an Account route: 401 general_unauthorized_scope)
     -> blocked user (401 user_blocked)
     -> MFA gate (401 user_more_factors_required unless allowedBeforeSecondFactor)
     -> rate limit (429, X-RateLimit-* headers on every answer of a limited route)
     -> session group (401 user_session_already_exists when sessionGroup and signed in)
     -> params (400 general_argument_invalid, utopia's exact wording)
     -> handler -> audit log entry (auditEvent, about ctx.auditUser or the caller) on 2xx/3xx
  and adds the common headers (CORS, X-Debug-Fallback, Server, ...).

  Sign-in routes: make the session with ctx.services.sessions.create(ctx, userId, spec) and
  answer with ctx.services.sessions.created(ctx, created): 201 + cookies + X-Fallback-Cookies.
  Emails/SMS: ctx.services.outbox.send({...}). Dates: Clock. Secrets: Crypto. Models: Models::.
  Tables and their columns: schema.h.
*/

#include "sandbox/response.h"
#include "sandbox/validators.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Sandbox {

class RequestContext;

//! Who may call a route: the scopes of app/config/roles.php that matter to /account.
enum class Scope {
    Public, //!< anyone (guests hold "public")
    SessionsWrite, //!< anyone (guests hold "sessions.write")
    Account, //!< signed-in users only ("account")
    TargetsWrite, //!< signed-in users only ("targets.write")
};

//! `x-appwrite.rate-limit` / `rate-time` / `rate-key`. Keys use {url}, {ip}, {userId} and
//! {param-<name>}; limit 0 means none (and no X-RateLimit-* headers).
struct RateLimit
{
    int limit = 0;
    int seconds = 3600;
    QStringList keys{QStringLiteral("url:{url},ip:{ip}")};
};

struct Route
{
    using Handler = std::function<Response(RequestContext &)>;

    QByteArray method; //!< "GET", "POST", "PUT", "PATCH", "DELETE"
    QString path; //!< e.g. "/v1/account/sessions/{sessionId}"
    Scope scope = Scope::Account;
    RateLimit rateLimit;
    bool sessionGroup = false; //!< a sign-in route: refused while signed in
    bool allowedBeforeSecondFactor = false; //!< the "mfa" group
    bool needsProject = true;
    QList<Param> params;
    QString auditEvent; //!< logged after success when set
    Handler handler;
};

} // namespace Sandbox
