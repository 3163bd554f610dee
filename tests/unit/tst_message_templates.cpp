#include "sandbox/clock.h"
#include "sandbox/linkbuilder.h"
#include "sandbox/messagetemplates.h"

#include <QDateTime>
#include <QTest>

using namespace Sandbox;

namespace {

// The expected texts are the real server's messages from outbox.jsonl, word for word.
const RequestAgent chromeOnLinux{QStringLiteral("Chrome"), QString(), QStringLiteral("GNU/Linux")};
const QString project = QStringLiteral("Sandbox");

qint64 ms(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

class TestMessageTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recipientHasNameWhenKnown()
    {
        QCOMPARE(MessageTemplates::recipient(QStringLiteral("Alice Liddell"),
                                             QStringLiteral("alice.new@example.com")),
                 QStringLiteral("\"Alice Liddell\" <alice.new@example.com>"));
        QCOMPARE(MessageTemplates::recipient(QString(), QStringLiteral("dave@example.com")),
                 QStringLiteral("dave@example.com"));
    }

    void verificationLinkAndMail()
    {
        const QString secret = QStringLiteral("561da2e1");
        const QString link = LinkBuilder::emailLink(
                QStringLiteral("http://localhost/callback"),
                {{QStringLiteral("userId"), QStringLiteral("alice")},
                 {QStringLiteral("secret"), secret},
                 {QStringLiteral("expire"), Clock::db(ms("2026-11-26T20:52:07.180Z"))}});
        QCOMPARE(link,
                 QStringLiteral("http://localhost/callback?userId=alice&secret=561da2e1&expire="
                                "2026-11-26+20%3A52%3A07.180"));
        const MailContent mail =
                MessageTemplates::verification(project, QStringLiteral("Alice Liddell"), link);
        QCOMPARE(mail.subject, QStringLiteral("Account Verification"));
        QCOMPARE(mail.text,
                 QStringLiteral("Hello Alice Liddell,\nFollow this link to verify your email "
                                "address to your Sandbox account.\n")
                         + link
                         + QStringLiteral("\nIf you didn\u2019t ask to verify this address, you "
                                          "can ignore this message.\n\n    Thanks,\n    \n    "
                                          "Sandbox team\n"));
    }

    void recoveryMail()
    {
        const MailContent mail = MessageTemplates::recovery(
                project, QStringLiteral("Alice Liddell"), QStringLiteral("LINK"));
        QCOMPARE(mail.subject, QStringLiteral("Password Reset"));
        QCOMPARE(mail.text,
                 QStringLiteral("Hello Alice Liddell,\nFollow this link to reset your Sandbox "
                                "password.\nLINK\nIf you didn\u2019t ask to reset your password, "
                                "you can ignore this message.\n\n    Thanks,\n    \n    Sandbox "
                                "team\n"));
    }

    void emailOtpWithPhrase()
    {
        const MailContent mail =
                MessageTemplates::emailOtp(project, QString(), QStringLiteral("491020"),
                                           chromeOnLinux, QStringLiteral("Mindful lighthouse"));
        QCOMPARE(mail.subject, QStringLiteral("OTP for Sandbox Login"));
        QCOMPARE(mail.text,
                 QStringLiteral(
                         "Hello ,\n\nEnter the following verification code when prompted to "
                         "securely sign in to your Sandbox account. This code will expire in 15 "
                         "minutes.\n\n\n    \n        \n            491020\n        \n    \n\n\n"
                         "This sign in was requested using Chrome on UNKNOWN GNU/Linux. If you "
                         "didn&#039;t request the sign in, you can safely ignore this email.\n\n"
                         "Thanks,\nSandbox team\n\n\n\nSecurity phrase for this email is Mindful "
                         "lighthouse. You can trust this email if this phrase matches the phrase "
                         "shown during sign in.\n"));
    }
    void emailOtpWithoutPhrase()
    {
        const MailContent mail = MessageTemplates::emailOtp(
                project, QString(), QStringLiteral("384595"), chromeOnLinux);
        QVERIFY(mail.text.endsWith(QStringLiteral("\n\nThanks,\nSandbox team\n")));
        QVERIFY(!mail.text.contains(QStringLiteral("Security phrase")));
    }

    void magicUrlLinkAndMail()
    {
        const QString link = LinkBuilder::emailLink(
                QStringLiteral("http://localhost/callback"),
                {{QStringLiteral("userId"), QStringLiteral("erin")},
                 {QStringLiteral("secret"), QStringLiteral("ff8a")},
                 {QStringLiteral("expire"), Clock::iso(ms("2026-11-26T20:52:12.108Z"))},
                 {QStringLiteral("project"), QStringLiteral("sandbox")}});
        QCOMPARE(link,
                 QStringLiteral("http://localhost/callback?userId=erin&secret=ff8a&expire=2026-"
                                "11-26T20%3A52%3A12.108%2B00%3A00&project=sandbox"));
        const MailContent mail =
                MessageTemplates::magicUrl(project, QString(), link, chromeOnLinux);
        QCOMPARE(mail.subject, QStringLiteral("Sandbox Login"));
        QCOMPARE(mail.text,
                 QStringLiteral("Hello ,\n\nClick the button below to securely sign in to your "
                                "Sandbox account. This link will expire in 1 hour.\n\n\n    \n    "
                                "    \n            Sign in to Sandbox\n        \n    \n\n\nIf you "
                                "are unable to sign in using the button above, please visit the "
                                "following link:\n\n")
                         + link
                         + QStringLiteral("\n\nThis sign in was requested using Chrome on "
                                          "UNKNOWN GNU/Linux. If you didn&#039;t request the sign "
                                          "in, you can safely ignore this email.\n\nThanks,\n"
                                          "Sandbox team\n"));
    }

    void mfaChallengeMail()
    {
        const MailContent mail = MessageTemplates::mfaChallenge(
                project, QString(), QStringLiteral("509983"), chromeOnLinux);
        QCOMPARE(mail.subject, QStringLiteral("Verification Code for Sandbox"));
        QCOMPARE(mail.text,
                 QStringLiteral("Hello ,\n\nEnter the following verification code to verify your "
                                "email and activate two-step verification in Sandbox. This code "
                                "will expire in 15 minutes.\n\n\n    \n        \n            "
                                "509983\n        \n    \n\n\nThis verification code was requested "
                                "using Chrome on UNKNOWN GNU/Linux. If you didn&#039;t request the "
                                "verification code, you can safely ignore this email.\n\nThanks,\n"
                                "Sandbox team\n"));
    }

    void smsIsTheBareCode()
    {
        QCOMPARE(MessageTemplates::sms(QStringLiteral("098750")), u"098750");
    }

    void linksMergeIntoTheUrlsOwnQuery()
    {
        QCOMPARE(
                LinkBuilder::emailLink(QStringLiteral("myapp://localhost:8080/cb?a=1&userId=x#top"),
                                       {{QStringLiteral("userId"), QStringLiteral("u 1")},
                                        {QStringLiteral("b"), QStringLiteral("a/b")}}),
                QStringLiteral("myapp://localhost:8080/cb?a=1&userId=u+1&b=a%2Fb#top"));
    }

    void oauthRedirectHasEmptyUserInfoAndFragment()
    {
        QCOMPARE(LinkBuilder::oauthRedirect(QStringLiteral("http://localhost/ok"), {}),
                 QStringLiteral("http://:@localhost/ok#"));
        QCOMPARE(LinkBuilder::oauthRedirect(QStringLiteral("http://localhost/ok"),
                                            {{QStringLiteral("secret"), QStringLiteral("bb7f")},
                                             {QStringLiteral("userId"), QStringLiteral("6b08")}}),
                 QStringLiteral("http://:@localhost/ok?secret=bb7f&userId=6b08#"));
        const QString error = QStringLiteral(
                R"({"message":"The Mock OAuth2 provider returned an error: access_denied","type":"user_oauth2_provider_error","code":424})");
        QCOMPARE(LinkBuilder::oauthRedirect(QStringLiteral("http://localhost/fail"),
                                            {{QStringLiteral("error"), error}}),
                 QStringLiteral("http://:@localhost/fail?error=%7B%22message%22%3A%22The+Mock+"
                                "OAuth2+provider+returned+an+error%3A+access_denied%22%2C%22type%"
                                "22%3A%22user_oauth2_provider_error%22%2C%22code%22%3A424%7D#"));
        QCOMPARE(LinkBuilder::oauthRedirect(QStringLiteral("http://127.0.0.1:5000/cb"), {}),
                 QStringLiteral("http://:@127.0.0.1:5000/cb#"));
    }

    void formEncodeIsPhpUrlencode()
    {
        QCOMPARE(LinkBuilder::formEncode(QStringLiteral("a b~c-d_e.f*é")),
                 QStringLiteral("a+b%7Ec-d_e.f%2A%C3%A9"));
    }
};

QTEST_GUILESS_MAIN(TestMessageTemplates)
#include "tst_message_templates.moc"
