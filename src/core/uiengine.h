#pragma once

#include <QList>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class QQmlComponent;
class QQmlEngine;
class QQuickWindow;

//! How the app's QML engine is set up: shared by the app and the UI tests, so that they run
//! the same configuration. The app uses a plain QQmlEngine, not QQmlApplicationEngine, whose file
//! selector looks for "+selector" variants of every QML file loaded (the app has none) and which
//! installs Qt's translations in the system's language over the language chosen in the app.
namespace UiEngine {

//! The window: the sign-in flow, then the signed-in shell.
QUrl mainUrl();

//! Adds the app's import path and its icons (IconProvider), and makes Theme.qml's body size the
//! application's font: what Qt Quick Controls and their popups use where no font is set.
void configure(QQmlEngine &engine);

//! Starts compiling the window and the sign-in screen on the QML loader thread, so that the
//! calling thread can go on with other start-up work. The returned components keep the result
//! until a synchronous load of the same URLs picks it up.
std::vector<std::unique_ptr<QQmlComponent>> precompile(QQmlEngine &engine);

//! Starts compiling, on the loader thread, what the screens after the first one need and the first
//! one leaves out: the shell and Qt Quick Controls (loading them costs about 20 ms, which the
//! first frame no longer waits for). Call once the first frame is shown; the engine owns the
//! components returned.
QList<QQmlComponent *> precompileRest(QQmlEngine &engine);

//! Does on this (the GUI) thread the work of the first frame that needs no QML: the font
//! database, the faces of Theme.qml's type scale, the sign-in screen's icons. Called while the
//! loader thread compiles, it takes that work off the path to the first frame.
void warmUp();

//! Makes the window from Main.qml (waiting for its compilation if it is still under way) and
//! calls \a beforeShown with it before it can show, so that its first frame cannot be missed.
//! Null if it failed, with the reasons printed.
std::unique_ptr<QQuickWindow> createWindow(
        QQmlEngine &engine, const std::function<void(QQuickWindow *)> &beforeShown = {});

} // namespace UiEngine
