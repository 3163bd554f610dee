// The real Main.qml, offscreen: the first screen is the sign-in form and it reacts to input.
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

class TestSignInUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsSignInForm()
    {
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/AppwriteAccount/Ui/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        auto *email = window->findChild<QQuickItem *>(QStringLiteral("emailField"));
        auto *password = window->findChild<QQuickItem *>(QStringLiteral("passwordField"));
        auto *signIn = window->findChild<QQuickItem *>(QStringLiteral("signInButton"));
        QVERIFY(email && password && signIn);
        QVERIFY(!signIn->isEnabled());
        email->setProperty("text", QStringLiteral("alice@example.com"));
        password->setProperty("text", QStringLiteral("correct horse"));
        QTRY_VERIFY(signIn->isEnabled());
    }
};

QTEST_MAIN(TestSignInUi)
#include "tst_signin_ui.moc"
