#pragma once

#include <QPointer>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QString>

#include <memory>

//! Drives the real Main.qml offscreen: finds visible items by objectName, types, clicks, and
//! writes screenshots (light and dark) when UI_SCREENSHOT_DIR is set.
class UiDriver
{
public:
    //! How a test of the real UI starts: test-mode paths, empty settings of \a organization, and
    //! the app's controls style (Basic).
    static void isolate(const QString &organization);
    //! Clears the app's settings, once the writes still pending are done (SettingsWriter).
    static void clearSettings();
    //! Loads qrc:/qt/qml/AppwriteAccount/Ui/Main.qml with the keyring notice closed; false (with
    //! errorString) on failure.
    bool load();
    QQuickWindow *window() const { return m_window; }
    QQmlEngine *engine() { return &m_engine; }
    QString errorString() const { return m_error; }

    //! The one visible item named \a name (several hidden screens may share names), or nullptr.
    QQuickItem *find(const QString &name) const;
    //! Every item named \a name under \a root, visible or not: its QObject children and its
    //! visual children (Repeater and ListView delegates are only the latter), each once.
    static QList<QQuickItem *> findAll(QObject *root, const QString &name);
    //! The first of findAll() that is visible, or nullptr.
    static QQuickItem *findVisible(QObject *root, const QString &name);
    //! The name of the screen the sign-in flow shows ("SignIn", "MfaChallenge"...).
    QString currentScreen() const;
    bool shellShown() const;

    //! Sets a FormField's or text field's text as if typed (then the bindings react).
    bool setText(const QString &name, const QString &text);
    //! Clicks a visible, enabled button with the mouse; false if there is none.
    bool click(const QString &name);
    bool click(QQuickItem *item);
    //! Types \a text with key events into the item \a name after giving it focus.
    bool type(const QString &name, const QString &text);

    //! The Ui module's Theme singleton, to switch light/dark.
    QObject *theme();
    //! Writes <dir>/<name>-light.png and <name>-dark.png when UI_SCREENSHOT_DIR is set, and the
    //! same at the smallest window the app allows (<name>-800x600-light.png...).
    void screenshot(const QString &name);
    //! Waits for the next rendered frame and then until no other frame follows (animations done).
    static bool waitForStillFrame(QQuickWindow *window);
    //! Resizes \a window and waits until the scene has been laid out and drawn at that size;
    //! false if the window did not take the size.
    static bool resizeAndSettle(QQuickWindow *window, const QSize &size);

private:
    QQmlEngine m_engine;
    std::unique_ptr<QQuickWindow> m_ownedWindow;
    QPointer<QQuickWindow> m_window;
    QString m_error;
};
