#include "clientharness.h"

#include "client/query.h"

#include <QTest>

using namespace Appwrite;

//! Account and profile operations of the client against a running server.
class TestClientProfile : public QObject
{
    Q_OBJECT

    ClientHarness harness;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(harness.start({QStringLiteral("--no-rate-limits")}),
                 qPrintable(harness.errorString()));
    }

    void createGetAndDuplicate()
    {
        auto c = harness.connect();
        const QString id = ClientHarness::uniqueId();
        const QString email = ClientHarness::uniqueEmail();
        const auto created = await<User>([&](QObject *ctx, auto done) {
            c->account.create(ctx, id, email.toUpper(), ClientHarness::password(),
                              QStringLiteral("Ada"), done);
        });
        VERIFY_OK(created);
        QCOMPARE(created->id, id);
        QCOMPARE(created->email, email); // stored lower-case
        QCOMPARE(created->name, QStringLiteral("Ada"));
        QVERIFY(created->status);
        QVERIFY(!created->emailVerification);
        QVERIFY(created->createdAt.isValid());
        QVERIFY(!c->client.hasSession()); // creating an account opens no session

        const auto duplicate = await<User>([&](QObject *ctx, auto done) {
            c->account.create(ctx, ID::server(), email, ClientHarness::password(), QString(), done);
        });
        VERIFY_ERROR(duplicate, 409, "user_already_exists");

        const auto session = await<Session>([&](QObject *ctx, auto done) {
            c->account.createEmailPasswordSession(ctx, email, ClientHarness::password(), done);
        });
        VERIFY_OK(session);
        QVERIFY(c->client.hasSession());
        const auto user = await<User>([&](QObject *ctx, auto done) { c->account.get(ctx, done); });
        VERIFY_OK(user);
        QCOMPARE(user->id, id);
    }

    void serverChosenId()
    {
        auto c = harness.connect();
        const auto created = await<User>([&](QObject *ctx, auto done) {
            c->account.create(ctx, ID::server(), ClientHarness::uniqueEmail(),
                              ClientHarness::password(), QString(), done);
        });
        VERIFY_OK(created);
        QCOMPARE(created->id.size(), 20);
        QVERIFY(ID::isValidCustom(created->id));
    }

    void guestIsUnauthorized()
    {
        auto c = harness.connect();
        const auto user = await<User>([&](QObject *ctx, auto done) { c->account.get(ctx, done); });
        VERIFY_ERROR(user, 401, "general_unauthorized_scope");
        QVERIFY(user.error().isSessionGone());
        const auto prefs = await<Preferences>(
                [&](QObject *ctx, auto done) { c->account.getPrefs(ctx, done); });
        VERIFY_ERROR(prefs, 401, "general_unauthorized_scope");
    }

    void nameAndPrefs()
    {
        auto c = harness.connect();
        QString why;
        QVERIFY2(harness.signUp(*c, true, &why), qPrintable(why));
        const auto named = await<User>([&](QObject *ctx, auto done) {
            c->account.updateName(ctx, QStringLiteral("Grace Hopper"), done);
        });
        VERIFY_OK(named);
        QCOMPARE(named->name, QStringLiteral("Grace Hopper"));

        const QJsonObject prefs{
                {QStringLiteral("theme"), QStringLiteral("dark")},
                {QStringLiteral("n"), 1},
                {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2}}}}};
        const auto updated = await<User>(
                [&](QObject *ctx, auto done) { c->account.updatePrefs(ctx, prefs, done); });
        VERIFY_OK(updated);
        QCOMPARE(updated->prefs, prefs);
        const auto read = await<Preferences>(
                [&](QObject *ctx, auto done) { c->account.getPrefs(ctx, done); });
        VERIFY_OK(read);
        QCOMPARE(read->values, prefs);
    }

    void passwordEmailAndPhone()
    {
        auto c = harness.connect();
        QString why;
        const auto account = harness.signUp(*c, true, &why);
        QVERIFY2(account, qPrintable(why));

        const auto wrongOld = await<User>([&](QObject *ctx, auto done) {
            c->account.updatePassword(ctx, QStringLiteral("new password 456"),
                                      QStringLiteral("not my password"), done);
        });
        VERIFY_ERROR(wrongOld, 401, "user_invalid_credentials");
        const QString newPassword = QStringLiteral("new password 456");
        const auto changed = await<User>([&](QObject *ctx, auto done) {
            c->account.updatePassword(ctx, newPassword, ClientHarness::password(), done);
        });
        VERIFY_OK(changed);

        const auto wrongEmail = await<User>([&](QObject *ctx, auto done) {
            c->account.updateEmail(ctx, ClientHarness::uniqueEmail(), ClientHarness::password(),
                                   done);
        });
        VERIFY_ERROR(wrongEmail, 401, "user_invalid_credentials");
        const QString email = ClientHarness::uniqueEmail();
        const auto emailChanged = await<User>([&](QObject *ctx, auto done) {
            c->account.updateEmail(ctx, email, newPassword, done);
        });
        VERIFY_OK(emailChanged);
        QCOMPARE(emailChanged->email, email);

        const QString phone = ClientHarness::uniquePhone();
        const auto phoneChanged = await<User>([&](QObject *ctx, auto done) {
            c->account.updatePhone(ctx, phone, newPassword, done);
        });
        VERIFY_OK(phoneChanged);
        QCOMPARE(phoneChanged->phone, phone);
        QVERIFY(!phoneChanged->phoneVerification);

        // The new credentials work from another device.
        auto other = harness.connect();
        const auto session = await<Session>([&](QObject *ctx, auto done) {
            other->account.createEmailPasswordSession(ctx, email, newPassword, done);
        });
        VERIFY_OK(session);
    }

    void jwt()
    {
        auto c = harness.connect();
        const auto guest =
                await<Jwt>([&](QObject *ctx, auto done) { c->account.createJWT(ctx, done); });
        VERIFY_ERROR(guest, 401, "general_unauthorized_scope");
        QString why;
        QVERIFY2(harness.signUp(*c, true, &why), qPrintable(why));
        const auto jwt =
                await<Jwt>([&](QObject *ctx, auto done) { c->account.createJWT(ctx, done); });
        VERIFY_OK(jwt);
        QCOMPARE(jwt->jwt.count(QLatin1Char('.')), 2);
    }

    void logs()
    {
        auto c = harness.connect();
        QString why;
        QVERIFY2(harness.signUp(*c, true, &why), qPrintable(why));
        const auto all = await<LogList>(
                [&](QObject *ctx, auto done) { c->account.listLogs(ctx, {}, done); });
        VERIFY_OK(all);
        QVERIFY(all->total >= 2); // user.create and session.create
        QCOMPARE(all->logs.size(), all->total);
        QVERIFY(all->logs.first().time.isValid());

        const auto limited = await<LogList>([&](QObject *ctx, auto done) {
            c->account.listLogs(ctx, {Query::limit(1), Query::offset(1)}, done);
        });
        VERIFY_OK(limited);
        QCOMPARE(limited->logs.size(), 1);
        QCOMPARE(limited->total, all->total);
        QCOMPARE(limited->logs.first().event, all->logs.at(1).event);

        // A query the server does not support is a server-side 400.
        const auto bad = await<LogList>([&](QObject *ctx, auto done) {
            c->account.listLogs(ctx, {Query::equal(QStringLiteral("event"), {QStringLiteral("x")})},
                                done);
        });
        VERIFY_ERROR(bad, 400, "general_argument_invalid");
    }

    void identities()
    {
        auto c = harness.connect();
        QString why;
        QVERIFY2(harness.signUp(*c, true, &why), qPrintable(why));
        const auto list = await<IdentityList>(
                [&](QObject *ctx, auto done) { c->account.listIdentities(ctx, {}, done); });
        VERIFY_OK(list);
        QCOMPARE(list->total, 0);
        const auto limited = await<IdentityList>([&](QObject *ctx, auto done) {
            c->account.listIdentities(ctx, {Query::limit(5)}, done);
        });
        VERIFY_OK(limited);
        const auto missing = await<void>([&](QObject *ctx, auto done) {
            c->account.deleteIdentity(ctx, QStringLiteral("doesnotexist"), done);
        });
        VERIFY_ERROR(missing, 404, "user_identity_not_found");
    }

    void blockedAccount()
    {
        auto c = harness.connect();
        QString why;
        const auto account = harness.signUp(*c, true, &why);
        QVERIFY2(account, qPrintable(why));
        const auto blocked =
                await<User>([&](QObject *ctx, auto done) { c->account.updateStatus(ctx, done); });
        VERIFY_OK(blocked);
        QVERIFY(!blocked->status);
        QVERIFY(!c->client.hasSession()); // the server ended the session

        const auto again = await<Session>([&](QObject *ctx, auto done) {
            c->account.createEmailPasswordSession(ctx, account->email, ClientHarness::password(),
                                                  done);
        });
        VERIFY_ERROR(again, 401, "user_blocked");
    }
};

QTEST_GUILESS_MAIN(TestClientProfile)
#include "tst_client_profile.moc"
