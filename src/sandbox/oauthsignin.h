#pragma once

#include <QString>
#include <QVariantMap>

namespace Sandbox {

class RequestContext;
struct PendingAuthorization;

//! Who the (simulated) provider says is signing in, and the tokens it issued.
struct OAuthProfile
{
    QString provider;
    QString providerUid;
    QString email;
    QString name;
    QString accessToken;
    QString refreshToken;
    qint64 accessTokenExpiry = 0; //!< UTC ms
};

//! The account side of an approved OAuth2 sign-in (account.php's redirect step): which user it
//! is, and the identity that links them to the provider.
class OAuthSignIn
{
public:
    //! A provider issues its access tokens for 4 hours (as Appwrite's mock provider does).
    static constexpr qint64 accessTokenSeconds = 14400;

    //! The profile the sandbox's provider reports for \a email: the same providerUid every time.
    static OAuthProfile profileFor(const QString &provider, const QString &email,
                                   const QString &name);
    //! Finds or creates the user and records the identity; throws ApiError as the real server
    //! does (409 identity or email of another user, 400 email taken by another identity, 401
    //! blocked).
    static QVariantMap resolveUser(RequestContext &ctx, const PendingAuthorization &pending,
                                   const OAuthProfile &profile);
};

} // namespace Sandbox
