// OAuth2 sign-in without a real provider: GET /account/{sessions,tokens}/oauth2/{provider}
// sends the browser to the sandbox's consent page, which plays the provider. Approving ends
// at the app's success URL (with a session or a token), denying at its failure URL, exactly as
// the real server's final redirect looks.
#include "sandbox/apierror.h"
#include "sandbox/authroutes.h"
#include "sandbox/htmlpages.h"
#include "sandbox/linkbuilder.h"
#include "sandbox/oauthproviders.h"
#include "sandbox/oauthsignin.h"
#include "sandbox/oauthstates.h"
#include "sandbox/requestcontext.h"
#include "sandbox/router.h"
#include "sandbox/secrets.h"
#include "sandbox/services.h"
#include "sandbox/tokenstore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace Sandbox {

namespace {

constexpr QByteArrayView noStore = "no-store, no-cache, must-revalidate, max-age=0";

// Errors of these browser routes are pages, with the real status (findings #7).
Response htmlError(const RequestContext &ctx, int status, const QString &message,
                   const QString &type)
{
    return Response::raw(status, "text/html; charset=UTF-8",
                         HtmlPages::error(ctx.services.options.projectName, status, message, type));
}

Response argumentError(const RequestContext &ctx, const QString &name, const QString &description)
{
    return htmlError(ctx, 400, QStringLiteral("Invalid `%1` param: %2").arg(name, description),
                     QStringLiteral("general_argument_invalid"));
}

Response redirectTo(const QString &location)
{
    Response response = Response::redirect(location.toUtf8());
    response.setHeader("Cache-Control", noStore.toByteArray());
    return response;
}

QString hostRoot(const RequestContext &ctx)
{
    return QStringLiteral("http://") + QString::fromUtf8(ctx.header("host"));
}

QStringList scopesOf(const RequestContext &ctx)
{
    const QJsonValue value = ctx.value(QStringLiteral("scopes"));
    QStringList scopes;
    if (value.isArray()) {
        for (const QJsonValue &scope : value.toArray())
            scopes << scope.toString();
    } else if (value.isString() && !value.toString().isEmpty()) {
        scopes << value.toString();
    }
    return scopes;
}

Route startRoute(const QString &path, bool tokenFlow, std::shared_ptr<OAuthStates> states)
{
    Route route;
    route.method = "GET";
    route.path = path;
    route.scope = Scope::SessionsWrite;
    route.rateLimit = {50, 3600, {QStringLiteral("ip:{ip}")}};
    route.handler = [tokenFlow, states](RequestContext &ctx) {
        const QString provider = ctx.param(QStringLiteral("provider"));
        if (!OAuthProviders::contains(provider))
            return argumentError(ctx, QStringLiteral("provider"),
                                 OAuthProviders::validationMessage());
        PendingAuthorization pending;
        pending.provider = provider;
        pending.project = ctx.project;
        pending.tokenFlow = tokenFlow;
        pending.scopes = scopesOf(ctx);
        pending.callerUserId = ctx.userId();
        pending.callerSessionId = ctx.sessionId();
        const Validator redirectUrl = Validators::redirectUrl();
        for (const QString &name : {QStringLiteral("success"), QStringLiteral("failure")}) {
            QString url = ctx.param(name);
            if (url.isEmpty()) {
                url = hostRoot(ctx) + QStringLiteral("/auth/oauth2/") + name;
            } else if (const auto problem = redirectUrl.check(QJsonValue(url), ctx)) {
                return argumentError(ctx, name, *problem);
            }
            (name == QStringLiteral("success") ? pending.success : pending.failure) = url;
        }
        // Parameters are validated before the action, which is where the real server checks this.
        const QStringList &enabled = ctx.services.options.oauthProviders;
        if (!enabled.isEmpty() && !enabled.contains(provider))
            return htmlError(ctx, 412,
                             QStringLiteral("This provider is disabled. Please enable the provider "
                                            "from your Appwrite console to continue."),
                             QStringLiteral("project_provider_disabled"));
        QueryItems query{{QStringLiteral("project"), pending.project},
                         {QStringLiteral("success"), pending.success},
                         {QStringLiteral("failure"), pending.failure}};
        for (const QString &scope : std::as_const(pending.scopes))
            query.append({QStringLiteral("scopes[]"), scope});
        query.append({QStringLiteral("state"), states->add(pending)});
        return redirectTo(LinkBuilder::emailLink(
                hostRoot(ctx) + QStringLiteral("/v1/sandbox/oauth2/%1/authorize").arg(provider),
                query));
    };
    return route;
}

Response failureRedirect(const PendingAuthorization &pending, const ApiError &error)
{
    const QJsonObject details{{QStringLiteral("message"), error.message()},
                              {QStringLiteral("type"), error.type()},
                              {QStringLiteral("code"), error.code()}};
    return redirectTo(LinkBuilder::oauthRedirect(
            pending.failure,
            {{QStringLiteral("error"),
              QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))}}));
}

Response completeSignIn(RequestContext &ctx, const PendingAuthorization &pending,
                        const OAuthProfile &profile)
{
    const QVariantMap user = OAuthSignIn::resolveUser(ctx, pending, profile);
    const QString userId = user.value(QStringLiteral("id")).toString();
    if (pending.tokenFlow) {
        const QString secret = Secrets::oauthTokenSecret();
        TokenStore(ctx.services.db)
                .create(userId, Schema::OAuth2, secret, ctx.services.options.sessionLengthSeconds,
                        QString(), &ctx);
        return redirectTo(LinkBuilder::oauthRedirect(
                pending.success,
                {{QStringLiteral("secret"), secret}, {QStringLiteral("userId"), userId}}));
    }
    // Signing in again from a signed-in browser replaces that session ("session upgrade").
    if (!pending.callerSessionId.isEmpty())
        ctx.services.sessions.remove(pending.callerSessionId);
    const Sessions::Created session =
            ctx.services.sessions.create(ctx, userId,
                                         {profile.provider,
                                          profile.providerUid,
                                          {QStringLiteral("email"), QStringLiteral("oauth2")},
                                          profile.accessToken,
                                          profile.refreshToken,
                                          profile.accessTokenExpiry});
    const QString credential = Sessions::encode(userId, session.secret);
    QueryItems extra;
    // The console's default landing page reads the session from its query (deprecated).
    if (pending.success.endsWith(QStringLiteral("/auth/oauth2/success"))) {
        extra = {{QStringLiteral("project"), pending.project},
                 {QStringLiteral("domain"), ctx.host},
                 {QStringLiteral("key"), QStringLiteral("a_session_") + pending.project},
                 {QStringLiteral("secret"), credential}};
    }
    Response response = redirectTo(LinkBuilder::oauthRedirect(pending.success, extra));
    Sessions::setCookies(response, ctx, credential,
                         session.row.value(QStringLiteral("expire")).toLongLong());
    return response;
}

Route consentRoute(std::shared_ptr<OAuthStates> states)
{
    Route route;
    route.method = "GET";
    route.path = QStringLiteral("/v1/sandbox/oauth2/{provider}/authorize");
    route.scope = Scope::Public;
    route.needsProject = false;
    route.allowedBeforeSecondFactor = true;
    route.handler = [states](RequestContext &ctx) {
        const QString provider = ctx.param(QStringLiteral("provider"));
        const QString state = ctx.param(QStringLiteral("state"));
        const auto pending = states->find(state);
        if (!pending || pending->provider != provider) {
            return htmlError(ctx, 400,
                             QStringLiteral("This sign-in has expired or was already used. Start "
                                            "it again from the app."),
                             QStringLiteral("general_argument_invalid"));
        }
        const QString decision = ctx.param(QStringLiteral("decision"));
        const QString providerName = OAuthProviders::displayName(provider);
        if (decision.isEmpty()) {
            ConsentPageContent page;
            page.providerId = provider;
            page.providerName = providerName;
            page.projectName = ctx.services.options.projectName;
            page.state = state;
            page.scopes = pending->scopes;
            page.email = QStringLiteral("test.user@example.com");
            page.name = QStringLiteral("Test User");
            return Response::raw(200, "text/html; charset=UTF-8", HtmlPages::consent(page));
        }
        const QString email = ctx.param(QStringLiteral("email"));
        if (decision == QStringLiteral("approve")
            && Validators::email().check(QJsonValue(email), ctx))
            return argumentError(ctx, QStringLiteral("email"),
                                 QStringLiteral("Value must be a valid email address"));
        if (decision != QStringLiteral("approve") && decision != QStringLiteral("deny"))
            return argumentError(ctx, QStringLiteral("decision"),
                                 QStringLiteral("Value must be one of (approve, deny)"));
        states->take(state);
        // Cookies and sessions belong to the project the sign-in started in.
        ctx.project = pending->project;
        if (decision == QStringLiteral("deny")) {
            return failureRedirect(
                    *pending,
                    ApiError(ApiError::UserOAuth2ProviderError,
                             QStringLiteral("The %1 OAuth2 provider returned an error: "
                                            "access_denied")
                                     .arg(providerName)));
        }
        try {
            return completeSignIn(
                    ctx, *pending,
                    OAuthSignIn::profileFor(provider, email, ctx.param(QStringLiteral("name"))));
        } catch (const ApiError &error) {
            return failureRedirect(*pending, error);
        }
    };
    return route;
}

} // namespace

void addOAuthRoutes(Router &router)
{
    auto states = std::make_shared<OAuthStates>();
    router.add(startRoute(QStringLiteral("/v1/account/sessions/oauth2/{provider}"), false, states));
    router.add(startRoute(QStringLiteral("/v1/account/tokens/oauth2/{provider}"), true, states));
    router.add(consentRoute(states));
}

} // namespace Sandbox
