#include "core/embeddedsandbox.h"

#include <QDir>
#include <QStandardPaths>

EmbeddedSandbox::EmbeddedSandbox(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
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

bool EmbeddedSandbox::start(const Sandbox::Options &options)
{
    if (m_thread.isRunning())
        return isRunning();
    if (!options.inMemory && !options.dataDir.isEmpty())
        QDir().mkpath(options.dataDir);
    m_thread.start();
    // Everything the server owns (sockets, database connection) must be created on its thread.
    auto *worker = new QObject;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    bool started = false;
    QMetaObject::invokeMethod(
            worker,
            [this, &options, &started] {
                m_server = new Sandbox::SandboxServer(options);
                started = m_server->start();
                if (started) {
                    m_endpoint = m_server->endpoint();
                    m_projectId = m_server->options().projectId;
                } else {
                    m_error = m_server->errorString();
                    delete m_server;
                    m_server = nullptr;
                }
            },
            Qt::BlockingQueuedConnection);
    if (!started)
        stop();
    return started;
}

void EmbeddedSandbox::stop()
{
    if (!m_thread.isRunning())
        return;
    if (m_server) {
        Sandbox::SandboxServer *server = m_server;
        m_server = nullptr;
        QMetaObject::invokeMethod(
                server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
    m_endpoint.clear();
}
