// The real Main.qml, offscreen, against a private sandbox: connect, then sign up and sign in with
// a password, an emailed or texted code, as a guest, with a second factor; saved connections.
#include "signinfixture.h"

#include "core/settingswriter.h"

#include <QSettings>

class TestSignInUi : public SignInFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startUi(); }
    void cleanupTestCase() { stopUi(); }

    void connectsToProject()
    {
        QVERIFY(waitForScreen(u"Connect"_s));
        m_ui->screenshot(u"connect"_s);
        QVERIFY(!m_ui->find(u"connectButton"_s)->isEnabled());
        QVERIFY(m_ui->setText(u"endpointField"_s, m_sandbox.endpoint().toString()));
        QVERIFY(m_ui->setText(u"projectField"_s, u"no-such-project"_s));
        QVERIFY(m_ui->click(u"connectButton"_s));
        // The project is checked before it is saved.
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(u"connectButton"_s)
                                         && m_ui->find(u"connectButton"_s)->isEnabled(),
                                 10000);
        QCOMPARE(m_ui->currentScreen(), u"Connect"_s);
        QVERIFY(m_ui->setText(u"projectField"_s, m_sandbox.project()));
        QVERIFY(m_ui->setText(u"labelField"_s, u"Test sandbox"_s));
        QVERIFY(m_ui->click(u"connectButton"_s));
        QVERIFY(waitForScreen(u"SignIn"_s));
        QTRY_VERIFY(AccountModel::instance()->connected());
        QCOMPARE(AccountModel::instance()->projectId(), m_sandbox.project());
        m_ui->screenshot(u"signin"_s);
    }

    void signUpReachesShell()
    {
        signUp(uniqueEmail(u"signup"_s));
        QTRY_COMPARE(m_ui->find(u"signedInName"_s)->property("text").toString(), u"Ada Lovelace"_s);
        m_ui->screenshot(u"shell"_s);
        QVERIFY(m_ui->click(u"accountButton"_s));
        QTRY_VERIFY(m_ui->find(u"signOutItem"_s));
        m_ui->screenshot(u"account-menu"_s);
        QTest::keyClick(m_ui->window(), Qt::Key_Escape);
        QTRY_VERIFY(!m_ui->find(u"signOutItem"_s));
        signOut();
    }

    //! The sidebar notice about a missing keyring closes, stays closed, and the account menu
    //! keeps the choice it offered.
    void sessionStorageNoticeCloses()
    {
        SessionStorage *storage = SessionStorage::instance();
        QTRY_VERIFY_WITH_TIMEOUT(storage->mode() != u"checking"_s, 10000);
        if (storage->mode() == u"keychain"_s)
            QSKIP("A keyring works here, so there is no notice to close.");
        storage->setNoticeDismissed(false);
        signUp(uniqueEmail(u"notice"_s));
        QTRY_VERIFY(m_ui->find(u"sessionStorageNotice"_s));
        m_ui->screenshot(u"session-storage-notice"_s);
        QVERIFY(m_ui->click(u"dismissSessionStorageNotice"_s));
        QTRY_VERIFY(!m_ui->find(u"sessionStorageNotice"_s));
        QVERIFY(storage->noticeDismissed());
        SettingsWriter::flush();
        QVERIFY(QSettings().value(u"sessionStorage/noticeDismissed"_s).toBool());

        QVERIFY(m_ui->click(u"accountButton"_s));
        QTRY_VERIFY(m_ui->find(u"sessionStorageItem"_s));
        QVERIFY(m_ui->click(u"sessionStorageItem"_s));
        QTRY_VERIFY(m_ui->find(u"confirmButton"_s));
        m_ui->screenshot(u"session-storage-menu-confirm"_s);
        QTest::keyClick(m_ui->window(), Qt::Key_Escape);
        QTRY_VERIFY(!m_ui->find(u"confirmButton"_s));
        QCOMPARE(storage->mode(), u"memory"_s);
        QVERIFY(!m_ui->find(u"sessionStorageNotice"_s));
        signOut();
    }

    void wrongPasswordShowsError()
    {
        const QString email = uniqueEmail(u"wrong"_s);
        signUp(email);
        signOut();
        signInWithPassword(email, u"not the password"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(u"signInError"_s), 10000);
        const QString text = m_ui->find(u"signInError"_s)->property("text").toString();
        QVERIFY2(!text.isEmpty(), "the error banner has no words");
        QVERIFY2(!text.contains(u"user_invalid_credentials"_s), qPrintable(text));
        QVERIFY(!m_ui->shellShown());
        QCOMPARE(m_ui->currentScreen(), u"SignIn"_s);
        m_ui->screenshot(u"signin-error"_s);

        // The right password then gets in.
        QVERIFY(m_ui->setText(u"passwordField"_s, m_password));
        QVERIFY(m_ui->click(u"signInButton"_s));
        QVERIFY(waitForShell());
        signOut();
    }

    void signInWithEmailCode()
    {
        const QString email = uniqueEmail(u"code"_s);
        QVERIFY(m_ui->click(u"emailCodeButton"_s));
        QVERIFY(waitForScreen(u"EmailCode"_s));
        QVERIFY(m_ui->setText(u"emailField"_s, email));
        m_ui->screenshot(u"emailcode"_s);
        QVERIFY(m_ui->click(u"sendCodeButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(u"codeInput"_s), 10000);
        const QString code = m_outbox->latest(email).value(u"secret"_s).toString();
        QCOMPARE(code.size(), 6);
        m_ui->screenshot(u"emailcode-entry"_s);
        // A wrong code shakes and clears the cells, and the screen stays.
        const QString wrong = code == u"000000"_s ? u"111111"_s : u"000000"_s;
        QVERIFY(m_ui->type(u"codeInput"_s, wrong));
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(u"codeInput"_s)->property("error").toBool(), 10000);
        QCOMPARE(m_ui->find(u"codeInput"_s)->property("code").toString(), QString());
        m_ui->screenshot(u"emailcode-error"_s);
        // The right one submits on its last digit, without a click.
        QVERIFY(m_ui->type(u"codeInput"_s, code));
        QVERIFY(waitForShell());
        signOut();
    }

    void signInWithSmsCode()
    {
        const QString phone = u"+1555%1"_s.arg(QDateTime::currentMSecsSinceEpoch() % 10000000, 7,
                                               10, QLatin1Char('0'));
        QVERIFY(m_ui->click(u"smsCodeButton"_s));
        QVERIFY(waitForScreen(u"SmsCode"_s));
        QVERIFY(m_ui->setText(u"phoneField"_s, phone));
        m_ui->screenshot(u"smscode"_s);
        QVERIFY(m_ui->click(u"sendCodeButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(u"codeInput"_s), 10000);
        const QString code = m_outbox->latest(phone).value(u"secret"_s).toString();
        QCOMPARE(code.size(), 6);
        QVERIFY(m_ui->type(u"codeInput"_s, code));
        QVERIFY(waitForShell());
        signOut();
    }

    void signInAsGuest()
    {
        QVERIFY(m_ui->click(u"guestButton"_s));
        QVERIFY(waitForShell());
        QTRY_COMPARE(m_ui->find(u"signedInName"_s)->property("text").toString(), u"Guest"_s);
        signOut();
    }

    void secondFactorAtSignIn()
    {
        const QString email = uniqueEmail(u"mfa"_s);
        signUp(email);
        AccountModel *account = AccountModel::instance();
        const QString secret = enrolAuthenticator();
        QVERIFY(!secret.isEmpty());
        QVERIFY(finished(account->setMfa(true)));
        signOut();

        signInWithPassword(email, m_password);
        QVERIFY(waitForScreen(u"MfaChallenge"_s));
        QVERIFY(!m_ui->shellShown());
        QTRY_VERIFY_WITH_TIMEOUT(
                m_ui->find(u"codeInput"_s) && m_ui->find(u"codeInput"_s)->isEnabled(), 10000);
        m_ui->screenshot(u"mfa-challenge"_s);

        // Back ends the half session: the sign-in screen again, nobody signed in.
        QVERIFY(m_ui->click(u"backButton"_s));
        QVERIFY(waitForScreen(u"SignIn"_s));
        QTRY_VERIFY(!account->mfaPending());
        QVERIFY(!account->signedIn());

        signInWithPassword(email, m_password);
        QVERIFY(waitForScreen(u"MfaChallenge"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
                m_ui->find(u"codeInput"_s) && m_ui->find(u"codeInput"_s)->isEnabled(), 10000);
        // Codes are checked against the current 30-second step: not too close to its end.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() % 30 < 25, 10000);
        QVERIFY(m_ui->type(u"codeInput"_s, otp(secret)));
        QVERIFY(waitForShell());
        signOut();
    }

    //! With an authenticator, a verified email and phone, and recovery codes, the challenge lists
    //! the other ways under the code, and each switch asks for the right thing.
    void switchesBetweenSecondFactors()
    {
        const QString email = uniqueEmail(u"factors"_s);
        const QString phone = u"+1556%1"_s.arg(QDateTime::currentMSecsSinceEpoch() % 10000000, 7,
                                               10, QLatin1Char('0'));
        signUp(email);
        AccountModel *account = AccountModel::instance();
        QVERIFY(!enrolAuthenticator().isEmpty());
        QVERIFY(finished(account->sendEmailVerification(QString())));
        const QUrlQuery link(QUrl(m_outbox->latest(email).value(u"url"_s).toString()));
        QVERIFY(finished(account->completeEmailVerification(link.queryItemValue(u"userId"_s),
                                                            link.queryItemValue(u"secret"_s))));
        QVERIFY(finished(account->updatePhone(phone, m_password)));
        QVERIFY(finished(account->sendPhoneVerification()));
        const QString smsCode = waitForCode(phone);
        QVERIFY(!smsCode.isEmpty());
        const QString userId = account->user().toMap().value(u"$id"_s).toString();
        QVERIFY(finished(account->completePhoneVerification(userId, smsCode)));
        QVERIFY(finished(account->createRecoveryCodes()));
        QVERIFY(finished(account->setMfa(true)));
        signOut();

        signInWithPassword(email, m_password);
        QVERIFY(waitForScreen(u"MfaChallenge"_s));
        // The authenticator comes first; the three others are offered under it.
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(u"factor_email"_s) && m_ui->find(u"factor_phone"_s)
                                         && m_ui->find(u"factor_recoverycode"_s),
                                 10000);
        QVERIFY(!m_ui->find(u"factor_totp"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
                m_ui->find(u"codeInput"_s) && m_ui->find(u"codeInput"_s)->isEnabled(), 10000);
        m_ui->screenshot(u"mfa-challenge-factors"_s);

        QVERIFY(m_ui->click(u"factor_recoverycode"_s));
        QTRY_VERIFY(m_ui->find(u"recoveryCodeField"_s));
        QVERIFY(!m_ui->find(u"codeInput"_s));
        QTRY_VERIFY(m_ui->find(u"factor_totp"_s));
        QVERIFY(!m_ui->find(u"factor_recoverycode"_s));
        m_ui->screenshot(u"mfa-challenge-recovery"_s);

        const QString before = m_outbox->latest(email).value(u"secret"_s).toString();
        QVERIFY(m_ui->click(u"factor_email"_s));
        const QString emailCode = waitForCode(email, before);
        QVERIFY(!emailCode.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
                m_ui->find(u"codeInput"_s) && m_ui->find(u"codeInput"_s)->isEnabled(), 10000);
        m_ui->screenshot(u"mfa-challenge-email"_s);
        QVERIFY(m_ui->type(u"codeInput"_s, emailCode));
        QVERIFY(waitForShell());
        signOut();
    }

    void savedConnectionsAndForgetDialog()
    {
        QVERIFY(m_ui->click(u"changeConnection"_s));
        QVERIFY(waitForScreen(u"Connect"_s));
        QTRY_VERIFY(m_ui->find(u"forgetConnection"_s));
        m_ui->screenshot(u"connect-saved"_s);
        QVERIFY(m_ui->click(u"forgetConnection"_s));
        QTRY_VERIFY(m_ui->find(u"confirmButton"_s));
        m_ui->screenshot(u"confirm-dialog"_s);
        // Escape cancels: the connection stays.
        QTest::keyClick(m_ui->window(), Qt::Key_Escape);
        QTRY_VERIFY(!m_ui->find(u"confirmButton"_s));
        QVERIFY(m_ui->find(u"forgetConnection"_s));
        // Back returns to the sign-in screen of the same project.
        QVERIFY(m_ui->click(u"backButton"_s));
        QVERIFY(waitForScreen(u"SignIn"_s));
    }
};

QTEST_MAIN(TestSignInUi)
#include "tst_signin_ui.moc"
