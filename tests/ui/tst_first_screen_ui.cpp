// The screens a person sees first at start-up, Connect on a first run and sign-in once a
// connection is saved, import no Qt Quick Controls: loading them costs a fifth of the start-up.
// What needs them comes after the first frame (UiEngine::precompileRest).
#include "core/accountmodel.h"
#include "core/connections.h"
#include "core/uiengine.h"
#include "sandboxprocess.h"
#include "uidriver.h"

#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

//! Whether the QML plugin of Qt Quick Templates (under every Controls style) is loaded.
bool controlsLoaded()
{
    QFile maps(u"/proc/self/maps"_s);
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libqtquicktemplates2plugin");
}

bool waitForFrame(QQuickWindow *window)
{
    QSignalSpy frames(window, &QQuickWindow::frameSwapped);
    window->update();
    return frames.wait();
}

} // namespace

class TestFirstScreenUi : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        UiDriver::isolate(u"appwrite-account-tests-first-screen"_s);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }
    void cleanupTestCase() { UiDriver::clearSettings(); }

    void firstScreensNeedNoControls()
    {
        QVERIFY(!controlsLoaded());
        AccountModel::instance();

        // As the app starts, with nothing saved: the Connect screen.
        QQmlEngine engine;
        UiEngine::configure(engine);
        const auto precompiled = UiEngine::precompile(engine);
        const std::unique_ptr<QQuickWindow> window = UiEngine::createWindow(engine);
        QVERIFY(window);
        const auto *flow = window->findChild<QQuickItem *>(u"authFlow"_s);
        QVERIFY(flow);
        QTRY_COMPARE(flow->property("currentScreen").toString(), u"Connect"_s);
        QVERIFY(waitForFrame(window.get()));
        QVERIFY2(!controlsLoaded(), "the Connect screen loaded Qt Quick Controls");

        // A connection saved: the sign-in screen.
        Connections *connections = Connections::instance();
        connections->select(connections->add(u"Test"_s, m_sandbox.endpoint().toString(),
                                             m_sandbox.project(), false));
        QTRY_VERIFY_WITH_TIMEOUT(AccountModel::instance()->connected(), 10000);
        QTRY_COMPARE(flow->property("currentScreen").toString(), u"SignIn"_s);
        QVERIFY(waitForFrame(window.get()));
        QVERIFY2(!controlsLoaded(), "the sign-in screen loaded Qt Quick Controls");

        // After the first frame: the rest, Controls with it, compiled in the background.
        const QList<QQmlComponent *> rest = UiEngine::precompileRest(engine);
        for (QQmlComponent *component : rest)
            QTRY_VERIFY_WITH_TIMEOUT(!component->isLoading(), 10000);
        for (QQmlComponent *component : rest)
            QVERIFY2(component->isReady(), qPrintable(component->errorString()));
        QVERIFY(controlsLoaded());
    }
};

QTEST_MAIN(TestFirstScreenUi)
#include "tst_first_screen_ui.moc"
