#include "sandbox/router.h"

#include "sandbox/apierror.h"
#include "sandbox/authenticator.h"
#include "sandbox/requestcontext.h"
#include "sandbox/services.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSandboxRouter, "appwrite.sandbox.router")

namespace Sandbox {

namespace {

const QByteArray allowedHeaders =
        "Origin, Cookie, Set-Cookie, X-Requested-With, Content-Type, Access-Control-Allow-Origin, "
        "Access-Control-Request-Headers, Accept, X-Appwrite-Project, X-Appwrite-Key, "
        "X-Appwrite-Locale, X-Appwrite-Mode, X-Appwrite-JWT, X-Appwrite-Response-Format, "
        "X-Appwrite-Timeout, X-SDK-Version, X-SDK-Name, X-SDK-Language, X-SDK-Platform, "
        "X-SDK-GraphQL, X-Appwrite-ID, X-Appwrite-Timestamp, Content-Range, Range, Cache-Control, "
        "Expires, Pragma, X-Forwarded-For, X-Forwarded-User-Agent";

QString scopeName(Scope scope)
{
    return scope == Scope::TargetsWrite ? QStringLiteral("targets.write")
                                        : QStringLiteral("account");
}

QString originHost(const QString &origin)
{
    return QUrl(origin).host();
}

QString rateKey(QString key, const Route &route, const RequestContext &ctx)
{
    key.replace(QStringLiteral("{url}"), ctx.host + route.path);
    key.replace(QStringLiteral("{ip}"), ctx.ip);
    key.replace(QStringLiteral("{userId}"), ctx.userId());
    for (auto it = ctx.params.constBegin(); it != ctx.params.constEnd(); ++it) {
        if (it.value().isString())
            key.replace(QStringLiteral("{param-") + it.key() + u'}', it.value().toString());
    }
    return key;
}

void validateParams(const Route &route, const RequestContext &ctx)
{
    for (const Param &param : route.params) {
        const QJsonValue value = ctx.params.value(param.name);
        const bool empty = value.isUndefined() || value.isNull()
                || (value.isString() && value.toString().isEmpty());
        if (empty) {
            if (param.optional)
                continue;
            throw ApiError(ApiError::ArgumentInvalid,
                           QStringLiteral("Param \"%1\" is not optional.").arg(param.name));
        }
        if (const auto problem = param.validator.check(value, ctx)) {
            throw ApiError(ApiError::ArgumentInvalid,
                           QStringLiteral("Invalid `%1` param: %2").arg(param.name, *problem));
        }
    }
}

// The Date header changes once a second; formatting it is dearer than the rest of the headers.
QByteArray httpDate()
{
    thread_local qint64 second = -1;
    thread_local QByteArray text;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now.toSecsSinceEpoch() != second) {
        second = now.toSecsSinceEpoch();
        text = now.toString(QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    }
    return text;
}

} // namespace

void Router::add(Route route)
{
    QStringList pattern = route.path.split(u'/');
    m_routes.append({std::move(route), std::move(pattern)});
}

const Route *Router::match(RequestContext &ctx, bool *pathKnown) const
{
    const QStringList segments = ctx.path.split(u'/');
    *pathKnown = false;
    const Route *best = nullptr;
    QJsonObject bestCaptures;
    for (const auto &[route, pattern] : m_routes) {
        if (pattern.size() != segments.size())
            continue;
        QJsonObject captures;
        bool same = true;
        for (qsizetype i = 0; i < pattern.size() && same; ++i) {
            if (pattern[i].startsWith(u'{') && pattern[i].endsWith(u'}') && !segments[i].isEmpty())
                captures.insert(pattern[i].mid(1, pattern[i].size() - 2),
                                QUrl::fromPercentEncoding(segments[i].toUtf8()));
            else
                same = pattern[i] == segments[i];
        }
        if (!same)
            continue;
        *pathKnown = true;
        // A literal segment beats a {capture}: /sessions/anonymous is not a session ID.
        if (route.method != ctx.method || (best && bestCaptures.size() <= captures.size()))
            continue;
        best = &route;
        bestCaptures = captures;
    }
    for (auto it = bestCaptures.constBegin(); it != bestCaptures.constEnd(); ++it)
        ctx.params.insert(it.key(), it.value());
    return best;
}

Response Router::dispatch(const QHttpServerRequest &request, const Response *instead)
{
    RequestContext ctx(m_services, request);
    Response response = Response::noContent();
    if (instead) {
        response = *instead;
    } else if (ctx.method != "OPTIONS") {
        bool pathKnown = false;
        const Route *route = match(ctx, &pathKnown);
        response = route ? run(*route, ctx) : Response::error(ApiError(ApiError::RouteNotFound));
    }
    finish(response, ctx);
    return response;
}

Response Router::run(const Route &route, RequestContext &ctx)
{
    const Options &options = m_services.options;
    QByteArrayList rateHeaders;
    Response response;
    try {
        if (route.needsProject && ctx.project != options.projectId)
            throw ApiError(ApiError::ProjectNotFound);
        if (ctx.method != "GET" && !ctx.origin.isEmpty()
            && !ctx.allowedHosts().contains(originHost(ctx.origin), Qt::CaseInsensitive)) {
            throw ApiError(ApiError::UnknownOrigin,
                           QStringLiteral("Invalid Origin. Register your new client (%1) as a new "
                                          "Web platform on your project console dashboard")
                                   .arg(originHost(ctx.origin)));
        }
        Authenticator::authenticate(ctx);
        if ((route.scope == Scope::Account || route.scope == Scope::TargetsWrite) && ctx.isGuest())
            throw ApiError(ApiError::UnauthorizedScope,
                           QStringLiteral("User (role: guests) missing scope (%1)")
                                   .arg(scopeName(route.scope)));
        if (ctx.user && !ctx.user->value(QStringLiteral("status")).toBool())
            throw ApiError(ApiError::UserBlocked);
        if (!route.allowedBeforeSecondFactor && Authenticator::needsMoreFactors(ctx))
            throw ApiError(ApiError::UserMoreFactorsRequired);
        if (route.rateLimit.limit > 0) {
            QStringList keys;
            for (const QString &key : route.rateLimit.keys)
                keys.append(rateKey(key, route, ctx));
            const auto outcome = m_services.rateLimiter.hit(
                    keys, route.rateLimit.limit, route.rateLimit.seconds, options.rateLimits);
            rateHeaders = {QByteArray::number(outcome.limit), QByteArray::number(outcome.remaining),
                           QByteArray::number(outcome.reset)};
            if (outcome.exceeded)
                throw ApiError(ApiError::RateLimitExceeded);
        }
        if (route.sessionGroup && ctx.session)
            throw ApiError(ApiError::UserSessionAlreadyExists);
        validateParams(route, ctx);
        response = route.handler(ctx);
        if (response.status() < 400 && !route.auditEvent.isEmpty()) {
            ctx.reloadUser();
            const auto subject = ctx.auditUser ? ctx.auditUser : ctx.user;
            if (subject)
                m_services.audit.write(ctx, route.auditEvent, *subject);
        }
    } catch (const ApiError &error) {
        response = Response::error(error);
    } catch (const std::exception &exception) {
        qCWarning(lcSandboxRouter) << "route failed:" << route.path << exception.what();
        response = Response::error(ApiError(ApiError::ServerError));
    }
    if (!rateHeaders.isEmpty()) {
        response.setHeader("X-RateLimit-Limit", rateHeaders[0]);
        response.setHeader("X-RateLimit-Remaining", rateHeaders[1]);
        response.setHeader("X-RateLimit-Reset", rateHeaders[2]);
    }
    return response;
}

void Router::finish(Response &response, const RequestContext &ctx) const
{
    Response::Headers common{
            {"Server", "Appwrite"},
            {"X-Content-Type-Options", "nosniff"},
            {"Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE"},
            {"Access-Control-Allow-Headers", allowedHeaders},
            {"Access-Control-Expose-Headers", "X-Appwrite-Session, X-Fallback-Cookies"},
            {"Access-Control-Allow-Origin",
             ctx.origin.isEmpty() ? QByteArray("http://localhost")
                                  : QUrl(ctx.origin).adjusted(QUrl::RemovePath).toEncoded()},
            {"Access-Control-Allow-Credentials", "true"},
            {"X-Debug-Fallback", ctx.sessionFromCookie ? "false" : "true"},
            {"Date", httpDate()},
    };
    for (const auto &header : common) {
        if (response.header(header.first).isEmpty())
            response.addHeader(header.first, header.second);
    }
}

} // namespace Sandbox
