// Two-factor authentication over HTTP: TOTP enrolment with codes computed here, the MFA gate on
// a second sign-in, challenges by TOTP, email and recovery code, and the recent-challenge rule.
#include "sandboxauthhelpers.h"
#include "sandboxprocess.h"

#include "sandbox/totp.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace SandboxAuth;

namespace {

QString currentCode(const QString &secret)
{
    return Sandbox::Totp::codeForSecret(secret, QDateTime::currentSecsSinceEpoch());
}

QStringList toStrings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

class TestSandboxMfa : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limits")}),
                 qPrintable(m_sandbox.errorString()));
        if (!m_sandbox.isSandbox())
            QSKIP("These tests read codes from the sandbox outbox.");
    }

    void guestsAreRefused()
    {
        HttpTestClient guest = newClient();
        QCOMPARE(guest.get(QStringLiteral("/account/mfa/factors")).type(),
                 QStringLiteral("general_unauthorized_scope"));
        QCOMPARE(guest.post(QStringLiteral("/account/mfa/challenge"),
                            {{QStringLiteral("factor"), QStringLiteral("totp")}})
                         .type(),
                 QStringLiteral("general_unauthorized_scope"));
    }

    void totpEnrolmentAndSecondFactor()
    {
        HttpTestClient first = newClient();
        const QString email = signUpAndIn(first, "totp");
        QCOMPARE(first.get(QStringLiteral("/account/mfa/factors")).json,
                 (QJsonObject{{QStringLiteral("totp"), false},
                              {QStringLiteral("phone"), false},
                              {QStringLiteral("email"), false},
                              {QStringLiteral("recoveryCode"), false}}));
        const HttpReply badType = first.post(QStringLiteral("/account/mfa/authenticators/sms"));
        QCOMPARE(badType.string("message"),
                 QStringLiteral("Invalid `type` param: Value must be one of (totp)"));

        // Adding twice before verifying replaces the secret.
        const QString stale =
                first.post(QStringLiteral("/account/mfa/authenticators/totp")).string("secret");
        const HttpReply added = first.post(QStringLiteral("/account/mfa/authenticators/totp"));
        QCOMPARE(added.status, 200);
        const QString secret = added.string("secret");
        QCOMPARE(secret.size(), 103);
        QVERIFY(secret != stale);
        QVERIFY2(added.string("uri").startsWith(QStringLiteral("otpauth://totp/")),
                 qPrintable(added.string("uri")));
        QVERIFY(added.string("uri").contains(QString::fromLatin1(QUrl::toPercentEncoding(email))));
        QVERIFY(added.string("uri").endsWith(QStringLiteral("&secret=") + secret));

        QCOMPARE(first.put(QStringLiteral("/account/mfa/authenticators/totp"),
                           {{QStringLiteral("otp"), currentCode(stale)}})
                         .type(),
                 QStringLiteral("user_invalid_token"));
        const HttpReply verified = first.put(QStringLiteral("/account/mfa/authenticators/totp"),
                                             {{QStringLiteral("otp"), currentCode(secret)}});
        QCOMPARE(verified.status, 200);
        QCOMPARE(verified.string("email"), email);
        QCOMPARE(first.post(QStringLiteral("/account/mfa/authenticators/totp")).type(),
                 QStringLiteral("user_authenticator_already_verified"));

        const HttpReply codes = first.post(QStringLiteral("/account/mfa/recovery-codes"));
        QCOMPARE(codes.status, 200);
        const QStringList recovery = toStrings(codes.json.value(QStringLiteral("recoveryCodes")));
        QCOMPARE(recovery.size(), 6);
        for (const QString &code : recovery)
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{10}$")).match(code).hasMatch());
        QCOMPARE(first.post(QStringLiteral("/account/mfa/recovery-codes")).type(),
                 QStringLiteral("user_recovery_codes_already_exists"));
        // Verifying the authenticator is not a challenge: reading the codes needs one.
        QCOMPARE(first.get(QStringLiteral("/account/mfa/recovery-codes")).type(),
                 QStringLiteral("user_challenge_required"));

        QCOMPARE(first.patch(QStringLiteral("/account/mfa"), {{QStringLiteral("mfa"), true}})
                         .json.value(QStringLiteral("mfa"))
                         .toBool(),
                 true);
        QCOMPARE(first.get(QStringLiteral("/account")).status, 200);

        // A second device signs in with the password only.
        HttpTestClient second = newClient();
        QCOMPARE(second.post(QStringLiteral("/account/sessions/email"), credentials(email)).status,
                 201);
        QCOMPARE(second.get(QStringLiteral("/account")).type(),
                 QStringLiteral("user_more_factors_required"));
        QCOMPARE(second.get(QStringLiteral("/account/sessions")).type(),
                 QStringLiteral("user_more_factors_required"));
        QCOMPARE(second.get(QStringLiteral("/account/mfa/recovery-codes")).type(),
                 QStringLiteral("user_more_factors_required"));
        QCOMPARE(second.get(QStringLiteral("/account/mfa/factors")).json,
                 (QJsonObject{{QStringLiteral("totp"), true},
                              {QStringLiteral("phone"), false},
                              {QStringLiteral("email"), false},
                              {QStringLiteral("recoveryCode"), true}}));

        const HttpReply badFactor =
                second.post(QStringLiteral("/account/mfa/challenge"),
                            {{QStringLiteral("factor"), QStringLiteral("carrierpigeon")}});
        QCOMPARE(badFactor.string("message"),
                 QStringLiteral("Invalid `factor` param: Value must be one of (email, phone, "
                                "totp, recoverycode)"));
        const HttpReply unverifiedEmail =
                second.post(QStringLiteral("/account/mfa/challenge"),
                            {{QStringLiteral("factor"), QStringLiteral("email")}});
        QCOMPARE(unverifiedEmail.status, 500);
        QCOMPARE(unverifiedEmail.type(), QStringLiteral("user_email_not_verified"));
        QCOMPARE(second.post(QStringLiteral("/account/mfa/challenge"),
                             {{QStringLiteral("factor"), QStringLiteral("phone")}})
                         .type(),
                 QStringLiteral("user_phone_not_found"));

        const HttpReply challenge =
                second.post(QStringLiteral("/account/mfa/challenge"),
                            {{QStringLiteral("factor"), QStringLiteral("totp")}});
        QCOMPARE(challenge.status, 200);
        const QString challengeId = challenge.string("$id");
        QCOMPARE(second.put(QStringLiteral("/account/mfa/challenge"),
                            {{QStringLiteral("challengeId"), challengeId},
                             {QStringLiteral("otp"), QStringLiteral("000000")}})
                         .type(),
                 QStringLiteral("user_invalid_token"));
        QCOMPARE(second.put(QStringLiteral("/account/mfa/challenge"),
                            {{QStringLiteral("challengeId"), QStringLiteral("nosuchchallenge")},
                             {QStringLiteral("otp"), currentCode(secret)}})
                         .type(),
                 QStringLiteral("user_invalid_token"));
        const HttpReply passed = second.put(QStringLiteral("/account/mfa/challenge"),
                                            {{QStringLiteral("challengeId"), challengeId},
                                             {QStringLiteral("otp"), currentCode(secret)}});
        QCOMPARE(passed.status, 200);
        QCOMPARE(toStrings(passed.json.value(QStringLiteral("factors"))),
                 (QStringList{QStringLiteral("password"), QStringLiteral("totp")}));
        // The real server's database date format in this one answer.
        QVERIFY2(QRegularExpression(
                         QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}$"))
                         .match(passed.string("mfaUpdatedAt"))
                         .hasMatch(),
                 qPrintable(passed.string("mfaUpdatedAt")));
        QCOMPARE(second.get(QStringLiteral("/account")).status, 200);

        // Within the recent-challenge window: the codes can be read and replaced.
        QCOMPARE(toStrings(second.get(QStringLiteral("/account/mfa/recovery-codes"))
                                   .json.value(QStringLiteral("recoveryCodes"))),
                 recovery);
        const QStringList replaced =
                toStrings(second.patch(QStringLiteral("/account/mfa/recovery-codes"))
                                  .json.value(QStringLiteral("recoveryCodes")));
        QCOMPARE(replaced.size(), 6);
        QVERIFY(replaced != recovery);

        // A third device uses a recovery code, once.
        HttpTestClient third = newClient();
        QCOMPARE(third.post(QStringLiteral("/account/sessions/email"), credentials(email)).status,
                 201);
        QCOMPARE(answerWithRecoveryCode(third, QStringLiteral("recoverycode"), recovery.first())
                         .status,
                 401);
        QCOMPARE(answerWithRecoveryCode(third, QStringLiteral("recoverycode"), replaced.first())
                         .status,
                 200);
        QCOMPARE(third.get(QStringLiteral("/account")).status, 200);
        HttpTestClient fourth = newClient();
        QCOMPARE(fourth.post(QStringLiteral("/account/sessions/email"), credentials(email)).status,
                 201);
        QCOMPARE(answerWithRecoveryCode(fourth, QStringLiteral("recoverycode"), replaced.first())
                         .type(),
                 QStringLiteral("user_invalid_token"));
        // As in 1.5.11, a challenge created as "recoveryCode" cannot be answered.
        QCOMPARE(answerWithRecoveryCode(fourth, QStringLiteral("recoveryCode"), replaced.at(1))
                         .type(),
                 QStringLiteral("user_invalid_token"));
        QCOMPARE(fourth.get(QStringLiteral("/account")).type(),
                 QStringLiteral("user_more_factors_required"));
        // A partial session can still sign out.
        QCOMPARE(fourth.del(QStringLiteral("/account/sessions/current")).status, 204);

        // Removing the authenticator takes a current code or a recovery code.
        QCOMPARE(second.del(QStringLiteral("/account/mfa/authenticators/totp"),
                            {{QStringLiteral("otp"), QStringLiteral("000000")}})
                         .type(),
                 QStringLiteral("user_invalid_token"));
        QCOMPARE(second.del(QStringLiteral("/account/mfa/authenticators/totp"),
                            {{QStringLiteral("otp"), replaced.at(2)}})
                         .status,
                 204);
        QCOMPARE(second.del(QStringLiteral("/account/mfa/authenticators/totp"),
                            {{QStringLiteral("otp"), currentCode(secret)}})
                         .type(),
                 QStringLiteral("user_authenticator_not_found"));
        QCOMPARE(second.get(QStringLiteral("/account/mfa/factors"))
                         .json.value(QStringLiteral("totp"))
                         .toBool(),
                 false);
    }

    void emailChallenge()
    {
        HttpTestClient first = newClient();
        const QString email = signUpAndIn(first, "mfaemail");
        QCOMPARE(first.post(QStringLiteral("/account/verification"),
                            {{QStringLiteral("url"), QStringLiteral("http://localhost/cb")}})
                         .status,
                 201);
        const QJsonObject mail = latestMessage(first, email);
        QCOMPARE(first.put(QStringLiteral("/account/verification"),
                           {{QStringLiteral("userId"), field(mail, "userId")},
                            {QStringLiteral("secret"), field(mail, "secret")}})
                         .status,
                 200);
        QCOMPARE(
                first.patch(QStringLiteral("/account/mfa"), {{QStringLiteral("mfa"), true}}).status,
                200);
        // The device that turned MFA on gained the verified email factor.
        QVERIFY(toStrings(first.get(QStringLiteral("/account/sessions/current"))
                                  .json.value(QStringLiteral("factors")))
                        .contains(QStringLiteral("email")));

        HttpTestClient second = newClient();
        QCOMPARE(second.post(QStringLiteral("/account/sessions/email"), credentials(email)).status,
                 201);
        QCOMPARE(second.get(QStringLiteral("/account")).type(),
                 QStringLiteral("user_more_factors_required"));
        const HttpReply challenge =
                second.post(QStringLiteral("/account/mfa/challenge"),
                            {{QStringLiteral("factor"), QStringLiteral("email")}});
        QCOMPARE(challenge.status, 200);
        const QJsonObject codeMail = latestMessage(second, email);
        QVERIFY2(field(codeMail, "subject").startsWith(QStringLiteral("Verification Code for ")),
                 QJsonDocument(codeMail).toJson().constData());
        const QString code = field(codeMail, "secret");
        QVERIFY(field(codeMail, "body").contains(code));
        const HttpReply passed =
                second.put(QStringLiteral("/account/mfa/challenge"),
                           {{QStringLiteral("challengeId"), challenge.string("$id")},
                            {QStringLiteral("otp"), code}});
        QCOMPARE(passed.status, 200);
        QCOMPARE(toStrings(passed.json.value(QStringLiteral("factors"))),
                 (QStringList{QStringLiteral("password"), QStringLiteral("email")}));
        QCOMPARE(second.get(QStringLiteral("/account")).status, 200);
        // The challenge is used up.
        QCOMPARE(second.put(QStringLiteral("/account/mfa/challenge"),
                            {{QStringLiteral("challengeId"), challenge.string("$id")},
                             {QStringLiteral("otp"), code}})
                         .type(),
                 QStringLiteral("user_invalid_token"));

        QCOMPARE(first.patch(QStringLiteral("/account/mfa"), {{QStringLiteral("mfa"), false}})
                         .status,
                 200);
        HttpTestClient third = newClient();
        QCOMPARE(third.post(QStringLiteral("/account/sessions/email"), credentials(email)).status,
                 201);
        QCOMPARE(third.get(QStringLiteral("/account")).status, 200);
    }

private:
    HttpTestClient newClient() const
    {
        return HttpTestClient(m_sandbox.endpoint(), m_sandbox.project());
    }
    static QJsonObject credentials(const QString &email)
    {
        return {{QStringLiteral("email"), email},
                {QStringLiteral("password"), QStringLiteral("password123")}};
    }
    static QString signUpAndIn(HttpTestClient &client, const char *name)
    {
        const QString email = uniqueEmail(name);
        QJsonObject signUp = credentials(email);
        signUp.insert(QStringLiteral("userId"), QStringLiteral("unique()"));
        if (client.post(QStringLiteral("/account"), signUp).status != 201
            || client.post(QStringLiteral("/account/sessions/email"), credentials(email)).status
                    != 201)
            qWarning("sign-up failed for %s", qPrintable(email));
        return email;
    }
    static HttpReply answerWithRecoveryCode(HttpTestClient &client, const QString &factor,
                                            const QString &code)
    {
        const HttpReply challenge = client.post(QStringLiteral("/account/mfa/challenge"),
                                                {{QStringLiteral("factor"), factor}});
        if (challenge.status != 200)
            return challenge;
        return client.put(QStringLiteral("/account/mfa/challenge"),
                          {{QStringLiteral("challengeId"), challenge.string("$id")},
                           {QStringLiteral("otp"), code}});
    }

    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(TestSandboxMfa)
#include "tst_sandbox_mfa.moc"
