#include "clientharness.h"

#include <QTest>
#include <QUrlQuery>

using namespace Appwrite;

//! One-time secrets: email/phone codes, magic URLs, recovery, verification, OAuth2 tokens.
//! Reading the secret needs the sandbox's outbox; against another server those tests skip.
class TestClientTokens : public QObject
{
    Q_OBJECT

    ClientHarness harness;

    Result<Session> exchange(ClientHarness::Connection &c, const QString &userId,
                             const QString &secret)
    {
        return await<Session>([&](QObject *ctx, auto done) {
            c.account.createSession(ctx, userId, secret, done);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(harness.start({QStringLiteral("--no-rate-limits")}),
                 qPrintable(harness.errorString()));
    }

    void emailOtp()
    {
        auto c = harness.connect();
        const QString email = ClientHarness::uniqueEmail();
        const QString userId = ClientHarness::uniqueId();
        const auto token = await<Token>([&](QObject *ctx, auto done) {
            c->account.createEmailToken(ctx, userId, email, true, done);
        });
        VERIFY_OK(token);
        QCOMPARE(token->userId, userId);
        QVERIFY(token->secret.isEmpty());
        QVERIFY(!token->phrase.isEmpty());
        QVERIFY(token->expire > QDateTime::currentDateTimeUtc());
        if (!harness.isSandbox())
            QSKIP("The code is only readable from the sandbox outbox");
        const QJsonObject mail = harness.latestMessage(email);
        const QString code = mail.value(QLatin1String("secret")).toString();
        QCOMPARE(code.size(), 6);

        const auto wrong = exchange(*c, userId,
                                    QStringLiteral("000000") == code ? QStringLiteral("111111")
                                                                     : QStringLiteral("000000"));
        VERIFY_ERROR(wrong, 401, "user_invalid_token");
        const auto session = exchange(*c, userId, code);
        VERIFY_OK(session);
        QCOMPARE(session->userId, userId);
        const auto user = await<User>([&](QObject *ctx, auto done) { c->account.get(ctx, done); });
        VERIFY_OK(user);
        QVERIFY(user->emailVerification);

        // A used code cannot be used again (from another device, not signed in).
        auto other = harness.connect();
        const auto reused = exchange(*other, userId, code);
        VERIFY_ERROR(reused, 401, "user_invalid_token");
    }

    void magicUrl()
    {
        auto c = harness.connect();
        const QString email = ClientHarness::uniqueEmail();
        const auto badUrl = await<Token>([&](QObject *ctx, auto done) {
            c->account.createMagicURLToken(ctx, ID::server(), email,
                                           QStringLiteral("https://evil.example.org/x"), false,
                                           done);
        });
        VERIFY_ERROR(badUrl, 400, "general_argument_invalid");

        const auto token = await<Token>([&](QObject *ctx, auto done) {
            c->account.createMagicURLToken(ctx, ID::server(), email,
                                           QStringLiteral("http://localhost/magic"), false, done);
        });
        VERIFY_OK(token);
        QVERIFY(token->phrase.isEmpty());
        if (!harness.isSandbox())
            QSKIP("The link is only readable from the sandbox outbox");
        const QJsonObject mail = harness.latestMessage(email);
        const QString secret = mail.value(QLatin1String("secret")).toString();
        QVERIFY(!secret.isEmpty());
        const auto session = await<Session>([&](QObject *ctx, auto done) {
            c->account.updateMagicURLSession(ctx, token->userId, secret, done);
        });
        VERIFY_OK(session);
        QCOMPARE(session->provider, QStringLiteral("magic-url"));
    }

    void phoneCode()
    {
        auto c = harness.connect();
        const QString phone = ClientHarness::uniquePhone();
        const auto token = await<Token>([&](QObject *ctx, auto done) {
            c->account.createPhoneToken(ctx, ID::server(), phone, done);
        });
        VERIFY_OK(token);
        if (!harness.isSandbox())
            QSKIP("The SMS is only readable from the sandbox outbox");
        const QString code = harness.latestMessage(phone).value(QLatin1String("secret")).toString();
        QCOMPARE(code.size(), 6);
        const auto session = await<Session>([&](QObject *ctx, auto done) {
            c->account.updatePhoneSession(ctx, token->userId, code, done);
        });
        VERIFY_OK(session);
        QCOMPARE(session->provider, QStringLiteral("phone"));
        const auto user = await<User>([&](QObject *ctx, auto done) { c->account.get(ctx, done); });
        VERIFY_OK(user);
        QCOMPARE(user->phone, phone);
        QVERIFY(user->phoneVerification);
    }

    void recovery()
    {
        auto c = harness.connect();
        QString why;
        const auto account = harness.signUp(*c, false, &why);
        QVERIFY2(account, qPrintable(why));

        const auto unknown = await<Token>([&](QObject *ctx, auto done) {
            c->account.createRecovery(ctx, ClientHarness::uniqueEmail(),
                                      QStringLiteral("http://localhost/reset"), done);
        });
        VERIFY_ERROR(unknown, 404, "user_not_found");
        const auto badUrl = await<Token>([&](QObject *ctx, auto done) {
            c->account.createRecovery(ctx, account->email,
                                      QStringLiteral("https://evil.example.org/r"), done);
        });
        VERIFY_ERROR(badUrl, 400, "general_argument_invalid");
        const auto token = await<Token>([&](QObject *ctx, auto done) {
            c->account.createRecovery(ctx, account->email, QStringLiteral("http://localhost/reset"),
                                      done);
        });
        VERIFY_OK(token);
        QCOMPARE(token->userId, account->id);
        if (!harness.isSandbox())
            QSKIP("The recovery link is only readable from the sandbox outbox");
        const QString secret =
                harness.latestMessage(account->email).value(QLatin1String("secret")).toString();
        QVERIFY(!secret.isEmpty());

        const QString newPassword = QStringLiteral("recovered password 1");
        const auto wrong = await<Token>([&](QObject *ctx, auto done) {
            c->account.updateRecovery(ctx, account->id, QStringLiteral("deadbeef"), newPassword,
                                      done);
        });
        VERIFY_ERROR(wrong, 401, "user_invalid_token");
        const auto done1 = await<Token>([&](QObject *ctx, auto done) {
            c->account.updateRecovery(ctx, account->id, secret, newPassword, done);
        });
        VERIFY_OK(done1);
        const auto reused = await<Token>([&](QObject *ctx, auto done) {
            c->account.updateRecovery(ctx, account->id, secret, newPassword, done);
        });
        VERIFY_ERROR(reused, 401, "user_invalid_token");

        const auto session = await<Session>([&](QObject *ctx, auto done) {
            c->account.createEmailPasswordSession(ctx, account->email, newPassword, done);
        });
        VERIFY_OK(session);
    }

    void emailVerification()
    {
        auto c = harness.connect();
        QString why;
        const auto account = harness.signUp(*c, true, &why);
        QVERIFY2(account, qPrintable(why));
        const auto badUrl = await<Token>([&](QObject *ctx, auto done) {
            c->account.createVerification(ctx, QStringLiteral("https://evil.example.org/v"), done);
        });
        VERIFY_ERROR(badUrl, 400, "general_argument_invalid");
        const auto token = await<Token>([&](QObject *ctx, auto done) {
            c->account.createVerification(ctx, QStringLiteral("http://localhost/verify"), done);
        });
        VERIFY_OK(token);
        if (!harness.isSandbox())
            QSKIP("The verification link is only readable from the sandbox outbox");
        const QString secret =
                harness.latestMessage(account->email).value(QLatin1String("secret")).toString();
        const auto verified = await<Token>([&](QObject *ctx, auto done) {
            c->account.updateVerification(ctx, account->id, secret, done);
        });
        VERIFY_OK(verified);
        const auto reused = await<Token>([&](QObject *ctx, auto done) {
            c->account.updateVerification(ctx, account->id, secret, done);
        });
        VERIFY_ERROR(reused, 401, "user_invalid_token");
        const auto user = await<User>([&](QObject *ctx, auto done) { c->account.get(ctx, done); });
        VERIFY_OK(user);
        QVERIFY(user->emailVerification);
    }

    void phoneVerification()
    {
        auto c = harness.connect();
        QString why;
        QVERIFY2(harness.signUp(*c, true, &why), qPrintable(why));
        const auto noPhone = await<Token>(
                [&](QObject *ctx, auto done) { c->account.createPhoneVerification(ctx, done); });
        VERIFY_ERROR(noPhone, 400, "user_phone_not_found");
        const QString phone = ClientHarness::uniquePhone();
        VERIFY_OK(await<User>([&](QObject *ctx, auto done) {
            c->account.updatePhone(ctx, phone, ClientHarness::password(), done);
        }));
        const auto token = await<Token>(
                [&](QObject *ctx, auto done) { c->account.createPhoneVerification(ctx, done); });
        VERIFY_OK(token);
        if (!harness.isSandbox())
            QSKIP("The SMS is only readable from the sandbox outbox");
        const QString code = harness.latestMessage(phone).value(QLatin1String("secret")).toString();
        const auto wrong = await<Token>([&](QObject *ctx, auto done) {
            c->account.updatePhoneVerification(ctx, token->userId,
                                               code == QLatin1String("000000")
                                                       ? QStringLiteral("111111")
                                                       : QStringLiteral("000000"),
                                               done);
        });
        VERIFY_ERROR(wrong, 401, "user_invalid_token");
        const auto verified = await<Token>([&](QObject *ctx, auto done) {
            c->account.updatePhoneVerification(ctx, token->userId, code, done);
        });
        VERIFY_OK(verified);
        const auto user = await<User>([&](QObject *ctx, auto done) { c->account.get(ctx, done); });
        VERIFY_OK(user);
        QVERIFY(user->phoneVerification);
    }

    void oauth2Token()
    {
        auto c = harness.connect();
        const auto url = c->account.createOAuth2Token(
                QStringLiteral("github"),
                QStringLiteral("http://localhost:4711/auth/oauth2/success"),
                QStringLiteral("http://localhost:4711/auth/oauth2/failure"),
                {QStringLiteral("read:user")});
        QVERIFY2(url.ok(), describe(url).constData());
        if (!harness.isSandbox())
            QSKIP("Completing an OAuth2 sign-in needs the sandbox's provider page");
        // The browser's part: the server sends it to the provider, which approves.
        QUrl consent = ClientHarness::redirectOf(*url);
        QVERIFY2(consent.isValid() && !consent.isEmpty(), "no redirect to the provider");
        QUrlQuery query(consent);
        query.addQueryItem(QStringLiteral("decision"), QStringLiteral("approve"));
        query.addQueryItem(QStringLiteral("email"), ClientHarness::uniqueEmail());
        query.addQueryItem(QStringLiteral("name"), QStringLiteral("OAuth User"));
        consent.setQuery(query);
        const QUrl landing = ClientHarness::redirectOf(consent);
        QCOMPARE(landing.path(), QStringLiteral("/auth/oauth2/success"));
        const QUrlQuery result(landing);
        const QString userId = result.queryItemValue(QStringLiteral("userId"));
        const QString secret = result.queryItemValue(QStringLiteral("secret"));
        QVERIFY(!userId.isEmpty() && !secret.isEmpty());

        const auto session = exchange(*c, userId, secret);
        VERIFY_OK(session);
        const auto identities = await<IdentityList>(
                [&](QObject *ctx, auto done) { c->account.listIdentities(ctx, {}, done); });
        VERIFY_OK(identities);
        QCOMPARE(identities->total, 1);
        QCOMPARE(identities->identities.first().provider, QStringLiteral("github"));
        const auto removed = await<void>([&](QObject *ctx, auto done) {
            c->account.deleteIdentity(ctx, identities->identities.first().id, done);
        });
        VERIFY_OK(removed);
    }

    void oauth2Session()
    {
        auto c = harness.connect();
        const auto url = c->account.createOAuth2Session(
                QStringLiteral("github"),
                QStringLiteral("http://localhost:4711/auth/oauth2/success"),
                QStringLiteral("http://localhost:4711/auth/oauth2/failure"));
        QVERIFY2(url.ok(), describe(url).constData());
        if (!harness.isSandbox())
            QSKIP("Completing an OAuth2 sign-in needs the sandbox's provider page");
        QUrl consent = ClientHarness::redirectOf(*url);
        QUrlQuery query(consent);
        query.addQueryItem(QStringLiteral("decision"), QStringLiteral("approve"));
        query.addQueryItem(QStringLiteral("email"), ClientHarness::uniqueEmail());
        consent.setQuery(query);
        const QUrl landing = ClientHarness::redirectOf(consent);
        QVERIFY2(c->client.adoptSessionFromRedirect(landing), qPrintable(landing.toString()));
        const auto session = await<Session>([&](QObject *ctx, auto done) {
            c->account.getSession(ctx, QStringLiteral("current"), done);
        });
        VERIFY_OK(session);
        QCOMPARE(session->provider, QStringLiteral("github"));
    }

    void pushTargets()
    {
        auto c = harness.connect();
        QString why;
        QVERIFY2(harness.signUp(*c, true, &why), qPrintable(why));
        const QString targetId = ClientHarness::uniqueId();
        const auto created = await<Target>([&](QObject *ctx, auto done) {
            c->account.createPushTarget(ctx, targetId, QStringLiteral("device-token-1"), QString(),
                                        done);
        });
        VERIFY_OK(created);
        QCOMPARE(created->id, targetId);
        QCOMPARE(created->providerType, QStringLiteral("push"));
        QCOMPARE(created->identifier, QStringLiteral("device-token-1"));
        const auto duplicate = await<Target>([&](QObject *ctx, auto done) {
            c->account.createPushTarget(ctx, targetId, QStringLiteral("x"), QString(), done);
        });
        VERIFY_ERROR(duplicate, 409, "user_target_already_exists");

        const auto updated = await<Target>([&](QObject *ctx, auto done) {
            c->account.updatePushTarget(ctx, targetId, QStringLiteral("device-token-2"), done);
        });
        VERIFY_OK(updated);
        QCOMPARE(updated->identifier, QStringLiteral("device-token-2"));
        const auto missing = await<Target>([&](QObject *ctx, auto done) {
            c->account.updatePushTarget(ctx, QStringLiteral("nosuchtarget"), QStringLiteral("x"),
                                        done);
        });
        VERIFY_ERROR(missing, 404, "user_target_not_found");

        VERIFY_OK(await<void>([&](QObject *ctx, auto done) {
            c->account.deletePushTarget(ctx, targetId, done);
        }));
        const auto again = await<void>(
                [&](QObject *ctx, auto done) { c->account.deletePushTarget(ctx, targetId, done); });
        VERIFY_ERROR(again, 404, "user_target_not_found");
    }
};

QTEST_GUILESS_MAIN(TestClientTokens)
#include "tst_client_tokens.moc"
