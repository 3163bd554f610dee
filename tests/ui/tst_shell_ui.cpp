// The real Main.qml, signed in: the shell makes a page when it is shown and drops it when the
// person moves on, so the app holds one page at a time; a page holding what the person typed and
// has not saved is kept, with the input. The shell and the sign-in flow are never both loaded.
#include "core/connections.h"
#include "core/memoryreclaimer.h"
#include "sandboxprocess.h"
#include "uidriver.h"

#include <QDateTime>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestShellUi : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<UiDriver> m_ui;

    //! The page the shell holds for \a name (its slot's loaded item), or null.
    QQuickItem *heldPage(const QString &name) const
    {
        // Visual children: what a Repeater makes has no QObject parent to search from.
        const auto pageSlots = UiDriver::findAll(m_ui->window(), u"page_"_s + name);
        const auto loaders = pageSlots.isEmpty()
                ? QList<QQuickItem *>()
                : UiDriver::findAll(pageSlots.first(), u"pageLoader"_s);
        return loaders.isEmpty() ? nullptr
                                 : loaders.first()->property("item").value<QQuickItem *>();
    }
    //! Opens a page from the sidebar and waits for it to be shown.
    void openPage(const QString &page, const QString &pageObject)
    {
        QVERIFY(m_ui->click(u"nav_"_s + page));
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(pageObject), 10000);
    }
    QString textOf(const QString &name) const
    {
        QQuickItem *item = m_ui->find(name);
        return item ? item->property("text").toString() : u"<no %1>"_s.arg(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiDriver::isolate(u"appwrite-account-tests"_s);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_ui = std::make_unique<UiDriver>();
        QVERIFY2(m_ui->load(), qPrintable(m_ui->errorString()));
        Connections *connections = Connections::instance();
        connections->select(connections->add(u"Test"_s, m_sandbox.endpoint().toString(),
                                             m_sandbox.project(), false));

        QTRY_COMPARE_WITH_TIMEOUT(m_ui->currentScreen(), u"SignIn"_s, 10000);
        QVERIFY(m_ui->click(u"createAccountLink"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_ui->currentScreen(), u"SignUp"_s, 10000);
        const QString email = u"shell.%1@example.com"_s.arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(m_ui->setText(u"nameField"_s, u"Ada Lovelace"_s));
        QVERIFY(m_ui->setText(u"emailField"_s, email));
        QVERIFY(m_ui->setText(u"passwordField"_s, u"correct horse battery"_s));
        QVERIFY(m_ui->click(u"signUpButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->shellShown(), 15000);
        // The sign-in screens are gone while the shell shows.
        QTRY_VERIFY(!m_ui->window()->findChild<QObject *>(u"authFlow"_s));
    }
    void cleanupTestCase()
    {
        m_ui.reset();
        UiDriver::clearSettings();
    }

    void pageIsDroppedWhenLeft()
    {
        openPage(u"Sessions"_s, u"sessionsPage"_s);
        QVERIFY(heldPage(u"Sessions"_s));
        openPage(u"Activity"_s, u"activityPage"_s);
        QTRY_VERIFY(!heldPage(u"Sessions"_s));
        QVERIFY(heldPage(u"Activity"_s));
        // Shown again, it is made afresh.
        openPage(u"Sessions"_s, u"sessionsPage"_s);
        QTRY_VERIFY(!heldPage(u"Activity"_s));
    }

    // Leaving pages gives memory back, once the person has settled on a page.
    void droppedPagesAreReclaimedOnce()
    {
        const int type = qmlTypeId("AppwriteAccount.Core", 1, 0, "MemoryReclaimer");
        QVERIFY(type >= 0);
        auto *reclaimer = m_ui->engine()->singletonInstance<MemoryReclaimer *>(type);
        QVERIFY(reclaimer);
        openPage(u"Profile"_s, u"profilePage"_s);
        QSignalSpy reclaimed(reclaimer, &MemoryReclaimer::reclaimed);
        QTRY_COMPARE(reclaimed.size(), 1); // for the page left just before
        reclaimed.clear();
        // Three pages dropped in a quick run through the sidebar.
        for (const QString &page : {u"Sessions"_s, u"Activity"_s, u"Identities"_s})
            QVERIFY(m_ui->click(u"nav_"_s + page));
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(u"identitiesPage"_s), 10000);
        QVERIFY(reclaimed.wait(5000));
        QTest::qWait(1000); // the run is over: nothing more to reclaim
        QVERIFY2(reclaimed.size() < 3, "each dropped page was reclaimed on its own");
        QVERIFY(!heldPage(u"Sessions"_s));
        QVERIFY(!heldPage(u"Activity"_s));
        // What was trimmed is made again on demand.
        openPage(u"Sessions"_s, u"sessionsPage"_s);
        QVERIFY(heldPage(u"Sessions"_s));
    }

    void typedInputKeepsItsPage()
    {
        openPage(u"Preferences"_s, u"preferencesPage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(u"newPrefKey"_s), 10000);
        QVERIFY(m_ui->setText(u"newPrefKey"_s, u"draft"_s));
        openPage(u"Activity"_s, u"activityPage"_s);
        QVERIFY(m_ui->setText(u"activitySearch"_s, u"Firefox"_s));
        openPage(u"Sessions"_s, u"sessionsPage"_s);
        QVERIFY(heldPage(u"Preferences"_s));
        QVERIFY(heldPage(u"Activity"_s));

        openPage(u"Preferences"_s, u"preferencesPage"_s);
        QCOMPARE(textOf(u"newPrefKey"_s), u"draft"_s);
        openPage(u"Activity"_s, u"activityPage"_s);
        QCOMPARE(textOf(u"activitySearch"_s), u"Firefox"_s);

        // Cleared, the search no longer holds its page.
        QVERIFY(m_ui->setText(u"activitySearch"_s, QString()));
        openPage(u"Sessions"_s, u"sessionsPage"_s);
        QTRY_VERIFY(!heldPage(u"Activity"_s));
        QVERIFY(heldPage(u"Preferences"_s));
    }

    //! "Add another account" swaps the shell for the sign-in flow, starting on Connect, and
    //! Back returns to the shell.
    void addingAnAccountCanBeCancelled()
    {
        QVERIFY(m_ui->click(u"accountButton"_s));
        QTRY_VERIFY(m_ui->find(u"addAccountItem"_s));
        QVERIFY(m_ui->click(u"addAccountItem"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_ui->currentScreen(), u"Connect"_s, 10000);
        QVERIFY(!m_ui->shellShown());
        QObject *flow = m_ui->window()->findChild<QObject *>(u"authFlow"_s);
        QVERIFY(flow);
        QVERIFY(flow->property("canCancel").toBool());

        QVERIFY(m_ui->click(u"backButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->shellShown(), 10000);
        QTRY_VERIFY(!m_ui->window()->findChild<QObject *>(u"authFlow"_s));
    }
};

QTEST_MAIN(TestShellUi)
#include "tst_shell_ui.moc"
