// The start-up floor: the smallest Qt Quick window, started the way appwrite-account starts
// (QApplication, Basic style, QQmlApplicationEngine), quitting after its first frame with the
// same kernel clock and output as `appwrite-account --exit-after-first-frame`.
#include "procstats.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreated, &app,
                     [&sinceMain](QObject *object, const QUrl &) {
                         auto *window = qobject_cast<QQuickWindow *>(object);
                         if (!window) {
                             QCoreApplication::exit(1);
                             return;
                         }
                         QObject::connect(
                                 window, &QQuickWindow::frameSwapped, window,
                                 [&sinceMain] {
                                     std::printf(
                                             "first frame after %lld ms\n",
                                             static_cast<long long>(
                                                     ProcStats::msSinceProcessStart(sinceMain)));
                                     std::fflush(stdout);
                                     QCoreApplication::quit();
                                 },
                                 Qt::SingleShotConnection);
                     });
    engine.loadData("import QtQuick\n"
                    "Window { width: 1024; height: 760; visible: true; color: \"white\"\n"
                    "    Text { anchors.centerIn: parent; text: \"Sign in\" } }\n");
    return app.exec();
}
