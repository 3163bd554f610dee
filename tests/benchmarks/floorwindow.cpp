// The start-up floor: the smallest Qt Quick window, started the way appwrite-account starts
// (QApplication, Basic style, a QQmlEngine and a QQmlComponent), quitting after its first frame
// with the same clock (ProcStats) and output as `appwrite-account --exit-after-first-frame`.
// With --controls, a window with one text field and one button of Qt Quick Controls instead.
#include "procstats.h"

#include <QApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlEngine engine;
    QQmlComponent component(&engine);
    // --controls: what Qt Quick Controls cost alone, the least a sign-in form made with them pays.
    const bool controls = app.arguments().contains(QStringLiteral("--controls"));
    component.setData(
            controls ? "import QtQuick\n"
                       "import QtQuick.Controls\n"
                       "import QtQuick.Layouts\n"
                       "ApplicationWindow { width: 1024; height: 760; visible: true\n"
                       "    ColumnLayout { anchors.centerIn: parent\n"
                       "        TextField { placeholderText: \"you@example.com\" }\n"
                       "        Button { text: \"Sign in\" } } }\n"
                     : "import QtQuick\n"
                       "Window { width: 1024; height: 760; visible: true; color: \"white\"\n"
                       "    Text { anchors.centerIn: parent; text: \"Sign in\" } }\n",
            QUrl());
    const std::unique_ptr<QObject> object(component.beginCreate(engine.rootContext()));
    auto *window = qobject_cast<QQuickWindow *>(object.get());
    if (!window)
        return 1;
    QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [&sinceMain] {
                std::printf("first frame after %.1f ms\n",
                            ProcStats::msSinceProcessStart(sinceMain));
                std::fflush(stdout);
                QCoreApplication::quit();
            },
            Qt::SingleShotConnection);
    component.completeCreate();
    return app.exec();
}
