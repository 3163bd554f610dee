#include "sandbox/apierror.h"

#include <QHash>

namespace Sandbox {

namespace {

struct Entry
{
    int code;
    const char *type;
    const char *message;
};

// Messages from app/config/errors.php@1.5.11 (see reference/account-api.md §8).
Entry entry(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::ServerError:
        return {500, "general_server_error", "An internal server error occurred."};
    case ApiError::RouteNotFound:
        return {404, "general_route_not_found",
                "The requested route was not found. Please refer to the API docs and try again."};
    case ApiError::UnknownOrigin:
        return {403, "general_unknown_origin",
                "The request originated from an unknown origin. If you trust this domain, please "
                "list it as a trusted platform in the Appwrite console."};
    case ApiError::ArgumentInvalid:
        return {400, "general_argument_invalid",
                "The request contains one or more invalid arguments. Please refer to the endpoint "
                "documentation."};
    case ApiError::UnauthorizedScope:
        return {401, "general_unauthorized_scope",
                "The current user or API key does not have the required scopes to access the "
                "requested resource."};
    case ApiError::RateLimitExceeded:
        return {429, "general_rate_limit_exceeded",
                "Rate limit for the current endpoint has been exceeded. Please try again after "
                "some time."};
    case ApiError::BadRequest:
        return {400, "general_bad_request",
                "There was an error processing your request. Please check the inputs and try "
                "again."};
    case ApiError::ProjectNotFound:
        return {404, "project_not_found",
                "Project with the requested ID could not be found. Please check the value of the "
                "X-Appwrite-Project header to ensure the correct project ID is being used."};
    case ApiError::UserAlreadyExists:
        return {409, "user_already_exists",
                "A user with the same id, email, or phone already exists in this project."};
    case ApiError::UserBlocked:
        return {401, "user_blocked",
                "The current user has been blocked. You can unblock the user by making a request "
                "to the User API's \"Update User Status\" endpoint or in the Appwrite Console's "
                "Auth section."};
    case ApiError::UserInvalidToken:
        return {401, "user_invalid_token", "Invalid token passed in the request."};
    case ApiError::UserInvalidCredentials:
        return {401, "user_invalid_credentials",
                "Invalid credentials. Please check the email and password."};
    case ApiError::UserSessionAlreadyExists:
        return {401, "user_session_already_exists",
                "Creation of a session is prohibited when a session is active."};
    case ApiError::UserNotFound:
        return {404, "user_not_found", "User with the requested ID could not be found."};
    case ApiError::UserEmailAlreadyExists:
        return {409, "user_email_already_exists",
                "A user with the same email already exists in the current project."};
    case ApiError::UserPhoneAlreadyExists:
        return {409, "user_phone_already_exists",
                "A user with the same phone number already exists in the current project."};
    case ApiError::UserSessionNotFound:
        return {404, "user_session_not_found", "The current user session could not be found."};
    case ApiError::UserIdentityNotFound:
        return {404, "user_identity_not_found",
                "The identity could not be found. Please sign in with OAuth provider to create "
                "identity first."};
    case ApiError::UserUnauthorized:
        return {401, "user_unauthorized",
                "The current user is not authorized to perform the requested action."};
    case ApiError::UserJwtInvalid:
        return {401, "user_jwt_invalid",
                "The JWT token is invalid. Please check the value of the X-Appwrite-JWT header to "
                "ensure the correct token is being used."};
    case ApiError::UserMoreFactorsRequired:
        return {401, "user_more_factors_required",
                "More factors are required to complete the sign in process."};
    case ApiError::UserChallengeRequired:
        return {401, "user_challenge_required",
                "A recently successful challenge is required to complete this action. A "
                "challenge is considered recent for 5 minutes."};
    case ApiError::UserTargetNotFound:
        return {404, "user_target_not_found", "The target could not be found."};
    case ApiError::UserTargetAlreadyExists:
        return {409, "user_target_already_exists", "A target with the same ID already exists."};
    case ApiError::UserPasswordRecentlyUsed:
        return {400, "password_recently_used",
                "The password you are trying to use is similar to your previous password. For "
                "your security, please choose a different password and try again."};
    case ApiError::UserAnonymousConsoleProhibited:
        return {401, "user_anonymous_console_prohibited",
                "Anonymous users cannot be created for the console project."};
    case ApiError::UserRecoveryCodesAlreadyExists:
        return {409, "user_recovery_codes_already_exists",
                "The current user already generated recovery codes and they can only be read "
                "once for security reasons."};
    case ApiError::UserRecoveryCodesNotFound:
        return {404, "user_recovery_codes_not_found",
                "Recovery codes could not be found on the current user."};
    case ApiError::UserAuthenticatorNotFound:
        return {404, "user_authenticator_not_found",
                "Authenticator could not be found on the current user."};
    case ApiError::UserAuthenticatorAlreadyVerified:
        return {409, "user_authenticator_already_verified",
                "This authenticator is already verified on the current user."};
    case ApiError::UserPhoneNotFound:
        return {400, "user_phone_not_found",
                "The current user does not have a phone number associated with their account."};
    case ApiError::UserEmailNotVerified:
        // Missing from errors.php@1.5.11: code 0, which the real server masks as 500.
        return {0, "user_email_not_verified", "Server Error"};
    case ApiError::UserEmailAlreadyVerified:
        return {409, "user_email_already_verified", "User email is already verified"};
    case ApiError::UserPhoneAlreadyVerified:
        return {409, "user_phone_already_verified", "User phone is already verified"};
    case ApiError::QueryInvalid:
        return {400, "general_query_invalid",
                "The query's syntax is invalid. Please check the query and try again."};
    case ApiError::SmtpDisabled:
        return {503, "general_smtp_disabled",
                "SMTP is disabled on your Appwrite instance. You can <a "
                "href=\"/docs/email-delivery\">learn more about setting up SMTP</a> in our docs."};
    case ApiError::PhoneDisabled:
        return {503, "general_phone_disabled",
                "Phone provider is not configured. Please check the _APP_SMS_PROVIDER environment "
                "variable of your Appwrite server."};
    case ApiError::ProjectProviderDisabled:
        return {412, "project_provider_disabled",
                "The chosen OAuth provider is disabled. You can enable the OAuth provider using "
                "the Appwrite console."};
    case ApiError::ProjectProviderUnsupported:
        return {400, "project_provider_unsupported",
                "The chosen OAuth provider is unsupported. Please check the <a "
                "href=\"/docs/client/account?sdk=web-default#accountCreateOAuth2Session\">Create "
                "OAuth2 Session docs</a> for the complete list of supported OAuth providers."};
    case ApiError::ProjectInvalidSuccessUrl:
        return {400, "project_invalid_success_url", "Invalid redirect URL for OAuth success."};
    case ApiError::ProjectInvalidFailureUrl:
        return {400, "project_invalid_failure_url", "Invalid redirect URL for OAuth failure."};
    case ApiError::UserOAuth2BadRequest:
        return {400, "user_oauth2_bad_request", "OAuth2 provider rejected the bad request."};
    case ApiError::UserOAuth2ProviderError:
        return {424, "user_oauth2_provider_error", "OAuth2 provider returned some error."};
    case ApiError::DocumentInvalidStructure:
        return {400, "document_invalid_structure",
                "The document structure is invalid. Please ensure the attributes match the "
                "collection definition."};
    }
    return {500, "general_unknown",
            "An unknown error has occurred. Please check the logs for more information."};
}

} // namespace

ApiError::ApiError(Kind kind)
{
    const Entry e = entry(kind);
    m_code = e.code;
    m_type = QString::fromLatin1(e.type);
    m_message = QString::fromUtf8(e.message);
}

ApiError::ApiError(Kind kind, const QString &message)
    : ApiError(kind)
{
    m_message = message;
}

ApiError::ApiError(int code, const QString &type, const QString &message)
    : m_code(code)
    , m_type(type)
    , m_message(message)
{ }

int ApiError::httpStatus() const
{
    switch (m_code) {
    case 400:
    case 401:
    case 402:
    case 403:
    case 404:
    case 408:
    case 409:
    case 412:
    case 416:
    case 429:
    case 451:
    case 501:
    case 503:
        return m_code;
    default:
        return 500;
    }
}

} // namespace Sandbox
