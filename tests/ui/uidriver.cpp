#include "uidriver.h"

#include <QDir>
#include <QImage>
#include <QQmlEngine>
#include <QTest>

using namespace Qt::StringLiterals;

bool UiDriver::load()
{
    m_engine.addImportPath(u"qrc:/qt/qml"_s);
    m_engine.load(QUrl(u"qrc:/qt/qml/AppwriteAccount/Ui/Main.qml"_s));
    if (m_engine.rootObjects().size() != 1) {
        m_error = u"Main.qml did not load"_s;
        return false;
    }
    m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
    if (!m_window) {
        m_error = u"the root object is not a window"_s;
        return false;
    }
    m_window->requestActivate();
    if (!QTest::qWaitForWindowExposed(m_window) || !QTest::qWaitForWindowActive(m_window)) {
        m_error = u"the window was not shown"_s;
        return false;
    }
    return true;
}

QQuickItem *UiDriver::find(const QString &name) const
{
    const auto items = m_window->findChildren<QQuickItem *>(name);
    for (QQuickItem *item : items) {
        if (item->isVisible() && item->window() == m_window)
            return item;
    }
    return nullptr;
}

QString UiDriver::currentScreen() const
{
    QObject *flow = m_window->findChild<QObject *>(u"authFlow"_s);
    if (!flow || !flow->property("visible").toBool())
        return QString();
    return flow->property("currentScreen").toString();
}

bool UiDriver::shellShown() const
{
    return find(u"accountShell"_s) != nullptr;
}

bool UiDriver::setText(const QString &name, const QString &text)
{
    QQuickItem *item = find(name);
    return item && item->setProperty("text", text);
}

bool UiDriver::click(const QString &name)
{
    return click(find(name));
}

bool UiDriver::click(QQuickItem *item)
{
    if (!item || !item->isEnabled())
        return false;
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    if (!QRectF(QPointF(0, 0), m_window->size()).contains(centre))
        return false;
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    return true;
}

bool UiDriver::type(const QString &name, const QString &text)
{
    QQuickItem *item = find(name);
    if (!item)
        return false;
    item->forceActiveFocus();
    if (!item->hasActiveFocus()) {
        // A FormField or CodeInput passes focus to the input inside it.
        QMetaObject::invokeMethod(item, "forceActiveFocus");
    }
    QTest::keyClicks(m_window, text);
    return true;
}

QObject *UiDriver::theme()
{
    const int id = qmlTypeId("AppwriteAccount.Ui", 1, 0, "Theme");
    return id < 0 ? nullptr : m_engine.singletonInstance<QObject *>(id);
}

void UiDriver::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("UI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QObject *themeObject = theme();
    const QString before = themeObject ? themeObject->property("mode").toString() : QString();
    for (const QString mode : {u"light"_s, u"dark"_s}) {
        if (themeObject)
            themeObject->setProperty("mode", mode);
        // Lets bindings, animations (120 ms fades) and the scene graph settle.
        QTest::qWait(250);
        const QImage image = m_window->grabWindow();
        image.save(dir + u'/' + name + u'-' + mode + u".png"_s);
    }
    if (themeObject)
        themeObject->setProperty("mode", before);
}
