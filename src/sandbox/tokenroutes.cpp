// Passwordless sign-in: email codes, magic links and SMS codes, and the session made from them.
#include "sandbox/apierror.h"
#include "sandbox/authmessages.h"
#include "sandbox/authroutes.h"
#include "sandbox/clock.h"
#include "sandbox/linkbuilder.h"
#include "sandbox/models.h"
#include "sandbox/requestcontext.h"
#include "sandbox/router.h"
#include "sandbox/secrets.h"
#include "sandbox/securityphrase.h"
#include "sandbox/services.h"
#include "sandbox/tokenstore.h"

#include "client/id.h"

namespace Sandbox {

namespace {

using namespace AuthMessages;

QString resolvedId(const RequestContext &ctx)
{
    const QString id = ctx.param(QStringLiteral("userId"));
    return id == QStringLiteral("unique()") ? Appwrite::ID::unique() : id;
}

bool emailUsedByIdentity(RequestContext &ctx, const QString &email)
{
    return ctx.services.db.count(
                   QStringLiteral("SELECT COUNT(*) FROM identities WHERE provider_email = ?"),
                   {email})
            > 0;
}

// The user an email sign-in is for: whoever has the address (the given userId is then ignored,
// as on the real server), else a new user. Users made here get no email target in 1.5.11.
QVariantMap userForEmail(RequestContext &ctx, ApiError::Kind identityConflict)
{
    const QString email = ctx.param(QStringLiteral("email")).toLower();
    if (const auto existing = ctx.services.users.findByEmail(email))
        return *existing;
    if (emailUsedByIdentity(ctx, email))
        throw ApiError(identityConflict);
    const QString id = resolvedId(ctx);
    if (ctx.services.users.find(id))
        throw ApiError(ApiError::UserAlreadyExists);
    Users::NewUser user;
    user.id = id;
    user.email = email;
    user.name = QStringLiteral(""); // not null: the column is NOT NULL
    ctx.services.users.create(user);
    ctx.services.db.exec(QStringLiteral("DELETE FROM targets WHERE user_id = ?"), {id});
    return *ctx.services.users.find(id);
}

QString phraseIfAsked(const RequestContext &ctx)
{
    return ctx.value(QStringLiteral("phrase")).toBool() ? SecurityPhrase::generate() : QString();
}

void addEmailToken(Router &router)
{
    Route route;
    route.method = "POST";
    route.path = QStringLiteral("/v1/account/tokens/email");
    route.scope = Scope::SessionsWrite;
    route.rateLimit = {10, 3600, {QStringLiteral("url:{url},email:{param-email}")}};
    route.params = {Param::required(QStringLiteral("userId"), Validators::customId()),
                    Param::required(QStringLiteral("email"), Validators::email()),
                    Param::optionalParam(QStringLiteral("phrase"), Validators::boolean())};
    route.handler = [](RequestContext &ctx) {
        const QVariantMap user = userForEmail(ctx, ApiError::BadRequest);
        const QString userId = user.value(QStringLiteral("id")).toString();
        const QString code = Secrets::otp();
        const QString phrase = phraseIfAsked(ctx);
        const QVariantMap token = TokenStore(ctx.services.db)
                                          .create(userId, Schema::EmailOtp, code,
                                                  TokenStore::otpSeconds, phrase, &ctx);
        sendMail(ctx, user,
                 MessageTemplates::emailOtp(projectName(ctx),
                                            user.value(QStringLiteral("name")).toString(), code,
                                            agentOf(ctx), phrase),
                 code, QString(), phrase);
        ctx.auditUser = user;
        return Response::json(201, Models::token(token));
    };
    router.add(std::move(route));
}

Route magicUrlRoute(const QString &path)
{
    Route route;
    route.method = "POST";
    route.path = path;
    route.scope = Scope::SessionsWrite;
    route.rateLimit = {
            60,
            3600,
            {QStringLiteral("url:{url},email:{param-email}"), QStringLiteral("url:{url},ip:{ip}")}};
    route.params = {Param::required(QStringLiteral("userId"), Validators::customId()),
                    Param::required(QStringLiteral("email"), Validators::email()),
                    Param::optionalParam(QStringLiteral("url"), Validators::redirectUrl()),
                    Param::optionalParam(QStringLiteral("phrase"), Validators::boolean())};
    route.handler = [](RequestContext &ctx) {
        const QVariantMap user = userForEmail(ctx, ApiError::UserEmailAlreadyExists);
        const QString userId = user.value(QStringLiteral("id")).toString();
        const QString secret = Secrets::magicUrlSecret();
        const QString phrase = phraseIfAsked(ctx);
        const QVariantMap token = TokenStore(ctx.services.db)
                                          .create(userId, Schema::MagicUrl, secret,
                                                  TokenStore::confirmSeconds, phrase, &ctx);
        QString url = ctx.param(QStringLiteral("url"));
        if (url.isEmpty()) {
            url = QStringLiteral("http://%1/auth/magic-url")
                          .arg(QString::fromUtf8(ctx.header("host")));
        }
        const QString link = LinkBuilder::emailLink(
                url,
                {{QStringLiteral("userId"), userId},
                 {QStringLiteral("secret"), secret},
                 {QStringLiteral("expire"),
                  Clock::iso(token.value(QStringLiteral("expire")).toLongLong())},
                 {QStringLiteral("project"), ctx.project}});
        sendMail(ctx, user,
                 MessageTemplates::magicUrl(projectName(ctx),
                                            user.value(QStringLiteral("name")).toString(), link,
                                            agentOf(ctx), phrase),
                 secret, link, phrase);
        ctx.auditUser = user;
        return Response::json(201, Models::token(token));
    };
    return route;
}

Route phoneTokenRoute(const QString &path)
{
    Route route;
    route.method = "POST";
    route.path = path;
    route.scope = Scope::SessionsWrite;
    route.rateLimit = {
            10,
            3600,
            {QStringLiteral("url:{url},phone:{param-phone}"), QStringLiteral("url:{url},ip:{ip}")}};
    route.params = {Param::required(QStringLiteral("userId"), Validators::customId()),
                    Param::required(QStringLiteral("phone"), Validators::phone())};
    route.handler = [](RequestContext &ctx) {
        const QString phone = ctx.param(QStringLiteral("phone"));
        std::optional<QVariantMap> user = ctx.services.users.findByPhone(phone);
        if (!user) {
            const QString id = resolvedId(ctx);
            if (ctx.services.users.find(id))
                throw ApiError(ApiError::UserAlreadyExists);
            Users::NewUser created;
            created.id = id;
            created.phone = phone;
            created.name = QStringLiteral(""); // not null: the column is NOT NULL
            ctx.services.users.create(created);
            const qint64 now = Clock::nowMs();
            ctx.services.db.exec(QStringLiteral("INSERT INTO targets (id, user_id, created_at, "
                                                "updated_at, name, provider_type, identifier) "
                                                "VALUES (?, ?, ?, ?, '', 'sms', ?)"),
                                 {Appwrite::ID::unique(), id, now, now, phone});
            user = ctx.services.users.find(id);
        }
        const QString userId = user->value(QStringLiteral("id")).toString();
        const QString code = Secrets::otp();
        const QVariantMap token = TokenStore(ctx.services.db)
                                          .create(userId, Schema::Phone, code,
                                                  TokenStore::otpSeconds, QString(), &ctx);
        sendSms(ctx, userId, phone, code);
        ctx.auditUser = user;
        return Response::json(201, Models::token(token));
    };
    return route;
}

// What the session of each kind of token looks like (account.php $createSession).
Sessions::Spec specFor(int tokenType)
{
    switch (tokenType) {
    case Schema::MagicUrl:
        return {QStringLiteral("magic-url"), QString(), {QStringLiteral("email")}, {}, {}, 0};
    case Schema::EmailOtp:
        return {QStringLiteral("token"), QString(), {QStringLiteral("email")}, {}, {}, 0};
    case Schema::Phone:
        return {QStringLiteral("phone"), QString(), {QStringLiteral("phone")}, {}, {}, 0};
    case Schema::OAuth2:
        return {QStringLiteral("oauth2"), QString(), {QStringLiteral("email")}, {}, {}, 0};
    default:
        return {QStringLiteral("token"), QString(), {QStringLiteral("token")}, {}, {}, 0};
    }
}

Route sessionFromTokenRoute(const QByteArray &method, const QString &path)
{
    Route route;
    route.method = method;
    route.path = path;
    route.scope = Scope::SessionsWrite;
    route.sessionGroup = true;
    route.rateLimit = {10, 3600, {QStringLiteral("ip:{ip},userId:{param-userId}")}};
    route.params = {Param::required(QStringLiteral("userId"), Validators::customId()),
                    Param::required(QStringLiteral("secret"), Validators::text(256))};
    route.auditEvent = QStringLiteral("session.create");
    route.handler = [](RequestContext &ctx) {
        const QString userId = ctx.param(QStringLiteral("userId"));
        const auto user = ctx.services.users.find(userId);
        if (!user)
            throw ApiError(ApiError::UserInvalidToken);
        TokenStore tokens(ctx.services.db);
        const auto token = tokens.find(userId, ctx.param(QStringLiteral("secret")));
        if (!token)
            throw ApiError(ApiError::UserInvalidToken);
        if (!user->value(QStringLiteral("status")).toBool())
            throw ApiError(ApiError::UserBlocked);
        const int type = token->value(QStringLiteral("type")).toInt();
        // The token is spent only if the session is made.
        Database::Transaction transaction(ctx.services.db);
        tokens.remove(token->value(QStringLiteral("id")).toString());
        if (type == Schema::MagicUrl || type == Schema::EmailOtp)
            ctx.services.users.update(userId, {{QStringLiteral("email_verified"), 1}});
        else if (type == Schema::Phone)
            ctx.services.users.update(userId, {{QStringLiteral("phone_verified"), 1}});
        const Sessions::Created session = ctx.services.sessions.create(ctx, userId, specFor(type));
        transaction.commit();
        return ctx.services.sessions.created(ctx, session);
    };
    return route;
}

} // namespace

void addTokenRoutes(Router &router)
{
    addEmailToken(router);
    router.add(magicUrlRoute(QStringLiteral("/v1/account/tokens/magic-url")));
    router.add(magicUrlRoute(QStringLiteral("/v1/account/sessions/magic-url")));
    router.add(phoneTokenRoute(QStringLiteral("/v1/account/tokens/phone")));
    router.add(phoneTokenRoute(QStringLiteral("/v1/account/sessions/phone")));
    router.add(sessionFromTokenRoute("POST", QStringLiteral("/v1/account/sessions/token")));
    router.add(sessionFromTokenRoute("PUT", QStringLiteral("/v1/account/sessions/magic-url")));
    router.add(sessionFromTokenRoute("PUT", QStringLiteral("/v1/account/sessions/phone")));
}

} // namespace Sandbox
