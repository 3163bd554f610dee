#pragma once

#include <QString>

namespace Sandbox {

//! An Appwrite error: HTTP code, type string and message, as in app/config/errors.php@1.5.11.
//! Route handlers throw it; the router turns it into `{message, code, type, version}`.
class ApiError
{
public:
    enum Kind {
        ServerError,
        RouteNotFound,
        UnknownOrigin,
        ArgumentInvalid,
        UnauthorizedScope,
        RateLimitExceeded,
        BadRequest,
        ProjectNotFound,
        UserAlreadyExists,
        UserBlocked,
        UserInvalidToken,
        UserInvalidCredentials,
        UserSessionAlreadyExists,
        UserNotFound,
        UserEmailAlreadyExists,
        UserPhoneAlreadyExists,
        UserSessionNotFound,
        UserIdentityNotFound,
        UserUnauthorized,
        UserJwtInvalid,
        UserMoreFactorsRequired,
        UserChallengeRequired,
        UserTargetNotFound,
        UserTargetAlreadyExists,
        UserPasswordRecentlyUsed,
        UserAnonymousConsoleProhibited,
        UserRecoveryCodesAlreadyExists,
        UserRecoveryCodesNotFound,
        UserAuthenticatorNotFound,
        UserAuthenticatorAlreadyVerified,
        UserPhoneNotFound,
        UserEmailNotVerified,
        UserEmailAlreadyVerified,
        UserPhoneAlreadyVerified,
        QueryInvalid,
        SmtpDisabled,
        PhoneDisabled,
        ProjectProviderDisabled,
        ProjectProviderUnsupported,
        ProjectInvalidSuccessUrl,
        ProjectInvalidFailureUrl,
        UserOAuth2BadRequest,
        UserOAuth2ProviderError,
        DocumentInvalidStructure,
    };

    //! The catalogue's default message.
    explicit ApiError(Kind kind);
    //! Same type and code, custom message (e.g. the validators' "Invalid `x` param: ...").
    ApiError(Kind kind, const QString &message);
    //! Any type string with an explicit code, for types the catalogue does not list.
    ApiError(int code, const QString &type, const QString &message);

    int code() const { return m_code; }
    QString type() const { return m_type; }
    QString message() const { return m_message; }
    //! The HTTP status actually sent: codes the real server does not pass through become 500.
    int httpStatus() const;

private:
    int m_code;
    QString m_type;
    QString m_message;
};

} // namespace Sandbox
