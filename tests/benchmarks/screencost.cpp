// What the window with its first screen costs to make and to draw, compilation left out: the
// measure for work on the sign-in screen itself (its pieces, its layouts), where start-up's
// wall clock is too noisy. Each run is a fresh process, so the first object of each type pays for
// its type, as in the app.
//   bench_screen_cost [--runs N]   N runs (default 11) against a sandbox it starts; prints the
//                                  medians: "made_ms X", "drawn_ms Y"
//   bench_screen_cost --endpoint URL   one run, printing "made X drawn Y"
// Needs APPWRITE_SANDBOX_BIN for --runs.
#include "benchstats.h"
#include "core/accountmodel.h"
#include "core/connections.h"
#include "core/uiengine.h"
#include "sandboxprocess.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

namespace {

//! One measurement in this process: Main.qml and the sign-in screen compiled first, then timed
//! from the window's creation to the end of its creation and to its first frame.
int measureOnce(QApplication &app, const QUrl &endpoint)
{
    QStandardPaths::setTestModeEnabled(true); // the saved connection stays out of the user's
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlEngine engine;
    UiEngine::configure(engine);
    Connections *connections = Connections::instance();
    connections->select(
            connections->add(QString(), endpoint.toString(), QStringLiteral("sandbox"), false));
    const QUrl signIn =
            UiEngine::mainUrl().resolved(QUrl(QStringLiteral("screens/SignInScreen.qml")));
    for (const QUrl &url : {UiEngine::mainUrl(), signIn}) {
        QQmlComponent compiled(&engine, url, QQmlComponent::PreferSynchronous);
        if (compiled.isError()) {
            std::fprintf(stderr, "%s\n", qPrintable(compiled.errorString()));
            return 1;
        }
    }
    UiEngine::warmUp();
    AccountModel::instance();

    QElapsedTimer clock;
    clock.start();
    QQmlComponent component(&engine, UiEngine::mainUrl());
    const std::unique_ptr<QObject> window(component.create());
    const double made = clock.nsecsElapsed() / 1e6;
    auto *quickWindow = qobject_cast<QQuickWindow *>(window.get());
    // The screen is made with the window, its compilation done: not a frame of a window that
    // still waits for it.
    if (!quickWindow || !quickWindow->findChild<QObject *>(QStringLiteral("SignIn"))) {
        std::fprintf(stderr, "the window was made without its sign-in screen\n");
        return 1;
    }
    QObject::connect(quickWindow, &QQuickWindow::frameSwapped, &app, [&] {
        std::printf("made %.2f drawn %.2f\n", made, clock.nsecsElapsed() / 1e6 - made);
        app.quit();
    });
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"), QStringLiteral("One run."),
                                            QStringLiteral("url"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs (11)."),
                                        QStringLiteral("n"), QStringLiteral("11"));
    parser.addOptions({endpointOption, runsOption});
    parser.process(app);
    if (parser.isSet(endpointOption))
        return measureOnce(app, QUrl(parser.value(endpointOption)));

    SandboxProcess sandbox;
    if (!sandbox.start()) {
        std::fprintf(stderr, "no sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    QList<double> made;
    QList<double> drawn;
    for (int run = 0; run < parser.value(runsOption).toInt(); ++run) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--endpoint"), sandbox.endpoint().toString()});
        child.waitForFinished(60000);
        const QList<QByteArray> fields = child.readAllStandardOutput().simplified().split(' ');
        if (child.exitCode() != 0 || fields.size() != 4) {
            std::fprintf(stderr, "run %d failed: %s\n", run,
                         child.readAllStandardError().constData());
            return 1;
        }
        made.append(fields.at(1).toDouble());
        drawn.append(fields.at(3).toDouble());
    }
    std::printf("made_ms %.2f\ndrawn_ms %.2f\n", BenchStats::median(made),
                BenchStats::median(drawn));
    return 0;
}
