#include "sandbox/sandboxserver.h"

#include "sandbox/authroutes.h"
#include "sandbox/coreroutes.h"
#include "sandbox/httpfrontend.h"
#include "sandbox/router.h"
#include "sandbox/services.h"

namespace Sandbox {

SandboxServer::SandboxServer(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_services(std::make_unique<Services>(m_options))
    , m_router(std::make_unique<Router>(*m_services))
    , m_http(std::make_unique<HttpFrontend>(
              [this](const QHttpServerRequest &request) { return m_router->dispatch(request); }))
{
    addRoutes();
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start()
{
    if (!m_services->open()) {
        m_error = m_services->errorString();
        return false;
    }
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
    // One line per route family; each lives in its own file.
    addHealthRoutes(*m_router);
    addAccountRoutes(*m_router);
    addSessionRoutes(*m_router);
    addActivityRoutes(*m_router);
    addTargetRoutes(*m_router);
    addAuthRoutes(*m_router);
}

} // namespace Sandbox
