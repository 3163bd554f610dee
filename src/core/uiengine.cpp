#include "uiengine.h"

#include "iconprovider.h"

#include <QDebug>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

QUrl UiEngine::mainUrl()
{
    return QUrl(u"qrc:/qt/qml/AppwriteAccount/Ui/Main.qml"_s);
}

void UiEngine::configure(QQmlEngine &engine)
{
    // Qt 6.4 does not search qrc:/qt/qml by default (6.5 does); the app's modules live there.
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.addImageProvider(u"icon"_s, new IconProvider); // the engine owns it
    // The window is a plain Window (the first screen imports no Qt Quick Controls), not an
    // ApplicationWindow with a font of its own: Controls and their popups read this one.
    QFont font = QGuiApplication::font();
    font.setPixelSize(14); // Theme.bodySize
    QGuiApplication::setFont(font);
}

std::vector<std::unique_ptr<QQmlComponent>> UiEngine::precompile(QQmlEngine &engine)
{
    // The window first: it shows and draws its first frame while the sign-in screen, pushed by
    // URL as the window is made, is still compiling here (ScreenStack.pushWhenReady).
    const QUrl urls[] = {mainUrl(), mainUrl().resolved(QUrl(u"screens/SignInScreen.qml"_s))};
    std::vector<std::unique_ptr<QQmlComponent>> components;
    for (const QUrl &url : urls)
        components.push_back(
                std::make_unique<QQmlComponent>(&engine, url, QQmlComponent::Asynchronous));
    return components;
}

QList<QQmlComponent *> UiEngine::precompileRest(QQmlEngine &engine)
{
    const QString files[] = {u"screens/AccountShell.qml"_s, u"components/LanguageComboBox.qml"_s,
                             u"components/HoverHintToolTip.qml"_s,
                             u"components/LazyScrollBarControl.qml"_s,
                             u"components/ErrorBannerContent.qml"_s};
    QList<QQmlComponent *> components;
    for (const QString &file : files)
        components.append(new QQmlComponent(&engine, mainUrl().resolved(QUrl(file)),
                                            QQmlComponent::Asynchronous, &engine));
    return components;
}

void UiEngine::warmUp()
{
    // The faces of the sign-in screen, in Theme.qml's sizes: captions, body text, buttons, the
    // primary button, card titles. Measuring a word also prepares the shaping of each face.
    const std::pair<int, QFont::Weight> faces[] = {{12, QFont::Normal},
                                                   {14, QFont::Normal},
                                                   {14, QFont::Medium},
                                                   {14, QFont::DemiBold},
                                                   {16, QFont::DemiBold}};
    for (const auto &[pixelSize, weight] : faces) {
        QFont font = QGuiApplication::font();
        font.setPixelSize(pixelSize);
        font.setWeight(weight);
        QFontMetricsF(font).horizontalAdvance(u"Sign in"_s);
    }
    // The sign-in screen's icons, at its sizes, drawn once each: made, the screen only tints them.
    // (A name gone stale here only costs that head start.)
    IconProvider::prepare({u"user"_s, u"globe"_s, u"chevron-down"_s, u"link"_s, u"mail"_s,
                           u"message"_s, u"external"_s, u"user-plus"_s, u"guest"_s},
                          16);
    IconProvider::prepare({u"server"_s, u"flask"_s}, 12); // the connection's badge
    IconProvider::prepare({u"eye"_s}, 18); // the password's reveal toggle
}

std::unique_ptr<QQuickWindow> UiEngine::createWindow(
        QQmlEngine &engine, const std::function<void(QQuickWindow *)> &beforeShown)
{
    QQmlComponent component(&engine, mainUrl());
    // Made in two steps: the window shows when its creation completes, not before.
    std::unique_ptr<QObject> object(
            component.isReady() ? component.beginCreate(engine.rootContext()) : nullptr);
    auto *window = qobject_cast<QQuickWindow *>(object.get());
    if (window && beforeShown)
        beforeShown(window);
    if (object)
        component.completeCreate();
    if (!window || component.isError()) {
        qWarning().noquote() << "The window could not be made:" << component.errorString();
        return {};
    }
    object.release();
    return std::unique_ptr<QQuickWindow>(window);
}
