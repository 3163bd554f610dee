// The real Main.qml, offscreen, against a private sandbox: connect, then sign in by every method
// (codes and links read from the sandbox outbox) and reach the signed-in shell.
#include "core/accountmodel.h"
#include "core/callbackrouter.h"
#include "core/operation.h"
#include "core/sessionstorage.h"
#include "sandbox/totp.h"
#include "sandboxoutbox.h"
#include "sandboxprocess.h"
#include "uidriver.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSettings>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

//! Receives what the UI would open in the browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QUrl last;
public Q_SLOTS:
    void openUrl(const QUrl &url) { last = url; }
};

class TestSignInUi : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxOutbox> m_outbox;
    std::unique_ptr<UiDriver> m_ui;
    UrlCatcher m_browser;
    const QString m_password = u"correct horse battery"_s;

    static QString uniqueEmail(const QString &what)
    {
        return u"%1.%2@example.com"_s.arg(what).arg(QDateTime::currentMSecsSinceEpoch());
    }
    bool waitForScreen(const QString &screen)
    {
        return QTest::qWaitFor([&] { return m_ui->currentScreen() == screen; }, 10000);
    }
    bool waitForShell()
    {
        return QTest::qWaitFor([&] { return m_ui->shellShown(); }, 15000);
    }
    //! Signs out through the account menu, back to the sign-in screen.
    void signOut()
    {
        QVERIFY(m_ui->click(u"accountButton"_s));
        QTRY_VERIFY(m_ui->find(u"signOutItem"_s));
        QVERIFY(m_ui->click(u"signOutItem"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_ui->shellShown(), 10000);
        QVERIFY(waitForScreen(u"SignIn"_s));
    }
    //! Creates an account with a password through the sign-up screen (ends signed in).
    void signUp(const QString &email)
    {
        QVERIFY(waitForScreen(u"SignIn"_s));
        QVERIFY(m_ui->click(u"createAccountLink"_s));
        QVERIFY(waitForScreen(u"SignUp"_s));
        QVERIFY(m_ui->setText(u"nameField"_s, u"Ada Lovelace"_s));
        QVERIFY(m_ui->setText(u"emailField"_s, email));
        QVERIFY(m_ui->setText(u"passwordField"_s, m_password));
        QVERIFY(m_ui->click(u"signUpButton"_s));
        const bool shell = waitForShell();
        if (!shell)
            m_ui->screenshot(u"signup-failed"_s);
        QVERIFY(shell);
    }
    void signInWithPassword(const QString &email, const QString &password)
    {
        QVERIFY(waitForScreen(u"SignIn"_s));
        QVERIFY(m_ui->setText(u"emailField"_s, email));
        QVERIFY(m_ui->setText(u"passwordField"_s, password));
        QVERIFY(m_ui->click(u"signInButton"_s));
    }
    enum class EmailedLink { MagicLink, Recovery };
    //! From the sign-in screen, asks for a sign-in link or a password-reset link for \a email
    //! and reads it from the outbox into \a link; \a shot names the screenshot of the screen
    //! once sent ("" for none).
    bool requestEmailedLink(EmailedLink kind, const QString &email, QString *link,
                            const QString &shot = QString())
    {
        const bool magic = kind == EmailedLink::MagicLink;
        if (!m_ui->setText(u"emailField"_s, email)
            || !m_ui->click(magic ? u"magicLinkButton"_s : u"forgotPasswordLink"_s)
            || !waitForScreen(magic ? u"MagicLink"_s : u"ForgotPassword"_s)
            || m_ui->find(u"emailField"_s)->property("text").toString() != email)
            return false;
        if (magic && !shot.isEmpty())
            m_ui->screenshot(shot);
        if (!m_ui->click(magic ? u"sendLinkButton"_s : u"sendRecoveryButton"_s))
            return false;
        const QString sentMarker = magic ? u"linkField"_s : u"resendButton"_s;
        if (!QTest::qWaitFor([&] { return m_ui->find(sentMarker) != nullptr; }, 10000))
            return false;
        if (!shot.isEmpty())
            m_ui->screenshot(shot + (magic ? u"-sent"_s : QString()));
        *link = m_outbox->latest(email).value(u"url"_s).toString();
        return link->startsWith(u"appwrite-callback-"_s) && link->contains(u"secret="_s);
    }
    //! Adds an authenticator to the signed-in account through the model, as the Security page
    //! would; returns its secret.
    QString enrolAuthenticator()
    {
        AccountModel *account = AccountModel::instance();
        Operation *add = account->addAuthenticator();
        if (!finished(add))
            return QString();
        const QString secret = add->property("result").toMap().value(u"secret"_s).toString();
        if (secret.isEmpty()
            || !QTest::qWaitFor([] { return QDateTime::currentSecsSinceEpoch() % 30 < 25; }, 10000)
            || !finished(account->verifyAuthenticator(otp(secret))))
            return QString();
        return secret;
    }
    static QString otp(const QString &secret)
    {
        return Sandbox::Totp::codeForSecret(secret, QDateTime::currentSecsSinceEpoch());
    }
    //! Waits for a new 6-digit code in the outbox for \a to (other than \a previous).
    QString waitForCode(const QString &to, const QString &previous = QString())
    {
        QString code;
        const bool arrived = QTest::qWaitFor(
                [&] {
                    code = m_outbox->latest(to).value(u"secret"_s).toString();
                    return code.size() == 6 && code != previous;
                },
                10000);
        return arrived ? code : QString();
    }
    //! Waits for an Operation started from C++ to finish.
    static bool finished(Operation *op)
    {
        return op && QTest::qWaitFor([op] { return op->property("done").toBool(); }, 10000)
                && op->property("ok").toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiDriver::isolate(u"appwrite-account-tests"_s);
        QDesktopServices::setUrlHandler(u"http"_s, &m_browser, "openUrl");
        QDesktopServices::setUrlHandler(u"https"_s, &m_browser, "openUrl");
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        if (!m_sandbox.isSandbox())
            QSKIP("These tests read codes from the sandbox outbox; APPWRITE_ENDPOINT is set.");
        m_outbox = std::make_unique<SandboxOutbox>(m_sandbox.endpoint());
        m_ui = std::make_unique<UiDriver>();
        QVERIFY2(m_ui->load(), qPrintable(m_ui->errorString()));
    }
    void cleanupTestCase()
    {
        m_ui.reset();
        QSettings().clear();
    }

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

    void signInWithMagicLink()
    {
        const QString email = uniqueEmail(u"magic"_s);
        QString url;
        QVERIFY(requestEmailedLink(EmailedLink::MagicLink, email, &url, u"magiclink"_s));
        // Pasted with the whitespace an email client adds.
        QVERIFY(m_ui->setText(u"linkField"_s, u"  "_s + url + u"\n"_s));
        QVERIFY(m_ui->click(u"completeLinkButton"_s));
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

    void signInWithOAuth()
    {
        m_browser.last.clear();
        QVERIFY(m_ui->click(u"oauth_github"_s));
        QVERIFY(waitForScreen(u"OAuthWait"_s));
        QTRY_VERIFY(m_browser.last.isValid());
        m_ui->screenshot(u"oauth-wait"_s);
        const QUrl success = m_outbox->approveOAuth(m_browser.last, uniqueEmail(u"oauth"_s));
        QVERIFY2(success.query().contains(u"secret="_s), qPrintable(success.toString()));
        // The browser cannot come back on its own here: paste the address it ended on.
        QVERIFY(m_ui->setText(u"linkField"_s, success.toString()));
        QVERIFY(m_ui->click(u"completeButton"_s));
        QVERIFY(waitForShell());
        signOut();
    }

    //! The browser comes back to the app's loopback listener on its own (links).
    void signInWithOAuthBrowserReturns()
    {
        m_browser.last.clear();
        QVERIFY(m_ui->click(u"oauth_github"_s));
        QVERIFY(waitForScreen(u"OAuthWait"_s));
        QTRY_VERIFY(m_browser.last.isValid());
        QTRY_VERIFY(m_ui->find(u"waitingText"_s) && m_ui->find(u"waitingText"_s)->isVisible());
        const QUrl success = m_outbox->approveOAuth(m_browser.last, uniqueEmail(u"loopback"_s));
        QCOMPARE(success.host(), u"localhost"_s);
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> page(network.get(QNetworkRequest(success)));
        QSignalSpy answered(page.get(), &QNetworkReply::finished);
        QVERIFY(answered.wait(10000));
        QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(waitForShell());
        signOut();
    }

    //! The emailed magic link opened through the app's URL scheme (links).
    void signInWithMagicLinkFromScheme()
    {
        QString url;
        QVERIFY(requestEmailedLink(EmailedLink::MagicLink, uniqueEmail(u"schememagic"_s), &url));
        QVERIFY(CallbackRouter::instance()->open(url));
        QVERIFY(waitForShell());
        signOut();
    }

    //! A recovery link, opened through the scheme or pasted, leads to the new-password screen.
    void resetPasswordFromLink_data()
    {
        QTest::addColumn<bool>("throughScheme");
        QTest::newRow("pasted") << false;
        QTest::newRow("scheme") << true; // links
    }
    void resetPasswordFromLink()
    {
        QFETCH(bool, throughScheme);
        const QString email = uniqueEmail(u"reset"_s);
        const QString newPassword = u"a brand new secret"_s;
        signUp(email);
        signOut();
        QString url;
        QVERIFY(requestEmailedLink(EmailedLink::Recovery, email, &url,
                                   throughScheme ? QString() : u"forgotpassword-sent"_s));
        if (throughScheme) {
            QVERIFY(CallbackRouter::instance()->open(url));
            QVERIFY(waitForScreen(u"ResetPassword"_s));
            // The link is already there (its field is hidden); only the new password is asked.
            QVERIFY(!m_ui->find(u"linkField"_s));
        } else {
            QVERIFY(m_ui->click(u"haveLinkButton"_s));
            QVERIFY(waitForScreen(u"ResetPassword"_s));
            QVERIFY(m_ui->setText(u"linkField"_s, url));
        }
        QVERIFY(m_ui->setText(u"passwordField"_s, newPassword));
        if (!throughScheme)
            m_ui->screenshot(u"resetpassword"_s);
        QVERIFY(m_ui->click(u"resetButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(u"backToSignInButton"_s), 10000);
        QVERIFY(m_ui->click(u"backToSignInButton"_s));
        signInWithPassword(email, newPassword);
        QVERIFY(waitForShell());
        signOut();
    }

    //! A verification link opened while signed out is kept, the sign-in screen says so, and it
    //! is applied once its user signs in (links).
    void verificationLinkWaitsForSignIn()
    {
        const QString email = uniqueEmail(u"verifylater"_s);
        signUp(email);
        AccountModel *account = AccountModel::instance();
        QVERIFY(finished(account->sendEmailVerification(QString())));
        const QString url = m_outbox->latest(email).value(u"url"_s).toString();
        QVERIFY2(url.startsWith(u"appwrite-callback-"_s) && url.contains(u"/verification?"_s),
                 qPrintable(url));
        signOut();

        QVERIFY(!m_ui->find(u"verificationPendingNotice"_s));
        QVERIFY(CallbackRouter::instance()->open(url));
        QTRY_VERIFY(m_ui->find(u"verificationPendingNotice"_s));
        QCOMPARE(m_ui->currentScreen(), u"SignIn"_s);
        m_ui->screenshot(u"signin-verification-pending"_s);
        signInWithPassword(email, m_password);
        QVERIFY(waitForShell());
        QTRY_VERIFY_WITH_TIMEOUT(account->user().toMap().value(u"emailVerification"_s).toBool(),
                                 10000);
        QVERIFY(!CallbackRouter::instance()->verificationPending());
        signOut();
        QVERIFY(!m_ui->find(u"verificationPendingNotice"_s));
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
