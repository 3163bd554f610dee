#include "sandbox/sandboxserver.h"

#include <QHttpServer>
#include <QJsonObject>

namespace Sandbox {

SandboxServer::SandboxServer(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_http(std::make_unique<QHttpServer>())
{
    addRoutes();
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start()
{
    m_port = m_http->listen(m_options.host, m_options.port);
    if (m_port == 0) {
        m_error = tr("Cannot listen on %1 port %2.")
                          .arg(m_options.host.toString())
                          .arg(m_options.port);
        return false;
    }
    return true;
}

QUrl SandboxServer::endpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_options.host.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/v1"));
    return url;
}

void SandboxServer::addRoutes()
{
    m_http->route(QStringLiteral("/v1/sandbox/health"), QHttpServerRequest::Method::Get, [] {
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("pass")}};
    });
}

} // namespace Sandbox
