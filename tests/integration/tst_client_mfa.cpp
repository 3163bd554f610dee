#include "clientharness.h"

#include <QTest>

using namespace Appwrite;

using Factor = Account::AuthenticationFactor;
using Authenticator = Account::AuthenticatorType;

//! Two-factor authentication: authenticator app, recovery codes, challenges.
class TestClientMfa : public QObject
{
    Q_OBJECT

    ClientHarness harness;

    static QString wrongCode(const QString &secret)
    {
        const QString right = ClientHarness::totp(secret);
        return right == QLatin1String("000000") ? QStringLiteral("111111")
                                                : QStringLiteral("000000");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(harness.start({QStringLiteral("--no-rate-limits")}),
                 qPrintable(harness.errorString()));
    }

    void guestsCannotChallenge()
    {
        auto c = harness.connect();
        const auto challenge = await<MfaChallenge>([&](QObject *ctx, auto done) {
            c->account.createMfaChallenge(ctx, Factor::Totp, done);
        });
        VERIFY_ERROR(challenge, 401, "general_unauthorized_scope");
        const auto factors = await<MfaFactors>(
                [&](QObject *ctx, auto done) { c->account.listMfaFactors(ctx, done); });
        VERIFY_ERROR(factors, 401, "general_unauthorized_scope");
    }

    void fullTwoFactorLifecycle()
    {
        auto first = harness.connect();
        QString why;
        const auto account = harness.signUp(*first, true, &why);
        QVERIFY2(account, qPrintable(why));

        const auto none = await<MfaFactors>(
                [&](QObject *ctx, auto done) { first->account.listMfaFactors(ctx, done); });
        VERIFY_OK(none);
        QVERIFY(!none->totp && !none->email && !none->phone && !none->recoveryCode);

        // Authenticator app.
        const auto type = await<MfaType>([&](QObject *ctx, auto done) {
            first->account.createMfaAuthenticator(ctx, Authenticator::Totp, done);
        });
        VERIFY_OK(type);
        QVERIFY(!type->secret.isEmpty());
        QVERIFY(type->uri.startsWith(QLatin1String("otpauth://totp/")));
        const auto wrong = await<User>([&](QObject *ctx, auto done) {
            first->account.updateMfaAuthenticator(ctx, Authenticator::Totp, wrongCode(type->secret),
                                                  done);
        });
        VERIFY_ERROR(wrong, 401, "user_invalid_token");
        const auto verified = await<User>([&](QObject *ctx, auto done) {
            first->account.updateMfaAuthenticator(ctx, Authenticator::Totp,
                                                  ClientHarness::totp(type->secret), done);
        });
        VERIFY_OK(verified);
        const auto again = await<MfaType>([&](QObject *ctx, auto done) {
            first->account.createMfaAuthenticator(ctx, Authenticator::Totp, done);
        });
        VERIFY_ERROR(again, 409, "user_authenticator_already_verified");

        // Recovery codes: shown once; reading them later needs a recent challenge.
        const auto codes = await<MfaRecoveryCodes>(
                [&](QObject *ctx, auto done) { first->account.createMfaRecoveryCodes(ctx, done); });
        VERIFY_OK(codes);
        QCOMPARE(codes->recoveryCodes.size(), 6);
        const auto codesAgain = await<MfaRecoveryCodes>(
                [&](QObject *ctx, auto done) { first->account.createMfaRecoveryCodes(ctx, done); });
        VERIFY_ERROR(codesAgain, 409, "user_recovery_codes_already_exists");
        const auto unchallenged = await<MfaRecoveryCodes>(
                [&](QObject *ctx, auto done) { first->account.getMfaRecoveryCodes(ctx, done); });
        VERIFY_ERROR(unchallenged, 401, "user_challenge_required");

        const auto enabled = await<User>(
                [&](QObject *ctx, auto done) { first->account.updateMFA(ctx, true, done); });
        VERIFY_OK(enabled);
        QVERIFY(enabled->mfa);
        const auto factors = await<MfaFactors>(
                [&](QObject *ctx, auto done) { first->account.listMfaFactors(ctx, done); });
        VERIFY_OK(factors);
        QVERIFY(factors->totp);
        QVERIFY(factors->recoveryCode);

        // A new device needs the second factor.
        auto second = harness.connect();
        VERIFY_OK(await<Session>([&](QObject *ctx, auto done) {
            second->account.createEmailPasswordSession(ctx, account->email,
                                                       ClientHarness::password(), done);
        }));
        const auto partial =
                await<User>([&](QObject *ctx, auto done) { second->account.get(ctx, done); });
        VERIFY_ERROR(partial, 401, "user_more_factors_required");
        QVERIFY(partial.error().needsMoreFactors());
        QVERIFY(second->client.hasSession()); // not gone: only unfinished
        const auto challenge = await<MfaChallenge>([&](QObject *ctx, auto done) {
            second->account.createMfaChallenge(ctx, Factor::Totp, done);
        });
        VERIFY_OK(challenge);
        QCOMPARE(challenge->userId, account->id);
        const auto badAnswer = await<Session>([&](QObject *ctx, auto done) {
            second->account.updateMfaChallenge(ctx, challenge->id, wrongCode(type->secret), done);
        });
        VERIFY_ERROR(badAnswer, 401, "user_invalid_token");
        const auto upgraded = await<Session>([&](QObject *ctx, auto done) {
            second->account.updateMfaChallenge(ctx, challenge->id,
                                               ClientHarness::totp(type->secret), done);
        });
        VERIFY_OK(upgraded);
        QVERIFY(upgraded->factors.contains(QStringLiteral("totp")));
        QVERIFY(upgraded->mfaUpdatedAt.isValid());
        VERIFY_OK(await<User>([&](QObject *ctx, auto done) { second->account.get(ctx, done); }));

        const auto read = await<MfaRecoveryCodes>(
                [&](QObject *ctx, auto done) { second->account.getMfaRecoveryCodes(ctx, done); });
        VERIFY_OK(read);
        QCOMPARE(read->recoveryCodes, codes->recoveryCodes);
        const auto fresh = await<MfaRecoveryCodes>([&](QObject *ctx, auto done) {
            second->account.updateMfaRecoveryCodes(ctx, done);
        });
        VERIFY_OK(fresh);
        QCOMPARE(fresh->recoveryCodes.size(), 6);
        QVERIFY(fresh->recoveryCodes != codes->recoveryCodes);

        // A recovery code works once as the second factor.
        auto third = harness.connect();
        VERIFY_OK(await<Session>([&](QObject *ctx, auto done) {
            third->account.createEmailPasswordSession(ctx, account->email,
                                                      ClientHarness::password(), done);
        }));
        const auto byCode = await<MfaChallenge>([&](QObject *ctx, auto done) {
            third->account.createMfaChallenge(ctx, Factor::RecoveryCode, done);
        });
        VERIFY_OK(byCode);
        VERIFY_OK(await<Session>([&](QObject *ctx, auto done) {
            third->account.updateMfaChallenge(ctx, byCode->id, fresh->recoveryCodes.first(), done);
        }));
        VERIFY_OK(await<User>([&](QObject *ctx, auto done) { third->account.get(ctx, done); }));

        // Removing the authenticator needs a valid code.
        const auto deleteWrong = await<void>([&](QObject *ctx, auto done) {
            second->account.deleteMfaAuthenticator(ctx, Authenticator::Totp,
                                                   wrongCode(type->secret), done);
        });
        VERIFY_ERROR(deleteWrong, 401, "user_invalid_token");
        VERIFY_OK(await<void>([&](QObject *ctx, auto done) {
            second->account.deleteMfaAuthenticator(ctx, Authenticator::Totp,
                                                   ClientHarness::totp(type->secret), done);
        }));
        const auto deleteAgain = await<void>([&](QObject *ctx, auto done) {
            second->account.deleteMfaAuthenticator(ctx, Authenticator::Totp,
                                                   ClientHarness::totp(type->secret), done);
        });
        VERIFY_ERROR(deleteAgain, 404, "user_authenticator_not_found");
        const auto disabled = await<User>(
                [&](QObject *ctx, auto done) { second->account.updateMFA(ctx, false, done); });
        VERIFY_OK(disabled);
        QVERIFY(!disabled->mfa);
    }

    void partialSessionCanSignOut()
    {
        auto c = harness.connect();
        QString why;
        const auto account = harness.signUp(*c, true, &why);
        QVERIFY2(account, qPrintable(why));
        const auto type = await<MfaType>([&](QObject *ctx, auto done) {
            c->account.createMfaAuthenticator(ctx, Authenticator::Totp, done);
        });
        VERIFY_OK(type);
        VERIFY_OK(await<User>([&](QObject *ctx, auto done) {
            c->account.updateMfaAuthenticator(ctx, Authenticator::Totp,
                                              ClientHarness::totp(type->secret), done);
        }));
        VERIFY_OK(await<User>(
                [&](QObject *ctx, auto done) { c->account.updateMFA(ctx, true, done); }));

        auto other = harness.connect();
        VERIFY_OK(await<Session>([&](QObject *ctx, auto done) {
            other->account.createEmailPasswordSession(ctx, account->email,
                                                      ClientHarness::password(), done);
        }));
        VERIFY_OK(await<void>([&](QObject *ctx, auto done) {
            other->account.deleteSession(ctx, QStringLiteral("current"), done);
        }));
        QVERIFY(!other->client.hasSession());
    }
};

QTEST_GUILESS_MAIN(TestClientMfa)
#include "tst_client_mfa.moc"
