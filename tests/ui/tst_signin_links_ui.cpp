// The real Main.qml, offscreen, against a private sandbox: the sign-ins that go through a link or
// a browser: magic links pasted or opened through the app's URL scheme, OAuth (the address pasted
// back, or the browser returning to the loopback listener), password reset and email
// verification links.
#include "signinfixture.h"

class TestSignInLinksUi : public SignInFixture
{
    Q_OBJECT

    //! Continue with GitHub: the app waits, and has asked the browser to open the consent page.
    bool startGitHubSignIn()
    {
        m_browser.last.clear();
        return m_ui->click(u"oauth_github"_s) && waitForScreen(u"OAuthWait"_s)
                && QTest::qWaitFor([&] { return m_browser.last.isValid(); }, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        startUi();
        if (m_ui && !QTest::currentTestFailed()) // not skipped, not failed
            connectToSandbox();
    }
    void cleanupTestCase() { stopUi(); }

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

    void signInWithOAuth()
    {
        QVERIFY(startGitHubSignIn());
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
        QVERIFY(startGitHubSignIn());
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
};

QTEST_MAIN(TestSignInLinksUi)
#include "tst_signin_links_ui.moc"
