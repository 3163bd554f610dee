#include "clientharness.h"

#include <QTest>
#include <QUrlQuery>

using namespace Appwrite;

//! What the client does when time runs out: expired sessions are forgotten, expired tokens
//! are refused. Needs the sandbox's --session-length, so it skips against another server.
class TestClientExpiry : public QObject
{
    Q_OBJECT

    static constexpr int lifetimeSeconds = 2;
    ClientHarness harness;

    //! Lets the wall clock pass \a moment (server-side expiry cannot be observed otherwise).
    static void waitUntilPast(const QDateTime &moment)
    {
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > moment, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsEmpty("APPWRITE_ENDPOINT"))
            QSKIP("Expiry needs a server with a short session length (the sandbox)");
        QVERIFY2(harness.start({QStringLiteral("--no-rate-limits"),
                                QStringLiteral("--session-length"),
                                QString::number(lifetimeSeconds)}),
                 qPrintable(harness.errorString()));
    }

    void expiredSessionIsForgotten()
    {
        auto c = harness.connect();
        QString why;
        QVERIFY2(harness.signUp(*c, true, &why), qPrintable(why));
        const auto session = await<Session>([&](QObject *ctx, auto done) {
            c->account.getSession(ctx, QStringLiteral("current"), done);
        });
        VERIFY_OK(session);
        QVERIFY(session->expire <= QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds + 1));

        waitUntilPast(session->expire.addMSecs(200));
        const auto expired =
                await<User>([&](QObject *ctx, auto done) { c->account.get(ctx, done); });
        VERIFY_ERROR(expired, 401, "general_unauthorized_scope");
        QVERIFY(!c->client.hasSession());
        QVERIFY(c->store.load(c->client.sessionKey()).isEmpty());
    }

    void expiredTokenIsRefused()
    {
        auto c = harness.connect();
        const auto url = c->account.createOAuth2Token(
                QStringLiteral("github"),
                QStringLiteral("http://localhost:4711/auth/oauth2/success"),
                QStringLiteral("http://localhost:4711/auth/oauth2/failure"));
        QVERIFY(url.ok());
        QUrl consent = ClientHarness::redirectOf(*url);
        QUrlQuery query(consent);
        query.addQueryItem(QStringLiteral("decision"), QStringLiteral("approve"));
        query.addQueryItem(QStringLiteral("email"), ClientHarness::uniqueEmail());
        consent.setQuery(query);
        const QDateTime issued = QDateTime::currentDateTimeUtc();
        const QUrlQuery landing(ClientHarness::redirectOf(consent));
        const QString userId = landing.queryItemValue(QStringLiteral("userId"));
        const QString secret = landing.queryItemValue(QStringLiteral("secret"));
        QVERIFY(!userId.isEmpty() && !secret.isEmpty());

        waitUntilPast(issued.addSecs(lifetimeSeconds + 1));
        const auto session = await<Session>([&](QObject *ctx, auto done) {
            c->account.createSession(ctx, userId, secret, done);
        });
        VERIFY_ERROR(session, 401, "user_invalid_token");
        QVERIFY(!c->client.hasSession());
    }
};

QTEST_GUILESS_MAIN(TestClientExpiry)
#include "tst_client_expiry.moc"
