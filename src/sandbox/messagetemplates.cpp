#include "sandbox/messagetemplates.h"

namespace Sandbox {

namespace {

// The code and the button label sit in an indented block left over from the HTML layout.
QString highlighted(const QString &content)
{
    return QStringLiteral("\n\n\n    \n        \n            %1\n        \n    \n\n\n")
            .arg(content);
}

QString agentText(const RequestAgent &agent)
{
    const auto orUnknown = [](const QString &value) {
        return value.isEmpty() ? QStringLiteral("UNKNOWN") : value;
    };
    return QStringLiteral("%1 on %2 %3")
            .arg(orUnknown(agent.clientName), orUnknown(agent.deviceBrand),
                 orUnknown(agent.osName));
}

QString signature(const QString &project)
{
    return QStringLiteral("\nThanks,\n%1 team\n").arg(project);
}

QString phraseNote(const QString &phrase)
{
    if (phrase.isEmpty())
        return {};
    return QStringLiteral("\n\n\nSecurity phrase for this email is %1. You can trust this email if "
                          "this phrase matches the phrase shown during sign in.\n")
            .arg(phrase);
}

} // namespace

QString MessageTemplates::recipient(const QString &name, const QString &address)
{
    if (name.isEmpty())
        return address;
    return QStringLiteral("\"%1\" <%2>").arg(name, address);
}

MailContent MessageTemplates::verification(const QString &project, const QString &userName,
                                           const QString &link)
{
    return {QStringLiteral("Account Verification"),
            QStringLiteral("Hello %1,\nFollow this link to verify your email address to your %2 "
                           "account.\n%3\nIf you didn\u2019t ask to verify this address, you can "
                           "ignore this message.\n\n    Thanks,\n    \n    %2 team\n")
                    .arg(userName, project, link)};
}

MailContent MessageTemplates::recovery(const QString &project, const QString &userName,
                                       const QString &link)
{
    return {QStringLiteral("Password Reset"),
            QStringLiteral("Hello %1,\nFollow this link to reset your %2 password.\n%3\nIf you "
                           "didn\u2019t ask to reset your password, you can ignore this "
                           "message.\n\n    Thanks,\n    \n    %2 team\n")
                    .arg(userName, project, link)};
}

MailContent MessageTemplates::magicUrl(const QString &project, const QString &userName,
                                       const QString &link, const RequestAgent &agent,
                                       const QString &phrase)
{
    const QString text =
            QStringLiteral("Hello %1,\n\nClick the button below to securely sign in to your %2 "
                           "account. This link will expire in 1 hour.")
                    .arg(userName, project)
            + highlighted(QStringLiteral("Sign in to %1").arg(project))
            + QStringLiteral("If you are unable to sign in using the button above, please visit "
                             "the following link:\n\n%1\n\nThis sign in was requested using %2. If "
                             "you didn&#039;t request the sign in, you can safely ignore this "
                             "email.\n")
                      .arg(link, agentText(agent))
            + signature(project) + phraseNote(phrase);
    return {QStringLiteral("%1 Login").arg(project), text};
}

MailContent MessageTemplates::emailOtp(const QString &project, const QString &userName,
                                       const QString &code, const RequestAgent &agent,
                                       const QString &phrase)
{
    const QString text =
            QStringLiteral("Hello %1,\n\nEnter the following verification code when prompted to "
                           "securely sign in to your %2 account. This code will expire in 15 "
                           "minutes.")
                    .arg(userName, project)
            + highlighted(code)
            + QStringLiteral("This sign in was requested using %1. If you didn&#039;t request the "
                             "sign in, you can safely ignore this email.\n")
                      .arg(agentText(agent))
            + signature(project) + phraseNote(phrase);
    return {QStringLiteral("OTP for %1 Login").arg(project), text};
}

MailContent MessageTemplates::mfaChallenge(const QString &project, const QString &userName,
                                           const QString &code, const RequestAgent &agent)
{
    const QString text =
            QStringLiteral("Hello %1,\n\nEnter the following verification code to verify your "
                           "email and activate two-step verification in %2. This code will expire "
                           "in 15 minutes.")
                    .arg(userName, project)
            + highlighted(code)
            + QStringLiteral("This verification code was requested using %1. If you didn&#039;t "
                             "request the verification code, you can safely ignore this email.\n")
                      .arg(agentText(agent))
            + signature(project);
    return {QStringLiteral("Verification Code for %1").arg(project), text};
}

QString MessageTemplates::sms(const QString &code)
{
    return code;
}

} // namespace Sandbox
