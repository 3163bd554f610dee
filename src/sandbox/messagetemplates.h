#pragma once

#include <QString>

namespace Sandbox {

//! The browser and system a request came from, as the emails describe it
//! ("Chrome on UNKNOWN GNU/Linux"); empty parts read UNKNOWN.
struct RequestAgent
{
    QString clientName;
    QString deviceBrand;
    QString osName;
};

struct MailContent
{
    QString subject;
    QString text;
};

//! The plain-text emails and text messages of a real Appwrite 1.5.11 server, word for word
//! (outbox.jsonl), so a person trying the sandbox reads what their users will read.
class MessageTemplates
{
public:
    //! `"Name" <address>`, or the bare address when there is no name.
    static QString recipient(const QString &name, const QString &address);

    static MailContent verification(const QString &project, const QString &userName,
                                    const QString &link);
    static MailContent recovery(const QString &project, const QString &userName,
                                const QString &link);
    static MailContent magicUrl(const QString &project, const QString &userName,
                                const QString &link, const RequestAgent &agent,
                                const QString &phrase = {});
    static MailContent emailOtp(const QString &project, const QString &userName,
                                const QString &code, const RequestAgent &agent,
                                const QString &phrase = {});
    static MailContent mfaChallenge(const QString &project, const QString &userName,
                                    const QString &code, const RequestAgent &agent);
    //! Phone sign-in, phone verification and MFA by SMS all send the bare code.
    static QString sms(const QString &code);
};

} // namespace Sandbox
