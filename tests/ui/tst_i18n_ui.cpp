// The real Main.qml in German, then switched to Arabic at run time through the language picker:
// translated texts, the whole window and its popups mirrored right to left, codes kept left to
// right. With UI_SCREENSHOT_DIR set, every step leaves de-*.png and ar-*.png.
#include "core/accountmodel.h"
#include "core/connections.h"
#include "core/language.h"
#include "sandboxprocess.h"
#include "uidriver.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QMap>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qreal centreX(const QQuickItem *item)
{
    return item->mapToScene(QPointF(item->width() / 2, 0)).x();
}

//! The x of each cell of a CodeInput, by cell index.
QMap<int, qreal> cellPositions(QQuickItem *item, QMap<int, qreal> found = {})
{
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        const QVariant index = child->property("index");
        if (index.isValid() && index.canConvert<int>() && child->width() > 0)
            found.insert(index.toInt(), child->mapToScene(QPointF(0, 0)).x());
        found = cellPositions(child, found);
    }
    return found;
}

} // namespace

class TestI18nUi : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<UiDriver> m_ui;

    bool waitForScreen(const QString &screen)
    {
        return QTest::qWaitFor([&] { return m_ui->currentScreen() == screen; }, 10000);
    }
    QString textOf(const QString &name)
    {
        QQuickItem *item = m_ui->find(name);
        return item ? item->property("text").toString() : u"<no %1>"_s.arg(name);
    }
    //! Opens a page from the sidebar and waits for it to be shown.
    void openPage(const QString &page, const QString &pageObject)
    {
        QVERIFY(m_ui->click(u"nav_"_s + page));
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(pageObject), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiDriver::isolate(u"appwrite-account-tests"_s);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        // As the app does: the language is applied before the UI loads.
        Language::instance()->setChoice(u"de"_s);
        m_ui = std::make_unique<UiDriver>();
        QVERIFY2(m_ui->load(), qPrintable(m_ui->errorString()));
        Connections *connections = Connections::instance();
        connections->select(connections->add(u"Test"_s, m_sandbox.endpoint().toString(),
                                             m_sandbox.project(), false));
    }
    void cleanupTestCase()
    {
        m_ui.reset();
        Language::instance()->setChoice(u"system"_s);
        UiDriver::clearSettings();
    }

    void germanSignIn()
    {
        QVERIFY(waitForScreen(u"SignIn"_s));
        QCOMPARE(textOf(u"signInButton"_s), u"Anmelden"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        // The picker sits in the top corner at the end of the line: the right in German.
        QQuickItem *picker = m_ui->find(u"languagePicker"_s);
        QVERIFY(picker);
        QCOMPARE(picker->property("displayText").toString(), u"Deutsch"_s);
        QVERIFY(centreX(picker) > m_ui->window()->width() / 2);
        m_ui->screenshot(u"de-signin"_s);
    }

    void germanPages()
    {
        const QString email = u"i18n.%1@example.com"_s.arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(m_ui->click(u"createAccountLink"_s));
        QVERIFY(waitForScreen(u"SignUp"_s));
        m_ui->screenshot(u"de-signup"_s);
        QVERIFY(m_ui->setText(u"nameField"_s, u"Ada Lovelace"_s));
        QVERIFY(m_ui->setText(u"emailField"_s, email));
        QVERIFY(m_ui->setText(u"passwordField"_s, u"correct horse battery"_s));
        QVERIFY(m_ui->click(u"signUpButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->shellShown(), 15000);

        QCOMPARE(textOf(u"nav_Profile"_s), u"Profil"_s);
        QCOMPARE(textOf(u"nav_Sessions"_s), u"Sitzungen & Geräte"_s);
        QVERIFY(centreX(m_ui->find(u"nav_Profile"_s)) < m_ui->window()->width() / 2);
        m_ui->screenshot(u"de-profile"_s);
        openPage(u"Security"_s, u"securityPage"_s);
        m_ui->screenshot(u"de-security"_s);
        openPage(u"Sessions"_s, u"sessionsPage"_s);
        m_ui->screenshot(u"de-sessions"_s);
    }

    void switchToArabicMirrors()
    {
        QVERIFY(m_ui->click(u"accountButton"_s));
        QTRY_VERIFY(m_ui->find(u"signOutItem"_s));
        QQuickItem *picker = m_ui->find(u"languagePicker"_s);
        QVERIFY(picker);
        const QVariantList options = picker->property("model").toList();
        qsizetype arabic = -1;
        for (qsizetype i = 0; i < options.size(); ++i) {
            if (options.at(i).toMap().value(u"code"_s) == u"ar"_s)
                arabic = i;
        }
        QVERIFY(arabic > 0);
        // As a click on the entry in the list does.
        QVERIFY(QMetaObject::invokeMethod(picker, "activated", Q_ARG(int, int(arabic))));

        QCOMPARE(Language::instance()->current(), u"ar"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QTRY_COMPARE(picker->property("displayText").toString(), u"العربية"_s);
        QTRY_COMPARE(textOf(u"signOutItem"_s), u"تسجيل الخروج"_s);
        // The menu is mirrored too (popups live outside the window's content item): the picker
        // moved from the end of its row on the right to the left.
        QQuickItem *signOut = m_ui->find(u"signOutItem"_s);
        QTRY_VERIFY(centreX(picker) < centreX(signOut));
        m_ui->screenshot(u"ar-account-menu"_s);
        QTest::keyClick(m_ui->window(), Qt::Key_Escape);
        QTRY_VERIFY(!m_ui->find(u"signOutItem"_s));

        // The sidebar moved to the right, its texts translated without a restart.
        QCOMPARE(textOf(u"nav_Profile"_s), u"الملف الشخصي"_s);
        QTRY_VERIFY(centreX(m_ui->find(u"nav_Profile"_s)) > m_ui->window()->width() / 2);
        m_ui->screenshot(u"ar-sessions"_s);
        openPage(u"Security"_s, u"securityPage"_s);
        m_ui->screenshot(u"ar-security"_s);
        openPage(u"Profile"_s, u"profilePage"_s);
        m_ui->screenshot(u"ar-profile"_s);
    }

    void arabicSignInKeepsCodesLeftToRight()
    {
        QVERIFY(m_ui->click(u"accountButton"_s));
        QTRY_VERIFY(m_ui->find(u"signOutItem"_s));
        QVERIFY(m_ui->click(u"signOutItem"_s));
        QVERIFY(waitForScreen(u"SignIn"_s));
        QCOMPARE(textOf(u"signInButton"_s), u"تسجيل الدخول"_s);
        QVERIFY(centreX(m_ui->find(u"languagePicker"_s)) < m_ui->window()->width() / 2);
        m_ui->screenshot(u"ar-signin"_s);

        QVERIFY(m_ui->click(u"emailCodeButton"_s));
        QVERIFY(waitForScreen(u"EmailCode"_s));
        QVERIFY(m_ui->setText(u"emailField"_s, u"i18n.code@example.com"_s));
        QVERIFY(m_ui->click(u"sendCodeButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->find(u"codeInput"_s), 10000);
        const QMap<int, qreal> cells = cellPositions(m_ui->find(u"codeInput"_s));
        QCOMPARE(cells.size(), 6);
        for (int i = 1; i < cells.size(); ++i)
            QVERIFY2(cells.value(i - 1) < cells.value(i), "code cells must run left to right");
        QVERIFY(m_ui->type(u"codeInput"_s, u"123"_s));
        m_ui->screenshot(u"ar-emailcode-entry"_s);
    }
};

QTEST_MAIN(TestI18nUi)
#include "tst_i18n_ui.moc"
