#include "uidriver.h"

#include "core/language.h"
#include "core/sessionstorage.h"
#include "core/settingswriter.h"
#include "core/uiengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

void UiDriver::clearSettings()
{
    SettingsWriter::flush();
    QSettings().clear();
}

void UiDriver::isolate(const QString &organization)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(organization);
    clearSettings();
    QQuickStyle::setStyle(QStringLiteral("Basic"));
}

bool UiDriver::load()
{
    UiEngine::configure(m_engine);
    Language::instance()->apply(); // as the app does: English plural forms, or the chosen language
    // Screenshots show the screens, not the notice about a missing keyring on this machine
    // (tst_signin_ui shows and closes it on purpose).
    SessionStorage::instance()->setNoticeDismissed(true);
    const auto precompiled = UiEngine::precompile(m_engine); // as the app does
    m_ownedWindow = UiEngine::createWindow(m_engine);
    m_window = m_ownedWindow.get();
    if (!m_window) {
        m_error = u"Main.qml did not make a window"_s;
        return false;
    }
    QList<QQmlComponent *> ahead;
    for (const auto &component : precompiled)
        ahead.append(component.get());
    ahead.append(UiEngine::precompileRest(m_engine)); // as the app does after its first frame
    // What the app compiles ahead must exist and compile: a name gone stale would only cost the
    // app its head start, silently.
    const bool compiled = QTest::qWaitFor(
            [&] {
                return std::none_of(ahead.begin(), ahead.end(),
                                    [](const auto *component) { return component->isLoading(); });
            },
            10000);
    for (const auto *component : ahead) {
        if (!compiled || !component->isReady()) {
            m_error = u"not compiled ahead: %1 %2"_s.arg(component->url().toString(),
                                                         component->errorString());
            return false;
        }
    }
    // The window may show before its first screen (compiled meanwhile): the tests start on it.
    const QQuickItem *flow = m_window->findChild<QQuickItem *>(u"authFlow"_s);
    if (flow && !QTest::qWaitFor([flow] { return !flow->property("waiting").toBool(); }, 10000)) {
        m_error = u"the first screen was not made"_s;
        return false;
    }
    m_window->requestActivate();
    if (!QTest::qWaitForWindowExposed(m_window) || !QTest::qWaitForWindowActive(m_window)) {
        m_error = u"the window was not shown"_s;
        return false;
    }
    SessionStorage::instance()->probe(); // as the app does after its first frame
    return true;
}

namespace {

// Repeater and ListView delegates are not QObject children of the view, so findChildren()
// misses them: walk the visual item tree as well.
void collectItems(QQuickItem *item, const QString &name, QList<QQuickItem *> *found)
{
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (child->objectName() == name)
            found->append(child);
        collectItems(child, name, found);
    }
}

QQuickItem *firstVisible(QQuickItem *root, const QString &name)
{
    QList<QQuickItem *> found;
    collectItems(root, name, &found);
    for (QQuickItem *item : std::as_const(found)) {
        if (item->isVisible())
            return item;
    }
    return nullptr;
}

} // namespace

QList<QQuickItem *> UiDriver::findAll(QObject *root, const QString &name)
{
    QList<QQuickItem *> found;
    QList<QObject *> queue{root};
    QSet<QObject *> seen;
    while (!queue.isEmpty()) {
        QObject *object = queue.takeFirst();
        if (!object || seen.contains(object))
            continue;
        seen.insert(object);
        auto *item = qobject_cast<QQuickItem *>(object);
        if (item && object->objectName() == name)
            found.append(item);
        queue.append(object->children());
        if (item) {
            const auto children = item->childItems();
            for (QQuickItem *child : children)
                queue.append(child);
        }
    }
    return found;
}

QQuickItem *UiDriver::findVisible(QObject *root, const QString &name)
{
    const auto items = findAll(root, name);
    const auto visible = std::find_if(items.begin(), items.end(),
                                      [](const QQuickItem *item) { return item->isVisible(); });
    return visible == items.end() ? nullptr : *visible;
}

QQuickItem *UiDriver::find(const QString &name) const
{
    // During a screen change both screens are visible: look in the new one first.
    QObject *flow = m_window->findChild<QObject *>(u"authFlow"_s);
    auto *screen = flow && flow->property("visible").toBool()
            ? flow->property("currentItem").value<QQuickItem *>()
            : nullptr;
    if (screen) {
        if (QQuickItem *item = firstVisible(screen, name))
            return item;
    }
    // Popups and dialogs live in the overlay, which is under the window's content item too.
    return firstVisible(m_window->contentItem()->parentItem()
                                ? m_window->contentItem()->parentItem()
                                : m_window->contentItem(),
                        name);
}

QString UiDriver::currentScreen() const
{
    QObject *flow = m_window->findChild<QObject *>(u"authFlow"_s);
    if (!flow || !flow->property("visible").toBool())
        return QString();
    if (flow->property("transitioning").toBool())
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
    // QTest::keyClicks() exists for widgets only.
    for (const QChar ch : text)
        QTest::keyClick(m_window.data(), ch.toLatin1());
    return true;
}

QObject *UiDriver::theme()
{
    return m_window ? m_window->property("theme").value<QObject *>() : nullptr;
}

bool UiDriver::waitForStillFrame(QQuickWindow *window)
{
    // A new frame shows the latest change; the scene is still once no further frame follows
    // (fades of 120 ms render every vsync). A running spinner never stops: give up after a while.
    QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
    window->update();
    if (!swapped.wait(2000))
        return false;
    for (int frames = 0; frames < 120; ++frames) {
        swapped.clear();
        if (!swapped.wait(100))
            return true;
    }
    return false;
}

bool UiDriver::resizeAndSettle(QQuickWindow *window, const QSize &size)
{
    window->resize(size);
    if (!QTest::qWaitFor([&] { return window->size() == size; }, 2000))
        return false;
    // A running spinner keeps drawing; the size is what callers depend on.
    waitForStillFrame(window);
    return true;
}

void UiDriver::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("UI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QObject *themeObject = theme();
    if (!themeObject)
        qWarning("Theme singleton not found: screenshots stay in the current scheme");
    const QString before = themeObject ? themeObject->property("mode").toString() : QString();
    const QSize size = m_window->size();
    const QSize smallest = m_window->minimumSize();
    for (const bool small : {false, true}) {
        if (small && !resizeAndSettle(m_window, smallest))
            qWarning("The window did not take its minimum size: %dx%d", smallest.width(),
                     smallest.height());
        const QString suffix =
                small ? u"-%1x%2"_s.arg(smallest.width()).arg(smallest.height()) : QString();
        for (const QString &mode : {u"light"_s, u"dark"_s}) {
            if (themeObject)
                themeObject->setProperty("mode", mode);
            waitForStillFrame(m_window);
            const QImage image = m_window->grabWindow();
            image.save(dir + u'/' + name + suffix + u'-' + mode + u".png"_s);
        }
    }
    resizeAndSettle(m_window, size);
    if (themeObject)
        themeObject->setProperty("mode", before);
}
