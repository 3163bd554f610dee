// 10,000 log entries and sessions: the real models fed by the real client from a seeded sandbox,
// then the real Activity and Sessions pages offscreen, scrolled from top to bottom.
//
//   bench_models [--rows N] [--reps N] [--step PX]
//
// Needs APPWRITE_SANDBOX_BIN. Prints "key value" lines:
//   logs_page_through_ms: LogsModel from reload to every row (pages of 25, fetchMore at once);
//   logs_rss_mb: resident memory the loaded LogsModel adds; sessions_load_ms / sessions_rss_mb: the
//   same for SessionsModel (the API lists all sessions in one answer);
//   <page>_open_ms: from loading the page to the first frame with its rows; <page>_open_stall_ms:
//   the longest the GUI thread was busy meanwhile;
//   <page>_frames, _frame_median_ms, _frame_p99_ms, _frame_max_ms, _frames_over_16ms,
//   _scroll_stall_ms: scrolling the page's list to the end, --step pixels a frame (the Activity
//   list loads older pages as it reaches the end, as a user would see it).
#include "benchstats.h"
#include "framerecorder.h"
#include "procstats.h"
#include "sandboxseed.h"

#include "core/accountmodel.h"
#include "core/connections.h"
#include "core/logsmodel.h"
#include "core/sessionsmodel.h"
#include "core/uiengine.h"

#include <QApplication>
#include <QEventLoop>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <malloc.h>

#include <cstdio>
#include <functional>

namespace {

[[noreturn]] void die(const QString &what)
{
    QTextStream(stderr) << "bench_models: " << what << "\n";
    std::exit(1);
}

//! Spins the event loop until \a done() holds (checked after every event burst), or dies.
void waitUntil(const std::function<bool()> &done, const QString &what, int timeoutMs = 600000)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake; // so that the timeout is seen even when nothing else happens
    wake.start(100);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            die(QStringLiteral("timed out waiting for %1").arg(what));
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

double residentMb()
{
    malloc_trim(0);
    return double(ProcStats::statusKb("VmRSS")) / 1024.0;
}

void print(const QByteArray &key, double value)
{
    std::printf("%s %.2f\n", key.constData(), value);
    std::fflush(stdout);
}

struct PagingResult
{
    double ms = 0;
    double rssMb = 0;
    int rows = 0;
};

PagingResult pageThroughLogs(AccountModel *account)
{
    const double before = residentMb();
    QElapsedTimer timer;
    timer.start();
    LogsModel logs;
    QObject::connect(&logs, &AccountListModel::loadingChanged, &logs, [&logs] {
        if (!logs.loading() && logs.canFetchMore({}))
            logs.fetchMore({});
    });
    logs.setAccount(account);
    const auto failed = [&logs] {
        return !logs.error().toMap().isEmpty();
    };
    waitUntil(
            [&] {
                return !logs.loading()
                        && (failed() || (logs.rowCount() > 0 && !logs.canFetchMore({})));
            },
            QStringLiteral("the logs"));
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (failed())
        die(QStringLiteral("the logs failed to load"));
    return {ms, residentMb() - before, logs.rowCount()};
}

PagingResult loadSessions(AccountModel *account)
{
    const double before = residentMb();
    QElapsedTimer timer;
    timer.start();
    SessionsModel sessions;
    sessions.setAccount(account);
    const auto failed = [&sessions] {
        return !sessions.error().toMap().isEmpty();
    };
    waitUntil([&] { return !sessions.loading() && (failed() || sessions.rowCount() > 0); },
              QStringLiteral("the sessions"));
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (failed())
        die(QStringLiteral("the sessions failed to load"));
    return {ms, residentMb() - before, sessions.rowCount()};
}

const char harness[] = R"(
import QtQuick
import QtQuick.Controls
import AppwriteAccount.Ui
ApplicationWindow {
    width: 1024
    height: 760
    visible: true
    color: Theme.window
    readonly property Item page: loader.item
    function show(name) { loader.source = "qrc:/qt/qml/AppwriteAccount/Ui/pages/" + name + "Page.qml" }
    Loader { id: loader; anchors.fill: parent }
}
)";

//! Opens one page, waits for its model to hold every row, then scrolls \a flickableName to the
//! end, \a step pixels a frame, and prints the measures under \a key.
void measurePage(QQuickWindow *window, const QString &page, const QString &flickableName, int step,
                 const char *key)
{
    FrameRecorder recorder(window);
    QElapsedTimer timer;
    recorder.start();
    timer.start();
    QMetaObject::invokeMethod(window, "show", Q_ARG(QVariant, page));
    auto *item = window->property("page").value<QQuickItem *>();
    if (!item)
        die(QStringLiteral("%1 did not load").arg(page));
    AccountListModel *model = item->findChild<LogsModel *>();
    if (!model)
        model = item->findChild<SessionsModel *>();
    QQuickItem *flickable = item->objectName() == flickableName
            ? item
            : item->findChild<QQuickItem *>(flickableName);
    if (!model || !flickable)
        die(QStringLiteral("%1: no model or no %2").arg(page, flickableName));
    bool shown = false;
    QObject::connect(&recorder, &FrameRecorder::frameDone, &recorder, [&] {
        if (!model->loading() && model->rowCount() > 0)
            shown = true;
    });
    waitUntil([&] { return shown; }, QStringLiteral("%1 to show rows").arg(page));
    recorder.stop();
    const QByteArray prefix(key);
    print(prefix + "_open_ms", double(timer.nsecsElapsed()) / 1e6);
    print(prefix + "_open_stall_ms", recorder.longestStallMs());

    // Scrolling: each frame moves the view on; the step's own work (delegates are made right
    // there) counts for the frame it leads to.
    auto *logs = qobject_cast<LogsModel *>(model);
    auto finished = [&] {
        const bool allRows = !logs || (!logs->loading() && logs->rowCount() >= logs->total());
        return allRows && flickable->property("atYEnd").toBool();
    };
    bool done = false;
    auto advance = [&] {
        if (finished()) {
            done = true;
            return;
        }
        const double end = flickable->property("originY").toDouble()
                + flickable->property("contentHeight").toDouble() - flickable->height();
        const double y = flickable->property("contentY").toDouble();
        if (y >= end)
            return; // waiting for the next page of rows
        QElapsedTimer work;
        work.start();
        flickable->setProperty("contentY", qMin(end, y + step));
        recorder.addPreWork(work.nsecsElapsed());
        window->update();
    };
    QObject::connect(&recorder, &FrameRecorder::frameDone, &recorder, advance);
    // Rows arriving while the view waits at the end start the next frame.
    QObject::connect(model, &QAbstractItemModel::rowsInserted, window,
                     [window] { window->update(); });
    timer.restart();
    recorder.start();
    advance();
    waitUntil([&] { return done; }, QStringLiteral("%1 to scroll to the end").arg(page));
    recorder.stop();
    QObject::disconnect(model, nullptr, window, nullptr);
    const QList<double> &frames = recorder.frames();
    print(prefix + "_rows", model->rowCount());
    print(prefix + "_scroll_ms", double(timer.nsecsElapsed()) / 1e6);
    print(prefix + "_frames", double(frames.size()));
    print(prefix + "_frame_median_ms", BenchStats::median(frames));
    print(prefix + "_frame_p99_ms", BenchStats::quantile(frames, 0.99));
    print(prefix + "_frame_max_ms", BenchStats::quantile(frames, 1.0));
    print(prefix + "_frames_over_16ms",
          double(std::count_if(frames.begin(), frames.end(), [](double ms) { return ms > 16; })));
    print(prefix + "_scroll_stall_ms", recorder.longestStallMs());
    print(prefix + "_rss_mb", residentMb());
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Frames are timed on the GUI thread: the basic render loop does everything there.
    if (qEnvironmentVariableIsEmpty("QSG_RENDER_LOOP"))
        qputenv("QSG_RENDER_LOOP", "basic");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("appwrite-bench"));
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    auto intArg = [&args](const QString &name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at > 0 ? args.value(at + 1).toInt() : fallback;
    };
    const int rows = intArg(QStringLiteral("--rows"), 10000);
    const int reps = intArg(QStringLiteral("--reps"), 3);
    const int step = intArg(QStringLiteral("--step"), 100);

    QTemporaryDir data;
    SandboxSeed seed;
    if (!data.isValid() || !seed.start(data.path(), rows - 1, rows))
        die(QStringLiteral("seeding failed: %1").arg(seed.errorString()));

    Connections *connections = Connections::instance();
    connections->select(connections->add(QStringLiteral("Bench"), seed.endpoint().toString(),
                                         seed.project(), false));
    AccountModel *account = AccountModel::instance();
    Operation *signIn = account->signIn(seed.email(), seed.password());
    waitUntil([&] { return signIn->done(); }, QStringLiteral("the sign-in"));
    if (!signIn->ok() || !account->signedIn())
        die(QStringLiteral("the sign-in failed"));

    QList<double> logsMs, logsMb, sessionsMs, sessionsMb;
    int logRows = 0;
    int sessionRows = 0;
    for (int i = 0; i < reps; ++i) {
        const PagingResult logs = pageThroughLogs(account);
        logsMs.append(logs.ms);
        logsMb.append(logs.rssMb);
        logRows = logs.rows;
        const PagingResult sessions = loadSessions(account);
        sessionsMs.append(sessions.ms);
        sessionsMb.append(sessions.rssMb);
        sessionRows = sessions.rows;
    }
    print("logs_rows", logRows);
    print("logs_page_through_ms", BenchStats::median(logsMs));
    print("logs_rss_mb", BenchStats::median(logsMb));
    print("sessions_rows", sessionRows);
    print("sessions_load_ms", BenchStats::median(sessionsMs));
    print("sessions_rss_mb", BenchStats::median(sessionsMb));

    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    UiEngine::configure(engine);
    engine.loadData(harness);
    auto *window = engine.rootObjects().isEmpty()
            ? nullptr
            : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        die(QStringLiteral("the window did not load"));
    print("window_rss_mb", residentMb());
    measurePage(window, QStringLiteral("Activity"), QStringLiteral("activityList"), step,
                "activity");
    measurePage(window, QStringLiteral("Sessions"), QStringLiteral("sessionsList"), step,
                "sessions_page");
    return 0;
}
