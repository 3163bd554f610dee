#include "sandbox/oauthsignin.h"

#include "sandbox/apierror.h"
#include "sandbox/clock.h"
#include "sandbox/crypto.h"
#include "sandbox/oauthstates.h"
#include "sandbox/requestcontext.h"
#include "sandbox/services.h"

#include "client/id.h"

namespace Sandbox {

namespace {

std::optional<QVariantMap> identityOf(Database &db, const OAuthProfile &profile)
{
    return db.one(
            QStringLiteral("SELECT * FROM identities WHERE provider = ? AND provider_uid = ?"),
            {profile.provider, profile.providerUid});
}

bool emailUsedByOtherIdentity(Database &db, const OAuthProfile &profile)
{
    return db.count(QStringLiteral("SELECT COUNT(*) FROM identities WHERE provider_email = ? AND "
                                   "NOT (provider = ? AND provider_uid = ?)"),
                    {profile.email, profile.provider, profile.providerUid})
            > 0;
}

// Signed in already (an anonymous user, say): the provider account joins the caller.
QVariantMap attachToCaller(RequestContext &ctx, const QVariantMap &caller,
                           const OAuthProfile &profile)
{
    const QString callerId = caller.value(QStringLiteral("id")).toString();
    const auto identity = identityOf(ctx.services.db, profile);
    if (identity && identity->value(QStringLiteral("user_id")).toString() != callerId)
        throw ApiError(ApiError::UserAlreadyExists);
    const auto owner = ctx.services.users.findByEmail(profile.email);
    if (owner && owner->value(QStringLiteral("id")).toString() != callerId)
        throw ApiError(ApiError::UserAlreadyExists);
    if (caller.value(QStringLiteral("email")).toString().isEmpty()) {
        QVariantMap columns{{QStringLiteral("email"), profile.email},
                            {QStringLiteral("email_verified"), 1}};
        if (caller.value(QStringLiteral("name")).toString().isEmpty())
            columns.insert(QStringLiteral("name"), profile.name);
        ctx.services.users.update(callerId, columns);
        const qint64 now = Clock::nowMs();
        ctx.services.db.exec(QStringLiteral("INSERT INTO targets (id, user_id, created_at, "
                                            "updated_at, name, provider_type, identifier) VALUES "
                                            "(?, ?, ?, ?, '', 'email', ?)"),
                             {Appwrite::ID::unique(), callerId, now, now, profile.email});
    }
    return *ctx.services.users.find(callerId);
}

QVariantMap findOrCreate(RequestContext &ctx, const OAuthProfile &profile)
{
    if (const auto identity = identityOf(ctx.services.db, profile)) {
        if (auto user =
                    ctx.services.users.find(identity->value(QStringLiteral("user_id")).toString()))
            return *user;
    }
    if (const auto user = ctx.services.users.findByEmail(profile.email))
        return *user;
    if (emailUsedByOtherIdentity(ctx.services.db, profile))
        throw ApiError(ApiError::BadRequest);
    Users::NewUser user;
    user.id = Appwrite::ID::unique();
    user.email = profile.email;
    user.name = profile.name.isNull() ? QStringLiteral("") : profile.name; // column NOT NULL
    user.emailVerified = true;
    return ctx.services.users.create(user);
}

void recordIdentity(Database &db, const QString &userId, const OAuthProfile &profile)
{
    const qint64 now = Clock::nowMs();
    if (const auto identity = identityOf(db, profile)) {
        db.exec(QStringLiteral("UPDATE identities SET provider_email = ?, provider_access_token "
                               "= ?, provider_access_token_expiry = ?, provider_refresh_token = "
                               "?, updated_at = ? WHERE id = ?"),
                {profile.email, profile.accessToken, profile.accessTokenExpiry,
                 profile.refreshToken, now, identity->value(QStringLiteral("id"))});
        return;
    }
    db.exec(QStringLiteral("INSERT INTO identities (id, user_id, created_at, updated_at, provider, "
                           "provider_uid, provider_email, provider_access_token, "
                           "provider_access_token_expiry, provider_refresh_token) VALUES (?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?)"),
            {Appwrite::ID::unique(), userId, now, now, profile.provider, profile.providerUid,
             profile.email, profile.accessToken, profile.accessTokenExpiry, profile.refreshToken});
}

} // namespace

OAuthProfile OAuthSignIn::profileFor(const QString &provider, const QString &email,
                                     const QString &name)
{
    OAuthProfile profile;
    profile.provider = provider;
    profile.email = email.toLower();
    profile.name = name;
    profile.providerUid = Crypto::sha256Hex(provider + QLatin1Char(':') + profile.email).left(20);
    profile.accessToken = Crypto::randomHex(32);
    profile.refreshToken = Crypto::randomHex(32);
    profile.accessTokenExpiry = Clock::nowMs() + accessTokenSeconds * 1000;
    return profile;
}

QVariantMap OAuthSignIn::resolveUser(RequestContext &ctx, const PendingAuthorization &pending,
                                     const OAuthProfile &profile)
{
    std::optional<QVariantMap> caller;
    if (!pending.callerUserId.isEmpty())
        caller = ctx.services.users.find(pending.callerUserId);
    const QVariantMap user =
            caller ? attachToCaller(ctx, *caller, profile) : findOrCreate(ctx, profile);
    if (!user.value(QStringLiteral("status")).toBool())
        throw ApiError(ApiError::UserBlocked);
    recordIdentity(ctx.services.db, user.value(QStringLiteral("id")).toString(), profile);
    return user;
}

} // namespace Sandbox
