#pragma once

// What the sign-in UI suites (tst_signin_ui, tst_signin_links_ui) share: the real Main.qml,
// offscreen, against a private sandbox whose outbox gives the codes and links sent; a browser
// that only records what it was asked to open; the steps a person takes to sign up, sign in and
// out.
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

class SignInFixture : public QObject
{
    Q_OBJECT

protected:
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

    //! Each suite's initTestCase: the sandbox, its outbox and the window.
    void startUi()
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
    void stopUi()
    {
        m_ui.reset();
        UiDriver::clearSettings();
        QDesktopServices::unsetUrlHandler(u"http"_s);
        QDesktopServices::unsetUrlHandler(u"https"_s);
    }
    //! From the Connect screen to the sign-in screen of the sandbox's project.
    void connectToSandbox()
    {
        QVERIFY(waitForScreen(u"Connect"_s));
        QVERIFY(m_ui->setText(u"endpointField"_s, m_sandbox.endpoint().toString()));
        QVERIFY(m_ui->setText(u"projectField"_s, m_sandbox.project()));
        QVERIFY(m_ui->click(u"connectButton"_s));
        QVERIFY(waitForScreen(u"SignIn"_s));
    }
};
