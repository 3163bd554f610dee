// The window the page suites (and tst_faults_ui) show the signed-in pages in: the size of the
// shell's page area, one page at a time, with what the tests read and call on the window.
#pragma once

#include "core/uiengine.h"
#include "sandboxprocess.h"

#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>

namespace pages {

inline constexpr char harness[] = R"(
import QtQuick
import QtQuick.Controls
import AppwriteAccount.Ui
import AppwriteAccount.Core
import AppwriteAccount.Core as Core

ApplicationWindow {
    // The page area of the app's default 1100×760 window (sidebar and header around it).
    width: 867
    height: 700
    visible: true
    color: Theme.window
    readonly property bool signedIn: Account.signedIn
    readonly property var user: Account.user
    readonly property var factors: Account.mfaFactors
    readonly property var lastError: Account.lastError
    readonly property bool connected: Account.connected
    readonly property Item page: loader.item
    function show(name) { loader.source = "qrc:/qt/qml/AppwriteAccount/Ui/pages/" + name + "Page.qml" }
    function setDark(dark) { Theme.mode = dark ? "dark" : "light" }
    function connectTo(endpoint, project) { Core.Connections.select(Core.Connections.add("Test", endpoint, project, false)) }
    function signUp(email, password, name) { Account.signUp(email, password, name) }
    function refresh() { return Account.refresh() }
    Loader { id: loader; anchors.fill: parent }
}
)";

//! Loads the harness in \a engine (set up as the app's), connects it to \a sandbox's project and
//! signs \a email up: the window, or null with the reason in \a error.
inline QQuickWindow *openSignedUp(QQmlApplicationEngine &engine, const SandboxProcess &sandbox,
                                  const QString &email, const QString &password,
                                  const QString &name, QString *error)
{
    QQuickStyle::setStyle(QStringLiteral("Basic")); // the app's: every page is themed on it
    UiEngine::configure(engine);
    engine.loadData(harness, QUrl(QStringLiteral("qrc:/pages/Harness.qml")));
    const QList<QObject *> roots = engine.rootObjects();
    auto *window = roots.size() == 1 ? qobject_cast<QQuickWindow *>(roots.first()) : nullptr;
    if (!window || !QTest::qWaitForWindowExposed(window)) {
        *error = QStringLiteral("the harness window did not show");
        return nullptr;
    }
    QMetaObject::invokeMethod(window, "connectTo", Q_ARG(QVariant, sandbox.endpoint().toString()),
                              Q_ARG(QVariant, sandbox.project()));
    if (!QTest::qWaitFor([window] { return window->property("connected").toBool(); }, 10000)) {
        *error = QStringLiteral("the harness did not connect");
        return nullptr;
    }
    QMetaObject::invokeMethod(window, "signUp", Q_ARG(QVariant, email), Q_ARG(QVariant, password),
                              Q_ARG(QVariant, name));
    if (!QTest::qWaitFor([window] { return window->property("signedIn").toBool(); }, 15000)) {
        *error = QString::fromUtf8(
                QJsonDocument::fromVariant(window->property("lastError")).toJson());
        return nullptr;
    }
    return window;
}

} // namespace pages
