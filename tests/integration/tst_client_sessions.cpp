#include "clientharness.h"

#include <QSignalSpy>
#include <QTest>

using namespace Appwrite;

//! Sessions: signing in and out, listing, extending, and the credential the client keeps.
class TestClientSessions : public QObject
{
    Q_OBJECT

    ClientHarness harness;

    static Result<Session> signIn(ClientHarness::Connection &c, const QString &email,
                                  const QString &password = ClientHarness::password())
    {
        return await<Session>([&](QObject *ctx, auto done) {
            c.account.createEmailPasswordSession(ctx, email, password, done);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(harness.start({QStringLiteral("--no-rate-limits")}),
                 qPrintable(harness.errorString()));
    }

    void emailPasswordSession()
    {
        auto c = harness.connect();
        QString why;
        const auto account = harness.signUp(*c, false, &why);
        QVERIFY2(account, qPrintable(why));

        const auto wrong = signIn(*c, account->email, QStringLiteral("wrong password"));
        VERIFY_ERROR(wrong, 401, "user_invalid_credentials");
        QVERIFY(!c->client.hasSession());

        QSignalSpy changed(&c->client, &Client::sessionChanged);
        const auto session = signIn(*c, account->email);
        VERIFY_OK(session);
        QCOMPARE(session->userId, account->id);
        QCOMPARE(session->provider, QStringLiteral("email"));
        QVERIFY(session->current);
        QVERIFY(session->secret.isEmpty()); // the credential travels in headers only
        QVERIFY(session->expire > QDateTime::currentDateTimeUtc());
        QVERIFY(c->client.hasSession());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!c->store.load(c->client.sessionKey()).isEmpty());

        const auto again = signIn(*c, account->email);
        VERIFY_ERROR(again, 401, "user_session_already_exists");
        QVERIFY(c->client.hasSession());
    }

    void desktopUserAgentIsRecorded()
    {
        // As the app does in main(), before it creates its client.
        QCoreApplication::setApplicationName(QStringLiteral("appwrite-account"));
        QCoreApplication::setApplicationVersion(QStringLiteral(APPWRITE_APP_VERSION));
        auto c = harness.connect();
        QVERIFY2(c->client.userAgent().startsWith(
                         QLatin1String("appwrite-account/" APPWRITE_APP_VERSION " (")),
                 qPrintable(c->client.userAgent()));
        QString why;
        QVERIFY2(harness.signUp(*c, true, &why), qPrintable(why));
        const auto session = await<Session>([&](QObject *ctx, auto done) {
            c->account.getSession(ctx, QStringLiteral("current"), done);
        });
        VERIFY_OK(session);
        QCOMPARE(session->deviceName, QStringLiteral("desktop"));
#if defined(Q_OS_LINUX)
        QCOMPARE(session->osName, QStringLiteral("GNU/Linux"));
#endif
    }

    void credentialSurvivesARestart()
    {
        auto first = harness.connect();
        QString why;
        const auto account = harness.signUp(*first, true, &why);
        QVERIFY2(account, qPrintable(why));

        // A second client using the same store (as the app does after a restart).
        Client restarted;
        restarted.setSessionStore(&first->store);
        restarted.setEndpoint(harness.sandbox().endpoint());
        restarted.setProject(harness.sandbox().project());
        QVERIFY(restarted.hasSession());
        Account account2(&restarted);
        const auto user = await<User>([&](QObject *ctx, auto done) { account2.get(ctx, done); });
        VERIFY_OK(user);
        QCOMPARE(user->id, account->id);
    }

    void anonymousSession()
    {
        auto c = harness.connect();
        const auto session = await<Session>(
                [&](QObject *ctx, auto done) { c->account.createAnonymousSession(ctx, done); });
        VERIFY_OK(session);
        QCOMPARE(session->provider, QStringLiteral("anonymous"));
        const auto user = await<User>([&](QObject *ctx, auto done) { c->account.get(ctx, done); });
        VERIFY_OK(user);
        QVERIFY(user->email.isEmpty());
        QVERIFY(!user->passwordUpdate.isValid());

        const auto again = await<Session>(
                [&](QObject *ctx, auto done) { c->account.createAnonymousSession(ctx, done); });
        VERIFY_ERROR(again, 401, "user_session_already_exists");

        // Converting the guest into a full account: the password becomes theirs.
        const QString email = ClientHarness::uniqueEmail();
        const auto converted = await<User>([&](QObject *ctx, auto done) {
            c->account.updateEmail(ctx, email, ClientHarness::password(), done);
        });
        VERIFY_OK(converted);
        QCOMPARE(converted->email, email);
        auto other = harness.connect();
        VERIFY_OK(signIn(*other, email));
    }

    void listGetUpdateDelete()
    {
        auto laptop = harness.connect();
        QString why;
        const auto account = harness.signUp(*laptop, true, &why);
        QVERIFY2(account, qPrintable(why));
        auto phone = harness.connect();
        const auto phoneSession = signIn(*phone, account->email);
        VERIFY_OK(phoneSession);

        const auto list = await<SessionList>(
                [&](QObject *ctx, auto done) { laptop->account.listSessions(ctx, done); });
        VERIFY_OK(list);
        QCOMPARE(list->total, 2);
        QCOMPARE(list->sessions.size(), 2);
        int current = 0;
        for (const Session &s : list->sessions)
            current += s.current ? 1 : 0;
        QCOMPARE(current, 1);

        const auto byId = await<Session>([&](QObject *ctx, auto done) {
            laptop->account.getSession(ctx, phoneSession->id, done);
        });
        VERIFY_OK(byId);
        QCOMPARE(byId->id, phoneSession->id);
        QVERIFY(!byId->current);

        const auto missing = await<Session>([&](QObject *ctx, auto done) {
            laptop->account.getSession(ctx, QStringLiteral("doesnotexist"), done);
        });
        VERIFY_ERROR(missing, 404, "user_session_not_found");

        const auto extended = await<Session>([&](QObject *ctx, auto done) {
            laptop->account.updateSession(ctx, QStringLiteral("current"), done);
        });
        VERIFY_OK(extended);
        QVERIFY(extended->expire > QDateTime::currentDateTimeUtc().addDays(300));
        const auto updateMissing = await<Session>([&](QObject *ctx, auto done) {
            laptop->account.updateSession(ctx, QStringLiteral("doesnotexist"), done);
        });
        VERIFY_ERROR(updateMissing, 404, "user_session_not_found");

        // Signing the phone out from the laptop: the phone learns it on its next call.
        const auto removed = await<void>([&](QObject *ctx, auto done) {
            laptop->account.deleteSession(ctx, phoneSession->id, done);
        });
        VERIFY_OK(removed);
        QVERIFY(laptop->client.hasSession());
        QVERIFY(phone->client.hasSession());
        const auto gone =
                await<User>([&](QObject *ctx, auto done) { phone->account.get(ctx, done); });
        VERIFY_ERROR(gone, 401, "general_unauthorized_scope");
        QVERIFY(!phone->client.hasSession());

        const auto deleteMissing = await<void>([&](QObject *ctx, auto done) {
            laptop->account.deleteSession(ctx, QStringLiteral("doesnotexist"), done);
        });
        VERIFY_ERROR(deleteMissing, 404, "user_session_not_found");

        const auto signOut = await<void>([&](QObject *ctx, auto done) {
            laptop->account.deleteSession(ctx, QStringLiteral("current"), done);
        });
        VERIFY_OK(signOut);
        QVERIFY(!laptop->client.hasSession());
        QVERIFY(laptop->store.load(laptop->client.sessionKey()).isEmpty());
        const auto guest =
                await<User>([&](QObject *ctx, auto done) { laptop->account.get(ctx, done); });
        VERIFY_ERROR(guest, 401, "general_unauthorized_scope");
    }

    void deleteAllSessions()
    {
        auto a = harness.connect();
        QString why;
        const auto account = harness.signUp(*a, true, &why);
        QVERIFY2(account, qPrintable(why));
        auto b = harness.connect();
        VERIFY_OK(signIn(*b, account->email));

        const auto all =
                await<void>([&](QObject *ctx, auto done) { a->account.deleteSessions(ctx, done); });
        VERIFY_OK(all);
        QVERIFY(!a->client.hasSession());
        const auto other = await<SessionList>(
                [&](QObject *ctx, auto done) { b->account.listSessions(ctx, done); });
        VERIFY_ERROR(other, 401, "general_unauthorized_scope");
        QVERIFY(!b->client.hasSession());

        const auto guest =
                await<void>([&](QObject *ctx, auto done) { a->account.deleteSessions(ctx, done); });
        VERIFY_ERROR(guest, 401, "general_unauthorized_scope");
    }
};

QTEST_GUILESS_MAIN(TestClientSessions)
#include "tst_client_sessions.moc"
