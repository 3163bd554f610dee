// AccountModel against a real sandbox process: sign-up, sign-in, sign-out, restore, MFA at
// sign-in, step-up with automatic retry.
#include "accountfixture.h"

#include <QPointer>
#include <QSignalSpy>

class TestCoreAccount : public AccountFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void signUpSignOutSignIn()
    {
        AccountModel model(nullptr);
        attach(model);
        QVERIFY(model.connected());
        QVERIFY(!model.signedIn());
        QSignalSpy busy(&model, &AccountModel::busyChanged);
        const QString email = uniqueEmail("alice");
        Operation *op = model.signUp(email, password, QStringLiteral("Alice Liddell"));
        QVERIFY(model.busy());
        WAIT_OK(op);
        QVERIFY(!model.busy());
        QVERIFY(busy.size() >= 2);
        QVERIFY(model.signedIn());
        QVERIFY(!model.isAnonymous());
        QVERIFY(model.hasPassword());
        const QVariantMap user = model.user().toMap();
        QCOMPARE(user.value(QStringLiteral("email")).toString(), email);
        QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("Alice Liddell"));
        QVERIFY(!model.currentSession().toMap().value(QStringLiteral("$id")).toString().isEmpty());

        QSignalSpy signedOut(&model, &AccountModel::signedOut);
        op = model.signOut();
        WAIT_OK(op);
        QCOMPARE(signedOut.size(), 1);
        QVERIFY(!model.signedIn());
        QVERIFY(model.user().toMap().isEmpty());

        op = model.signIn(email, QStringLiteral("wrong password!"));
        QTRY_VERIFY_WITH_TIMEOUT(op->done(), timeout);
        QVERIFY(!op->ok());
        QCOMPARE(errorType(op), QStringLiteral("user_invalid_credentials"));
        QCOMPARE(op->error().toMap().value(QStringLiteral("text")).toString(),
                 ErrorText::forType(QStringLiteral("user_invalid_credentials"), 401));
        QCOMPARE(model.lastError().toMap().value(QStringLiteral("type")).toString(),
                 QStringLiteral("user_invalid_credentials"));

        op = model.signIn(email, password);
        WAIT_OK(op);
        QVERIFY(model.signedIn());
        QCOMPARE(model.user().toMap().value(QStringLiteral("email")).toString(), email);
    }

    void validationFailsWithoutRequest()
    {
        AccountModel model(nullptr);
        attach(model);
        QSignalSpy sent(model.client(), &Appwrite::Client::requestSent);
        Operation *op = model.signIn(QStringLiteral("not an email"), password);
        QTRY_VERIFY(op->done());
        const QVariantMap error = op->error().toMap();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("validation"));
        QCOMPARE(error.value(QStringLiteral("field")).toString(), QStringLiteral("email"));
        QVERIFY(!error.value(QStringLiteral("text")).toString().isEmpty());
        QCOMPARE(sent.size(), 0);
    }

    void restoresStoredSession()
    {
        Appwrite::MemorySessionStore store;
        AccountModel first(nullptr);
        attach(first, &store);
        QVERIFY(!signUp(first, "restore").isEmpty());
        const QString userId = first.userId();

        AccountModel second(nullptr);
        QSignalSpy restoring(&second, &AccountModel::restoringChanged);
        attach(second, &store);
        QVERIFY(second.restoring());
        QTRY_VERIFY_WITH_TIMEOUT(!second.restoring(), timeout);
        QVERIFY(second.signedIn());
        QCOMPARE(second.userId(), userId);
        QTRY_VERIFY_WITH_TIMEOUT(
                second.currentSession().toMap().value(QStringLiteral("current")).toBool(), timeout);

        WAIT_OK(first.signOut());
        // The stored credential went with the sign-out: nothing to restore now.
        AccountModel third(nullptr);
        attach(third, &store);
        QVERIFY(!third.restoring());
        QVERIFY(!third.signedIn());
        // The second model finds out on its next call that the session is gone.
        Operation *op = second.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(op->done(), timeout);
        QVERIFY(!op->ok());
        QVERIFY(!second.signedIn());
    }

    void guestAndProfile()
    {
        AccountModel model(nullptr);
        attach(model);
        Operation *op = model.signInAnonymously();
        WAIT_OK(op);
        QVERIFY(model.signedIn());
        QVERIFY(model.isAnonymous());
        QVERIFY(!model.hasPassword());
        op = model.updateName(QStringLiteral("Guest Person"));
        WAIT_OK(op);
        QCOMPARE(model.user().toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Guest Person"));
        const QString email = uniqueEmail("guest");
        op = model.updateEmail(email, QString());
        QTRY_VERIFY_WITH_TIMEOUT(op->done(), timeout);
        // Anonymous users set a password first (updatePassword without the old one).
        op = model.updatePassword(password, QString(), false);
        WAIT_OK(op);
        QVERIFY(model.hasPassword());
        op = model.updateEmail(email, password);
        WAIT_OK(op);
        QVERIFY(!model.isAnonymous());
        QCOMPARE(model.user().toMap().value(QStringLiteral("email")).toString(), email);
        op = model.createJwt();
        WAIT_OK(op);
        QVERIFY(!op->result().toMap().value(QStringLiteral("jwt")).toString().isEmpty());
    }

    void mfaSignInAndStepUpRetry()
    {
        AccountModel model(nullptr);
        attach(model);
        const QString email = signUp(model, "mfa");
        QVERIFY(!email.isEmpty());

        Operation *op = model.addAuthenticator();
        WAIT_OK(op);
        const QString secret = op->result().toMap().value(QStringLiteral("secret")).toString();
        QVERIFY(!secret.isEmpty());
        QVERIFY(op->result()
                        .toMap()
                        .value(QStringLiteral("uri"))
                        .toString()
                        .startsWith(u"otpauth://totp/"));
        WAIT_OK(model.verifyAuthenticator(totpNow(secret)));
        op = model.createRecoveryCodes();
        WAIT_OK(op);
        QCOMPARE(op->result().toMap().value(QStringLiteral("recoveryCodes")).toStringList().size(),
                 6);
        WAIT_OK(model.setMfa(true));
        QVERIFY(model.user().toMap().value(QStringLiteral("mfa")).toBool());

        // Reading the codes needs a recent challenge: the operation waits for the step-up.
        QSignalSpy stepUp(&model, &AccountModel::stepUpRequiredChanged);
        Operation *codes = model.getRecoveryCodes();
        QTRY_VERIFY_WITH_TIMEOUT(model.stepUpRequired(), timeout);
        QVERIFY(!codes->done());
        op = model.createChallenge(QStringLiteral("totp"));
        WAIT_OK(op);
        const QString challengeId = op->result().toMap().value(QStringLiteral("$id")).toString();
        QVERIFY(!challengeId.isEmpty());
        op = model.completeChallenge(challengeId, totpNow(secret));
        WAIT_OK(op);
        // ...and then finishes by itself.
        WAIT_OK(codes);
        QVERIFY(!model.stepUpRequired());
        QCOMPARE(codes->result()
                         .toMap()
                         .value(QStringLiteral("recoveryCodes"))
                         .toStringList()
                         .size(),
                 6);

        // Signing in again now needs the second factor.
        WAIT_OK(model.signOut());
        op = model.signIn(email, password);
        WAIT_OK(op);
        QVERIFY(model.mfaPending());
        QVERIFY(!model.signedIn());
        QTRY_VERIFY_WITH_TIMEOUT(model.mfaFactors().toMap().value(QStringLiteral("totp")).toBool(),
                                 timeout);
        op = model.createChallenge(QStringLiteral("totp"));
        WAIT_OK(op);
        op = model.completeChallenge(op->result().toMap().value(QStringLiteral("$id")).toString(),
                                     totpNow(secret));
        WAIT_OK(op);
        QVERIFY(model.signedIn());
        QVERIFY(!model.mfaPending());
        QCOMPARE(model.user().toMap().value(QStringLiteral("email")).toString(), email);

        // Backing out of a pending second factor ends the half session.
        WAIT_OK(model.signOut());
        WAIT_OK(model.signIn(email, password));
        QVERIFY(model.mfaPending());
        WAIT_OK(model.abandonSecondFactor());
        QVERIFY(!model.mfaPending());
        QVERIFY(!model.signedIn());
    }

    void signOutOthersEndsOtherDevices()
    {
        Appwrite::MemorySessionStore otherStore;
        AccountModel here(nullptr);
        attach(here);
        const QString email = signUp(here, "devices");
        QVERIFY(!email.isEmpty());
        AccountModel there(nullptr);
        attach(there, &otherStore);
        WAIT_OK(there.signIn(email, password));

        Operation *op = here.signOutOthers();
        WAIT_OK(op);
        QCOMPARE(op->result().toInt(), 1);
        QVERIFY(here.signedIn());
        op = there.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(op->done(), timeout);
        QVERIFY(!op->ok());
        QVERIFY(!there.signedIn());
    }

    void destroyingTheModelCancels()
    {
        auto model = std::make_unique<AccountModel>(nullptr);
        attach(*model);
        QPointer<Operation> op = model->signIn(uniqueEmail("gone"), password);
        model.reset();
        QVERIFY(op.isNull());
        // A model made afterwards works normally: nothing of the old one answers into it.
        AccountModel next(nullptr);
        attach(next);
        WAIT_OK(next.signInAnonymously());
    }
};

QTEST_MAIN(TestCoreAccount)
#include "tst_core_account.moc"
