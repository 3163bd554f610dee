// appwrite-account: the desktop app for managing an Appwrite account.
#include "benchmarktour.h"
#include "procstats.h"
#include "terminationsignals.h"
#include "client/redaction.h"
#include "core/accountmodel.h"
#include "core/appinfo.h"
#include "core/connections.h"
#include "core/desktoplinks.h"
#include "core/embeddedsandbox.h"
#include "core/language.h"
#include "core/sessionstorage.h"
#include "core/singleinstance.h"
#include "core/uiengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sys/prctl.h>

namespace {

struct Options
{
    bool sandbox = false;
    QString endpoint;
    QString project;
    bool exitAfterFirstFrame = false;
    bool benchmarkTour = false;
};

Options parseArguments(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Manage your Appwrite account."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
            QStringLiteral("sandbox"),
            QApplication::translate("main", "Start on the embedded local sandbox."));
    const QCommandLineOption endpoint(
            QStringLiteral("endpoint"),
            QApplication::translate("main", "Connect to the Appwrite API at <url>."),
            QStringLiteral("url"));
    const QCommandLineOption project(
            QStringLiteral("project"),
            QApplication::translate("main", "The project ID to use with --endpoint."),
            QStringLiteral("id"));
    const QCommandLineOption firstFrame(
            QStringLiteral("exit-after-first-frame"),
            QApplication::translate("main",
                                    "Print the milliseconds until the first frame, then quit."));
    const QCommandLineOption tour(
            QStringLiteral("benchmark-tour"),
            QApplication::translate("main",
                                    "Sign up, open every page, print the peak memory, then quit."));
    parser.addPositionalArgument(
            QStringLiteral("link"),
            QApplication::translate("main", "An appwrite-callback-<project> link to open."),
            QStringLiteral("[link]"));
    parser.addOptions({sandbox, endpoint, project, firstFrame, tour});
    parser.process(app);
    if (parser.isSet(endpoint) != parser.isSet(project)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main",
                                                        "--endpoint and --project go together.")));
        std::exit(2);
    }
    return {parser.isSet(sandbox), parser.value(endpoint), parser.value(project),
            parser.isSet(firstFrame), parser.isSet(tour)};
}

//! True while the sign-in flow's first screen is being compiled: the window shows without it.
bool compilesFirstScreen(const QQuickWindow *window)
{
    const auto *flow = window->findChild<QQuickItem *>(QStringLiteral("authFlow"));
    return flow && flow->property("waiting").toBool();
}

//! True once the sign-in flow (or the signed-in shell) is on screen with its first page.
bool showsFirstScreen(const QQuickWindow *window)
{
    const auto *flow = window->findChild<QQuickItem *>(QStringLiteral("authFlow"));
    if (flow && flow->isVisible())
        return flow->property("currentItem").value<QQuickItem *>() != nullptr;
    return window->findChild<QQuickItem *>(QStringLiteral("accountShell")) != nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // The session credential is in this process's memory: no core dump may carry it away.
    prctl(PR_SET_DUMPABLE, 0);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("appwrite-account"));
    QApplication::setApplicationDisplayName(QStringLiteral("Appwrite Account"));
    QApplication::setOrganizationName(QStringLiteral("appwrite-account"));
    QApplication::setApplicationVersion(QStringLiteral(APPWRITE_APP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.appwrite.account"));
    Appwrite::Redaction::installMessageFilter();
    // Logging out of the desktop closes the app as closing its window does.
    TerminationSignals::quitOn(app);
    AccountModel::setDefaultSessionStore(SessionStorage::instance()); // the keychain
    Language::instance()->apply();

    const Options options = parseArguments(app);
    const QString link = DesktopLinks::linkFromArguments(QApplication::arguments());

    // One app per user: a later launch (the desktop opening a link) hands over and exits.
    SingleInstance instance(SingleInstance::defaultServerName());
    if (!options.exitAfterFirstFrame && !options.benchmarkTour) {
        if (instance.handOff(link))
            return 0;
        instance.listen();
    }

    // The QML is compiled on the engine's loader thread from here on, while this thread starts
    // the sandbox, restores the connection and sets up the fonts.
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlEngine engine;
    UiEngine::configure(engine);
    auto precompiled = UiEngine::precompile(engine);

    EmbeddedSandbox embedded;
    if (options.sandbox || DesktopLinks::needsSandbox(link)) {
        EmbeddedSandbox::Options sandboxOptions;
        sandboxOptions.dataDir = EmbeddedSandbox::defaultDataDir();
        if (embedded.start(sandboxOptions)) {
            AppInfo::instance()->setSandboxEndpoint(embedded.endpoint());
            Connections::instance()->useSandbox();
        } else {
            std::fprintf(stderr, "appwrite-account: the sandbox did not start: %s\n",
                         qPrintable(embedded.errorString()));
        }
    } else if (!options.endpoint.isEmpty()) {
        Connections *connections = Connections::instance();
        const QString id = connections->add(QString(), options.endpoint, options.project, false);
        if (id.isEmpty()) {
            std::fprintf(stderr, "appwrite-account: not a usable endpoint: %s\n",
                         qPrintable(options.endpoint));
            return 2;
        }
        connections->select(id);
    }
    // Created after the connection is chosen, so a stored session is restored right away.
    AccountModel::instance();
    DesktopLinks links(&instance);

    UiEngine::warmUp(); // while the loader thread compiles

    // Before the window can show: its frames up to the first screen's start the work that waits.
    const auto beforeShown = [&](QQuickWindow *window) {
        // The window shows while its first screen compiles, then while the keychain is asked for
        // a saved session ("Checking your saved session"). On the first frame that shows the
        // first screen: the time printed for the benchmarks (first, so that it is when the frame
        // was shown), then the screens after it compiled in the background. The links and the
        // keychain's probe start on the first frame that no longer waits for the compilation,
        // which they would delay.
        auto watch = std::make_shared<QMetaObject::Connection>();
        auto started = std::make_shared<bool>(false);
        *watch = QObject::connect(window, &QQuickWindow::frameSwapped, window,
                                  [&sinceStart, &options, &engine, &links, window, watch, started] {
                                      const bool shown = showsFirstScreen(window);
                                      if (shown && options.exitAfterFirstFrame) {
                                          std::printf("first frame after %.1f ms\n",
                                                      ProcStats::msSinceProcessStart(sinceStart));
                                          std::fflush(stdout);
                                          QCoreApplication::quit();
                                      }
                                      if (!*started && !compilesFirstScreen(window)) {
                                          *started = true;
                                          links.start();
                                          SessionStorage::instance()->probe();
                                      }
                                      if (shown) {
                                          QObject::disconnect(*watch);
                                          UiEngine::precompileRest(engine);
                                      }
                                  });
    };
    const std::unique_ptr<QQuickWindow> window = UiEngine::createWindow(engine, beforeShown);
    if (!window)
        return 1;
    precompiled.clear();
    if (options.benchmarkTour)
        (new BenchmarkTour(window.get(), embedded.isRunning() ? embedded.processId() : 0))->start();
    if (!link.isEmpty())
        links.open(link);
    const int code = app.exec();
    SessionStorage::instance()->flush(); // a session saved just before quitting is kept
    embedded.stop(); // it closes its database before the app is gone
    return code;
}
