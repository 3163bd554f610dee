#include "benchmarktour.h"
#include "procstats.h"

#include "client/client.h"
#include "client/id.h"
#include "core/accountmodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QQuickItem>
#include <QQuickWindow>

#include <cstdio>

namespace {

constexpr qint64 glanceMs = 1000;

} // namespace

BenchmarkTour::BenchmarkTour(QQuickWindow *window, qint64 sandboxPid)
    : QObject(window)
    , m_window(window)
    , m_sandboxPid(sandboxPid)
{
    m_poll.setInterval(20);
    connect(&m_poll, &QTimer::timeout, this, &BenchmarkTour::poll);
    connect(window, &QQuickWindow::frameSwapped, this, [this] { ++m_framesSincePageOpened; });
}

void BenchmarkTour::start()
{
    AccountModel *account = AccountModel::instance();
    if (!account->connected()) {
        std::fprintf(stderr, "appwrite-account: --benchmark-tour needs --sandbox or --endpoint\n");
        finish(2);
        return;
    }
    Operation *signUp =
            account->signUp(QStringLiteral("tour-%1@example.com").arg(Appwrite::ID::unique()),
                            QStringLiteral("bench-password-123"), QStringLiteral("Tour"));
    connect(signUp, &Operation::finished, this, [this, signUp] {
        if (!signUp->ok()) {
            std::fprintf(stderr, "appwrite-account: the tour could not sign up\n");
            finish(1);
            return;
        }
        m_poll.start();
    });
}

// Waits for the shell, then for each page: a frame shown, no request in flight for 100 ms, and
// as long on it as a person glancing at the page (the app tidies up after a page it dropped once
// the person settles on another, see MemoryReclaimer).
void BenchmarkTour::poll()
{
    if (!m_shell) {
        // From the window: QML parents an ApplicationWindow's items to the window as QObjects.
        m_shell = m_window->findChild<QQuickItem *>(QStringLiteral("accountShell"));
        if (!m_shell)
            return;
        for (const QVariant &page : m_shell->property("allPages").toList())
            m_pages.append(page.toMap().value(QStringLiteral("name")).toString());
        std::printf("page (shell) vmrss_kb %lld\n", ProcStats::statusKb("VmRSS"));
        openNextPage();
        return;
    }
    const Appwrite::Client *client = AccountModel::instance()->client();
    const bool quiet = m_framesSincePageOpened > 0 && (!client || client->pendingCount() == 0);
    m_quietPolls = quiet ? m_quietPolls + 1 : 0;
    if (m_quietPolls >= 5 && m_sincePageOpened.hasExpired(glanceMs))
        openNextPage();
}

void BenchmarkTour::openNextPage()
{
    if (!m_current.isEmpty())
        std::printf("page %s vmrss_kb %lld\n", qPrintable(m_current), ProcStats::statusKb("VmRSS"));
    if (m_pages.isEmpty()) {
        std::printf("tour vmhwm_kb %lld vmrss_kb %lld\n", ProcStats::statusKb("VmHWM"),
                    ProcStats::statusKb("VmRSS"));
        if (m_sandboxPid > 0)
            std::printf("sandbox vmhwm_kb %lld\n",
                        ProcStats::statusKb("VmHWM", QByteArray::number(m_sandboxPid)));
        std::fflush(stdout);
        finish(0);
        return;
    }
    m_current = m_pages.takeFirst();
    m_shell->setProperty("currentPage", m_current);
    m_framesSincePageOpened = 0;
    m_quietPolls = 0;
    m_sincePageOpened.start();
    m_window->update();
}

void BenchmarkTour::finish(int code)
{
    m_poll.stop();
    QCoreApplication::exit(code);
}
