// The sandbox's abuse limits: the 11th sign-in for one email within the hour is refused with
// 429, and every answer of a limited route carries X-RateLimit-* headers.
#include "httptestclient.h"
#include "sandboxprocess.h"

#include <QDateTime>
#include <QTest>

class TestSandboxRateLimit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eleventhSignInIsRefused()
    {
        if (!qEnvironmentVariableIsEmpty("APPWRITE_ENDPOINT"))
            QSKIP("sandbox-only check: needs a fresh rate-limit window");
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        HttpTestClient client(sandbox.endpoint(), sandbox.project());
        const QJsonObject body{{QStringLiteral("email"), QStringLiteral("ratelimit@example.com")},
                               {QStringLiteral("password"), QStringLiteral("wrongpassword")}};
        qint64 reset = 0;
        for (int i = 1; i <= 10; ++i) {
            const HttpReply reply = client.post(QStringLiteral("/account/sessions/email"), body);
            QCOMPARE(reply.type(), QStringLiteral("user_invalid_credentials"));
            QCOMPARE(reply.header("X-RateLimit-Limit"), QByteArray("10"));
            QCOMPARE(reply.header("X-RateLimit-Remaining").toInt(), 10 - i);
            reset = reply.header("X-RateLimit-Reset").toLongLong();
        }
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(reset > now && reset <= now + 3600);
        QCOMPARE(reset % 3600, 0);

        HttpReply reply = client.post(QStringLiteral("/account/sessions/email"), body);
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.type(), QStringLiteral("general_rate_limit_exceeded"));
        QCOMPARE(reply.string("message"),
                 QStringLiteral("Rate limit for the current endpoint has been exceeded. Please try "
                                "again after some time."));
        QCOMPARE(reply.header("X-RateLimit-Remaining"), QByteArray("0"));

        // The key is the email: another address still gets through to the credential check,
        // and failed validation counts against its own key.
        reply = client.post(QStringLiteral("/account/sessions/email"),
                            {{QStringLiteral("email"), QStringLiteral("other@example.com")},
                             {QStringLiteral("password"), QStringLiteral("wrongpassword")}});
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.header("X-RateLimit-Remaining"), QByteArray("9"));
    }

    void unlimitedRouteHasNoHeaders()
    {
        if (!qEnvironmentVariableIsEmpty("APPWRITE_ENDPOINT"))
            QSKIP("sandbox-only check");
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        HttpTestClient client(sandbox.endpoint(), sandbox.project());
        QCOMPARE(client.post(QStringLiteral("/account/sessions/anonymous"))
                         .header("X-RateLimit-Limit"),
                 QByteArray("50"));
        const HttpReply reply = client.get(QStringLiteral("/account"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("X-RateLimit-Limit").isEmpty());
    }

    void switchedOff()
    {
        if (!qEnvironmentVariableIsEmpty("APPWRITE_ENDPOINT"))
            QSKIP("sandbox-only check: --no-rate-limits");
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--no-rate-limits")}),
                 qPrintable(sandbox.errorString()));
        HttpTestClient client(sandbox.endpoint(), sandbox.project());
        for (int i = 0; i < 11; ++i) {
            const HttpReply reply =
                    client.post(QStringLiteral("/account/sessions/email"),
                                {{QStringLiteral("email"), QStringLiteral("x@example.com")},
                                 {QStringLiteral("password"), QStringLiteral("wrongpassword")}});
            QCOMPARE(reply.status, 401);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxRateLimit)
#include "tst_sandbox_ratelimit.moc"
