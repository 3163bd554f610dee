#include "core/errorinfo.h"

#include "client/error.h"

#include <QHash>

namespace {

struct TypeText
{
    const char *type;
    const char *text;
};

// One sentence per type, for a person who never saw an API. What to do next, when there is
// something to do.
constexpr TypeText typeTexts[] = {
        {"general_unknown",
         QT_TRANSLATE_NOOP("ErrorText", "Something went wrong on the server. Please try again.")},
        {"general_mock", QT_TRANSLATE_NOOP("ErrorText", "The server answered with a test error.")},
        {"general_access_forbidden",
         QT_TRANSLATE_NOOP("ErrorText", "This server does not allow that.")},
        {"general_unknown_origin",
         QT_TRANSLATE_NOOP("ErrorText",
                           "This project does not accept requests from this app yet. Its owner "
                           "needs to add the app as a platform.")},
        {"general_api_disabled",
         QT_TRANSLATE_NOOP("ErrorText", "This part of the server is turned off for the project.")},
        {"general_service_disabled",
         QT_TRANSLATE_NOOP("ErrorText", "Accounts are turned off for this project.")},
        {"general_unauthorized_scope",
         QT_TRANSLATE_NOOP("ErrorText",
                           "You are not signed in, or your session has ended. "
                           "Please sign in again.")},
        {"general_rate_limit_exceeded",
         QT_TRANSLATE_NOOP("ErrorText", "Too many attempts. Please wait a moment and try again.")},
        {"general_smtp_disabled",
         QT_TRANSLATE_NOOP("ErrorText",
                           "This server cannot send emails, so this option is not "
                           "available.")},
        {"general_phone_disabled",
         QT_TRANSLATE_NOOP("ErrorText",
                           "This server cannot send text messages, so this option "
                           "is not available.")},
        {"general_argument_invalid",
         QT_TRANSLATE_NOOP("ErrorText",
                           "Something you entered is not in the right form. Please check it.")},
        {"general_query_limit_exceeded",
         QT_TRANSLATE_NOOP("ErrorText", "That asked for too much at once.")},
        {"general_query_invalid",
         QT_TRANSLATE_NOOP("ErrorText", "The server did not understand the request.")},
        {"general_route_not_found",
         QT_TRANSLATE_NOOP("ErrorText",
                           "The server does not offer this. It may run an older "
                           "Appwrite version.")},
        {"general_cursor_not_found",
         QT_TRANSLATE_NOOP("ErrorText", "The list changed while loading. Please reload it.")},
        {"general_server_error",
         QT_TRANSLATE_NOOP("ErrorText", "Something went wrong on the server. Please try again.")},
        {"general_protocol_unsupported",
         QT_TRANSLATE_NOOP("ErrorText", "This server only accepts secure (https) connections.")},
        {"general_codes_disabled",
         QT_TRANSLATE_NOOP("ErrorText", "Invitation codes are turned off on this server.")},
        {"general_usage_disabled",
         QT_TRANSLATE_NOOP("ErrorText", "Usage statistics are turned off on this server.")},
        {"general_not_implemented",
         QT_TRANSLATE_NOOP("ErrorText", "This server does not support that yet.")},
        {"general_invalid_email",
         QT_TRANSLATE_NOOP("ErrorText", "That does not look like an email address.")},
        {"general_invalid_phone",
         QT_TRANSLATE_NOOP("ErrorText",
                           "That does not look like a phone number. Start it with "
                           "+ and the country code, like +16175551212.")},
        {"general_region_access_denied",
         QT_TRANSLATE_NOOP("ErrorText", "This service is not available in your region.")},
        {"general_bad_request",
         QT_TRANSLATE_NOOP("ErrorText",
                           "The server could not handle that. Please check what "
                           "you entered.")},
        {"user_count_exceeded",
         QT_TRANSLATE_NOOP("ErrorText", "This project cannot take new accounts right now.")},
        {"user_console_count_exceeded",
         QT_TRANSLATE_NOOP("ErrorText", "Sign-up is restricted on this server.")},
        {"user_jwt_invalid",
         QT_TRANSLATE_NOOP("ErrorText", "That token is not valid any more. Create a new one.")},
        {"user_already_exists",
         QT_TRANSLATE_NOOP("ErrorText",
                           "An account with this email address already exists. "
                           "Try signing in instead.")},
        {"user_blocked",
         QT_TRANSLATE_NOOP("ErrorText",
                           "This account has been blocked. Contact the app's "
                           "support to get access again.")},
        {"user_invalid_token",
         QT_TRANSLATE_NOOP("ErrorText",
                           "That code or link has expired or was already used. "
                           "Please ask for a new one.")},
        {"user_password_reset_required",
         QT_TRANSLATE_NOOP("ErrorText", "You need to choose a new password before signing in.")},
        {"user_email_not_whitelisted",
         QT_TRANSLATE_NOOP("ErrorText", "This email address is not allowed to sign up here.")},
        {"user_invalid_code", QT_TRANSLATE_NOOP("ErrorText", "That invitation code is not valid.")},
        {"user_ip_not_whitelisted",
         QT_TRANSLATE_NOOP("ErrorText", "Sign-up is not allowed from your network.")},
        {"user_invalid_credentials",
         QT_TRANSLATE_NOOP("ErrorText",
                           "The email or password is not right. Please check both "
                           "and try again.")},
        {"user_anonymous_console_prohibited",
         QT_TRANSLATE_NOOP("ErrorText", "Guest sign-in is not allowed here.")},
        {"user_session_already_exists",
         QT_TRANSLATE_NOOP("ErrorText",
                           "You are already signed in. Sign out first to use "
                           "another account.")},
        {"user_not_found", QT_TRANSLATE_NOOP("ErrorText", "We could not find that account.")},
        {"user_email_already_exists",
         QT_TRANSLATE_NOOP("ErrorText", "Another account already uses this email address.")},
        {"user_password_mismatch",
         QT_TRANSLATE_NOOP("ErrorText", "The two passwords are not the same.")},
        {"password_recently_used",
         QT_TRANSLATE_NOOP("ErrorText",
                           "You used this password recently. Please choose a "
                           "different one.")},
        {"password_personal_data",
         QT_TRANSLATE_NOOP("ErrorText",
                           "Your password contains your name, email or phone "
                           "number. Please choose one that does not.")},
        {"user_session_not_found",
         QT_TRANSLATE_NOOP("ErrorText", "That session has already ended.")},
        {"user_identity_not_found",
         QT_TRANSLATE_NOOP("ErrorText", "That linked account is no longer connected.")},
        {"user_unauthorized", QT_TRANSLATE_NOOP("ErrorText", "You are not allowed to do that.")},
        {"user_auth_method_unsupported",
         QT_TRANSLATE_NOOP("ErrorText", "This way of signing in is turned off for this project.")},
        {"user_phone_already_exists",
         QT_TRANSLATE_NOOP("ErrorText", "Another account already uses this phone number.")},
        {"user_recovery_codes_already_exists",
         QT_TRANSLATE_NOOP("ErrorText",
                           "Your recovery codes were already created. For your "
                           "safety they can only be shown once; create new ones "
                           "if you lost them.")},
        {"user_authenticator_not_found",
         QT_TRANSLATE_NOOP("ErrorText", "No authenticator app is set up for this account.")},
        {"user_recovery_codes_not_found",
         QT_TRANSLATE_NOOP("ErrorText", "This account has no recovery codes yet.")},
        {"user_authenticator_already_verified",
         QT_TRANSLATE_NOOP("ErrorText",
                           "An authenticator app is already set up. Remove it "
                           "first to add another.")},
        {"user_phone_not_found",
         QT_TRANSLATE_NOOP("ErrorText", "Add a phone number to your account first.")},
        {"user_missing_id",
         QT_TRANSLATE_NOOP("ErrorText",
                           "The sign-in provider did not say who you are. Please "
                           "try again.")},
        {"user_more_factors_required",
         QT_TRANSLATE_NOOP("ErrorText",
                           "One more step: confirm it is you with your second "
                           "factor.")},
        {"user_challenge_required",
         QT_TRANSLATE_NOOP("ErrorText",
                           "For your security, confirm it is you before making "
                           "this change.")},
        {"user_oauth2_bad_request",
         QT_TRANSLATE_NOOP("ErrorText",
                           "The sign-in provider rejected the request. Please try "
                           "again.")},
        {"user_oauth2_unauthorized",
         QT_TRANSLATE_NOOP("ErrorText", "The sign-in provider did not let you in.")},
        {"user_oauth2_provider_error",
         QT_TRANSLATE_NOOP("ErrorText",
                           "The sign-in provider had a problem. Please try again "
                           "later.")},
        {"user_email_already_verified",
         QT_TRANSLATE_NOOP("ErrorText", "Your email address is already verified.")},
        {"user_phone_already_verified",
         QT_TRANSLATE_NOOP("ErrorText", "Your phone number is already verified.")},
        {"user_deletion_prohibited",
         QT_TRANSLATE_NOOP("ErrorText",
                           "This account cannot be deleted while it belongs to a "
                           "team.")},
        {"user_target_not_found",
         QT_TRANSLATE_NOOP("ErrorText", "That device is no longer registered.")},
        {"user_target_already_exists",
         QT_TRANSLATE_NOOP("ErrorText",
                           "That address or device is already registered with an "
                           "account.")},
        {"user_key_and_session_set",
         QT_TRANSLATE_NOOP("ErrorText", "The request mixed two kinds of sign-in.")},
        {"user_email_not_found",
         QT_TRANSLATE_NOOP("ErrorText", "Add an email address to your account first.")},
        {"user_email_not_verified",
         QT_TRANSLATE_NOOP("ErrorText", "Verify your email address first.")},
        {"user_phone_not_verified",
         QT_TRANSLATE_NOOP("ErrorText", "Verify your phone number first.")},
        {"document_invalid_structure",
         QT_TRANSLATE_NOOP("ErrorText", "Something you entered is not in the right form.")},
        {"project_not_found",
         QT_TRANSLATE_NOOP("ErrorText",
                           "There is no project with this ID on that server. "
                           "Please check the project ID.")},
        {"project_provider_disabled",
         QT_TRANSLATE_NOOP("ErrorText",
                           "Signing in with this provider is turned off for this "
                           "project.")},
        {"project_provider_unsupported",
         QT_TRANSLATE_NOOP("ErrorText", "This server does not support that sign-in provider.")},
        {"project_invalid_success_url",
         QT_TRANSLATE_NOOP("ErrorText", "The project does not accept this app's return address.")},
        {"project_invalid_failure_url",
         QT_TRANSLATE_NOOP("ErrorText", "The project does not accept this app's return address.")},
        {"project_key_expired", QT_TRANSLATE_NOOP("ErrorText", "The project's key has expired.")},
};

const QHash<QString, const char *> &typeTable()
{
    static const QHash<QString, const char *> table = [] {
        QHash<QString, const char *> t;
        for (const TypeText &entry : typeTexts)
            t.insert(QString::fromLatin1(entry.type), entry.text);
        return t;
    }();
    return table;
}

} // namespace

QVariantMap ErrorInfo::toMap() const
{
    if (kind == Kind::None)
        return {};
    QVariantMap map{
            {QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("status"), status},
            {QStringLiteral("type"), type},           {QStringLiteral("message"), message},
            {QStringLiteral("field"), field},
    };
    QString sentence = text;
    if (sentence.isEmpty()) {
        sentence = kind == Kind::Http ? ErrorText::forType(type, status) : ErrorText::forKind(kind);
    }
    map.insert(QStringLiteral("text"), sentence);
    if (retryAt.isValid())
        map.insert(QStringLiteral("retryAt"), retryAt);
    return map;
}

ErrorInfo ErrorInfo::validation(const QString &fieldName, const QString &sentence)
{
    ErrorInfo info;
    info.kind = Kind::Validation;
    info.field = fieldName;
    info.text = sentence;
    return info;
}

ErrorInfo ErrorInfo::http(int httpStatus, const QString &errorType, const QString &serverMessage)
{
    ErrorInfo info;
    info.kind = Kind::Http;
    info.status = httpStatus;
    info.type = errorType;
    info.message = serverMessage;
    return info;
}

ErrorInfo ErrorInfo::cancelled()
{
    ErrorInfo info;
    info.kind = Kind::Cancelled;
    return info;
}

ErrorInfo ErrorInfo::fromClient(const Appwrite::Error &error)
{
    ErrorInfo info;
    switch (error.kind()) {
    case Appwrite::Error::Kind::Http:
        info.kind = Kind::Http;
        break;
    case Appwrite::Error::Kind::Network:
        info.kind = Kind::Network;
        break;
    case Appwrite::Error::Kind::Timeout:
        info.kind = Kind::Timeout;
        break;
    case Appwrite::Error::Kind::Tls:
        info.kind = Kind::Tls;
        break;
    case Appwrite::Error::Kind::InvalidResponse:
        info.kind = Kind::InvalidResponse;
        break;
    case Appwrite::Error::Kind::Validation:
        info.kind = Kind::Validation;
        info.text = error.message();
        break;
    case Appwrite::Error::Kind::Cancelled:
        info.kind = Kind::Cancelled;
        break;
    }
    info.status = error.status();
    info.type = error.type();
    info.message = error.message();
    info.field = error.field();
    if (error.isRateLimited()) {
        // Without the header the server's one-minute window is the safest guess.
        info.retryAt = error.rateLimitReset().isValid()
                ? error.rateLimitReset()
                : QDateTime::currentDateTimeUtc().addSecs(60);
    }
    return info;
}

QString ErrorInfo::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::InvalidResponse:
        return QStringLiteral("invalidResponse");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString ErrorText::forType(const QString &type, int status)
{
    const auto it = typeTable().constFind(type);
    if (it != typeTable().constEnd())
        return tr(it.value());
    return forStatus(status);
}

QString ErrorText::forStatus(int status)
{
    if (status == 401)
        return tr("You are not signed in, or your session has ended. Please sign in again.");
    if (status == 404)
        return tr("The server could not find that.");
    if (status == 429)
        return tr("Too many attempts. Please wait a moment and try again.");
    if (status >= 500)
        return tr("Something went wrong on the server. Please try again.");
    return tr("The server did not accept that. Please check what you entered.");
}

QString ErrorText::forKind(ErrorInfo::Kind kind)
{
    switch (kind) {
    case ErrorInfo::Kind::None:
        return QString();
    case ErrorInfo::Kind::Http:
        return forStatus(0);
    case ErrorInfo::Kind::Network:
        return tr("Cannot reach the server. Check your internet connection and the server "
                  "address.");
    case ErrorInfo::Kind::Timeout:
        return tr("The server took too long to answer. Please try again.");
    case ErrorInfo::Kind::Tls:
        return tr("The connection is not secure: the server's certificate cannot be trusted.");
    case ErrorInfo::Kind::InvalidResponse:
        return tr("The server sent an answer this app does not understand. Is this an Appwrite "
                  "server?");
    case ErrorInfo::Kind::Validation:
        return tr("Please check what you entered.");
    case ErrorInfo::Kind::Cancelled:
        return tr("Cancelled.");
    }
    return QString();
}

QStringList ErrorText::knownTypes()
{
    return typeTable().keys();
}
