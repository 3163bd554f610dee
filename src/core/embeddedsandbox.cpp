#include "core/embeddedsandbox.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>

namespace {

constexpr int startTimeoutMs = 20000;
constexpr int stopTimeoutMs = 5000;
// What appwrite-sandbox prints once it listens: "appwrite-sandbox listening on <url> project=<id>".
const QByteArray listeningPrefix = QByteArrayLiteral("appwrite-sandbox listening on ");

} // namespace

EmbeddedSandbox::EmbeddedSandbox(QObject *parent)
    : QObject(parent)
{
    // Its output matters only until it listens; after that it is read and dropped, so that a
    // chatty sandbox can never fill the pipe and stall.
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        if (isRunning())
            m_process.readAllStandardOutput();
    });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        if (isRunning())
            m_process.readAllStandardError();
    });
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    stop();
}

QString EmbeddedSandbox::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/sandbox");
}

QString EmbeddedSandbox::executable()
{
    const QString configured = qEnvironmentVariable("APPWRITE_SANDBOX_BIN");
    if (!configured.isEmpty())
        return configured;
    const QString beside =
            QCoreApplication::applicationDirPath() + QStringLiteral("/appwrite-sandbox");
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("appwrite-sandbox"));
}

bool EmbeddedSandbox::start(const Options &options)
{
    if (m_process.state() != QProcess::NotRunning)
        return isRunning();
    const QString program = executable();
    if (program.isEmpty())
        return fail(tr("appwrite-sandbox is not installed next to the app."));
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0")};
    if (options.inMemory) {
        arguments << QStringLiteral("--memory");
    } else {
        QDir().mkpath(options.dataDir);
        arguments << QStringLiteral("--data") << options.dataDir;
    }
    if (!options.rateLimits)
        arguments << QStringLiteral("--no-rate-limits");
    // Ends with the app, even one that crashed or was killed.
    m_process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(startTimeoutMs))
        return fail(m_process.errorString());

    const QDeadlineTimer deadline(startTimeoutMs);
    while (!deadline.hasExpired()) {
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (!line.startsWith(listeningPrefix))
                continue;
            const QList<QByteArray> parts = line.mid(listeningPrefix.size()).split(' ');
            m_projectId = QString::fromUtf8(parts.value(1)).section(QLatin1Char('='), 1);
            m_endpoint = QUrl(QString::fromUtf8(parts.value(0)));
            m_process.readAllStandardError();
            return true;
        }
        if (m_process.state() == QProcess::NotRunning
            || !m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
    }
    const QString said = QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed();
    return fail(said.isEmpty() ? tr("appwrite-sandbox did not start.") : said);
}

void EmbeddedSandbox::stop()
{
    m_endpoint.clear();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // it closes its database and exits
    if (!m_process.waitForFinished(stopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(stopTimeoutMs);
    }
}

bool EmbeddedSandbox::fail(const QString &message)
{
    m_error = message;
    stop();
    return false;
}
