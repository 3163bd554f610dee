#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &extraArgs)
{
    const QString external = qEnvironmentVariable("APPWRITE_ENDPOINT");
    if (!external.isEmpty()) {
        m_external = true;
        m_endpoint = QUrl(external);
        m_project = qEnvironmentVariable("APPWRITE_PROJECT");
        return m_endpoint.isValid() && !m_project.isEmpty();
    }
    return launch(
            QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--memory")}
            + extraArgs);
}

bool SandboxProcess::startWithData(const QString &dataDir, const QStringList &extraArgs)
{
    return launch(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                              QStringLiteral("--data"), dataDir}
                  + extraArgs);
}

bool SandboxProcess::launch(const QStringList &args)
{
    const QString binary = qEnvironmentVariable("APPWRITE_SANDBOX_BIN");
    if (binary.isEmpty()) {
        m_error = QStringLiteral("APPWRITE_SANDBOX_BIN is not set (run the test through ctest)");
        return false;
    }
    m_process.setProgram(binary);
    m_process.setArguments(args);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    static const QRegularExpression ready(
            QStringLiteral("^appwrite-sandbox listening on (\\S+) project=(\\S+)$"));
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            const auto match = ready.match(line);
            if (match.hasMatch()) {
                m_endpoint = QUrl(match.captured(1));
                m_project = match.captured(2);
                return true;
            }
        }
    }
    m_error = QStringLiteral("the sandbox did not get ready: %1")
                      .arg(QString::fromUtf8(m_process.readAllStandardError()));
    return false;
}

void SandboxProcess::stop(bool kill)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    if (kill)
        m_process.kill();
    else
        m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
