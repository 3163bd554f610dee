// The signed-in pages, offscreen, against a private sandbox: the profile's name, email and phone,
// sessions signed out, preferences saved and reloaded, errors shown; activity, identities,
// advanced and outbox made. The security page is tst_security_ui. With UI_SCREENSHOT_DIR set, a
// PNG of every page and dialog in light and dark.
#include "pagesfixture.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>

class TestPagesUi : public PagesFixture
{
    Q_OBJECT

private:
    //! Signs the test user in from a second client, so there is another session to sign out.
    bool signInElsewhere()
    {
        QNetworkAccessManager manager;
        QString base = m_sandbox.endpoint().toString();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        QNetworkRequest request(QUrl(base + QStringLiteral("/account/sessions/email")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("X-Appwrite-Project", m_sandbox.project().toUtf8());
        request.setRawHeader("User-Agent",
                             "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/126.0");
        const QJsonObject body{{QStringLiteral("email"), m_email},
                               {QStringLiteral("password"), m_password}};
        std::unique_ptr<QNetworkReply> reply(
                manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000))
            return false;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201;
    }

private Q_SLOTS:
    void initTestCase() { startPages(QStringLiteral("Pat Pages")); }

    void profileUpdatesNameAndShowsErrors()
    {
        show(QStringLiteral("Profile"));
        QTRY_VERIFY(visibleItem(QStringLiteral("profileNameField")));
        QVERIFY(visibleItem(QStringLiteral("emailVerificationBadge")));
        QVERIFY(!visibleItem(QStringLiteral("guestUpgradeCard")));
        // Nothing changed yet: Update is off, and the password asked for an email change is hidden.
        QVERIFY(!visibleItem(QStringLiteral("profileNameUpdate"))->isEnabled());
        QVERIFY(!visibleItem(QStringLiteral("profileEmailPassword")));
        screenshot(QStringLiteral("profile"));

        setText(QStringLiteral("profileNameField"), QStringLiteral("Pat Renamed"));
        QVERIFY(click(QStringLiteral("profileNameUpdate")));
        QTRY_COMPARE_WITH_TIMEOUT(windowMap("user").value(QStringLiteral("name")).toString(),
                                  QStringLiteral("Pat Renamed"), 10000);

        // A wrong password when changing the email is explained in words, in the card.
        setText(QStringLiteral("profileEmailField"), QStringLiteral("pat.new@example.com"));
        QTRY_VERIFY(visibleItem(QStringLiteral("profileEmailPassword")));
        setText(QStringLiteral("profileEmailPassword"), QStringLiteral("not my password"));
        QVERIFY(click(QStringLiteral("profileEmailUpdate")));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("errorText")), 10000);
        QVERIFY(!visibleItem(QStringLiteral("errorText"))->property("text").toString().isEmpty());
        QCOMPARE(windowMap("user").value(QStringLiteral("email")).toString(), m_email);
        screenshot(QStringLiteral("profile-error"));
    }

    // The phone's verification is made once a number is saved; a code sent keeps the page.
    void profileAddsPhoneAndVerifies()
    {
        show(QStringLiteral("Profile"));
        QTRY_VERIFY(visibleItem(QStringLiteral("profilePhoneField")));
        QVERIFY(!visibleItem(QStringLiteral("phoneVerificationSend")));
        setText(QStringLiteral("profilePhoneField"), QStringLiteral("+14155550123"));
        QTRY_VERIFY(visibleItem(QStringLiteral("profilePhonePassword")));
        setText(QStringLiteral("profilePhonePassword"), m_password);
        QVERIFY(click(QStringLiteral("profilePhoneUpdate")));
        QTRY_COMPARE_WITH_TIMEOUT(windowMap("user").value(QStringLiteral("phone")).toString(),
                                  QStringLiteral("+14155550123"), 10000);

        QTRY_VERIFY(visibleItem(QStringLiteral("phoneVerificationSend")));
        QVERIFY(!visibleItem(QStringLiteral("phoneVerificationCode")));
        QVERIFY(click(QStringLiteral("phoneVerificationSend")));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("phoneVerificationCode")), 10000);
        screenshot(QStringLiteral("profile-phone-code"));

        // The code is awaited: the page asks the shell to keep it when the person looks away.
        auto *page = m_window->property("page").value<QQuickItem *>();
        QVERIFY(page);
        QVERIFY(page->property("keepLoaded").toBool());
    }

    void sessionsSignOutOthers()
    {
        QVERIFY(signInElsewhere());
        show(QStringLiteral("Sessions"));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("signOutSession")), 10000);
        QVERIFY(visibleItem(QStringLiteral("thisDeviceBadge")));
        screenshot(QStringLiteral("sessions"));

        QVERIFY(click(QStringLiteral("signOutOthers")));
        QTRY_VERIFY(visibleItem(QStringLiteral("confirmButton")));
        screenshot(QStringLiteral("sessions-confirm"));
        QVERIFY(click(QStringLiteral("confirmButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!visibleItem(QStringLiteral("signOutSession")), 10000);
        QVERIFY(visibleItem(QStringLiteral("thisDeviceBadge")));
        QVERIFY(m_window->property("signedIn").toBool());
    }

    void preferencesSaveAndReload()
    {
        show(QStringLiteral("Preferences"));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("newPrefKey")), 10000);
        screenshot(QStringLiteral("preferences-empty"));
        setText(QStringLiteral("newPrefKey"), QStringLiteral("theme"));
        setText(QStringLiteral("newPrefValue"),
                QStringLiteral("{\"mode\": \"dark\", \"scale\": 2}"));
        QVERIFY(click(QStringLiteral("newPrefAdd")));
        QTRY_VERIFY(visibleItem(QStringLiteral("prefKey")));
        QVERIFY(click(QStringLiteral("preferencesSave")));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("preferencesSaved")), 10000);
        screenshot(QStringLiteral("preferences"));

        // A fresh page loads from the server: the saved key and value are there.
        show(QStringLiteral("Profile"));
        show(QStringLiteral("Preferences"));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("prefKey")), 10000);
        QCOMPARE(visibleItem(QStringLiteral("prefKey"))->property("text").toString(),
                 QStringLiteral("theme"));
        const QString value = visibleItem(QStringLiteral("prefValue"))->property("text").toString();
        const QJsonObject saved = QJsonDocument::fromJson(value.toUtf8()).object();
        QCOMPARE(saved.value(QStringLiteral("mode")).toString(), QStringLiteral("dark"));
        QCOMPARE(saved.value(QStringLiteral("scale")).toInt(), 2);
    }

    void otherPagesRender()
    {
        show(QStringLiteral("Activity"));
        QTRY_VERIFY(visibleItem(QStringLiteral("activityList")));
        // Sign-up, sign-ins and the changes above are in the log, in plain words.
        QTRY_VERIFY_WITH_TIMEOUT(
                visibleItem(QStringLiteral("activityList"))->property("count").toInt() > 0, 10000);
        screenshot(QStringLiteral("activity"));

        show(QStringLiteral("Identities"));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("identitiesEmpty")), 10000);
        screenshot(QStringLiteral("identities"));

        show(QStringLiteral("Advanced"));
        QTRY_VERIFY(visibleItem(QStringLiteral("createJwt")));
        QVERIFY(click(QStringLiteral("createJwt")));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("jwtCountdown")), 10000);
        // A fresh JWT lives 15 minutes: the countdown starts at 15:00 or just under it.
        const QString countdown =
                visibleItem(QStringLiteral("jwtCountdown"))->property("text").toString();
        QVERIFY2(QRegularExpression(QStringLiteral("\\b1[45]:[0-5]\\d\\b"))
                         .match(countdown)
                         .hasMatch(),
                 qPrintable(countdown));
        screenshot(QStringLiteral("advanced"));
        QVERIFY(click(QStringLiteral("blockAccount")));
        QTRY_VERIFY(visibleItem(QStringLiteral("typedConfirmation")));
        QVERIFY(!visibleItem(QStringLiteral("confirmButton"))->isEnabled());
        screenshot(QStringLiteral("advanced-block"));
        // Escape gives up: nothing is blocked.
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!visibleItem(QStringLiteral("typedConfirmation")));
        QVERIFY(m_window->property("signedIn").toBool());

        show(QStringLiteral("Outbox"));
        QTRY_VERIFY(visibleItem(QStringLiteral("outboxRefresh")));
        screenshot(QStringLiteral("outbox"));
    }
};

QTEST_MAIN(TestPagesUi)
#include "tst_pages_ui.moc"
