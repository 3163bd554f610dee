// Security: guessing is rate-limited with the real server's limits (account-api.md §2.3):
// password sign-in 10/h per email, one-time code sign-in 10/h per user and IP, MFA challenge
// answers 10/h. The guess after the limit is refused even when it is right.
#include "sandboxauthhelpers.h"
#include "sandboxprocess.h"

#include <QTest>

using namespace SandboxAuth;
using namespace Qt::StringLiterals;

class TestSecurityBruteForce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Rate limits on: the point of this test.
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        if (!m_sandbox.isSandbox())
            QSKIP("needs fresh rate-limit windows, which only a private sandbox has");
    }

    void passwordGuessingIsLimited()
    {
        HttpTestClient client = newClient();
        client.setTimeout(120);
        const QString email = uniqueEmail("guess");
        const QString password = u"the right password 1"_s;
        QCOMPARE(client.post(u"/account"_s,
                             {{u"userId"_s, u"unique()"_s},
                              {u"email"_s, email},
                              {u"password"_s, password}})
                         .status,
                 201);
        for (int guess = 0; guess < 10; ++guess) {
            const HttpReply wrong = client.post(
                    u"/account/sessions/email"_s,
                    {{u"email"_s, email}, {u"password"_s, u"wrong password %1"_s.arg(guess)}});
            QCOMPARE(wrong.status, 401);
            QCOMPARE(wrong.type(), u"user_invalid_credentials"_s);
            QCOMPARE(wrong.header("X-RateLimit-Limit"), QByteArray("10"));
        }
        const HttpReply right = client.post(u"/account/sessions/email"_s,
                                            {{u"email"_s, email}, {u"password"_s, password}});
        QCOMPARE(right.status, 429);
        QCOMPARE(right.type(), u"general_rate_limit_exceeded"_s);
        QCOMPARE(right.header("X-RateLimit-Remaining"), QByteArray("0"));
        QVERIFY(client.session().isEmpty());
    }

    void codeGuessingIsLimited()
    {
        HttpTestClient client = newClient();
        const QString email = uniqueEmail("code");
        const HttpReply token = client.post(u"/account/tokens/email"_s,
                                            {{u"userId"_s, u"unique()"_s}, {u"email"_s, email}});
        QCOMPARE(token.status, 201);
        const QString userId = token.string("userId");
        const QString code = field(latestMessage(client, email), "secret");
        QCOMPARE(code.size(), 6);
        int sent = 0;
        for (int guess = 0; sent < 10; ++guess) {
            const QString wrong = u"%1"_s.arg(guess, 6, 10, QLatin1Char('0'));
            if (wrong == code)
                continue;
            const HttpReply reply = client.post(u"/account/sessions/token"_s,
                                                {{u"userId"_s, userId}, {u"secret"_s, wrong}});
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.type(), u"user_invalid_token"_s);
            ++sent;
        }
        const HttpReply right = client.post(u"/account/sessions/token"_s,
                                            {{u"userId"_s, userId}, {u"secret"_s, code}});
        QCOMPARE(right.status, 429);
        QCOMPARE(right.type(), u"general_rate_limit_exceeded"_s);
        QVERIFY(client.session().isEmpty());
    }

    void challengeGuessingIsLimited()
    {
        HttpTestClient client = newClient();
        const QString email = uniqueEmail("challenge");
        const HttpReply challenge = emailChallengeForNewUser(client, email);
        QCOMPARE(challenge.status, 200); // not the documented 201: findings.md
        const QString code = field(latestMessage(client, email), "secret");
        int sent = 0;
        for (int guess = 0; sent < 10; ++guess) {
            const QString wrong = u"%1"_s.arg(guess, 6, 10, QLatin1Char('0'));
            if (wrong == code)
                continue;
            const HttpReply reply =
                    client.put(u"/account/mfa/challenge"_s,
                               {{u"challengeId"_s, challenge.string("$id")}, {u"otp"_s, wrong}});
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.type(), u"user_invalid_token"_s);
            ++sent;
        }
        const HttpReply right =
                client.put(u"/account/mfa/challenge"_s,
                           {{u"challengeId"_s, challenge.string("$id")}, {u"otp"_s, code}});
        QCOMPARE(right.status, 429);
        QCOMPARE(right.type(), u"general_rate_limit_exceeded"_s);
    }

private:
    HttpTestClient newClient() { return HttpTestClient(m_sandbox.endpoint(), m_sandbox.project()); }

    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(TestSecurityBruteForce)
#include "tst_security_bruteforce.moc"
