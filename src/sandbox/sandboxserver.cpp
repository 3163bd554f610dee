#include "sandbox/sandboxserver.h"

#include "sandbox/authroutes.h"
#include "sandbox/coreroutes.h"
#include "sandbox/faultinjector.h"
#include "sandbox/httpfrontend.h"
#include "sandbox/router.h"
#include "sandbox/services.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace Sandbox {

SandboxServer::SandboxServer(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_services(std::make_unique<Services>(m_options))
    , m_router(std::make_unique<Router>(*m_services))
    , m_faults(std::make_unique<FaultInjector>(m_options.faults))
    , m_http(std::make_unique<HttpFrontend>(
              [this](const QHttpServerRequest &request, const Response *instead) {
                  return m_router->dispatch(request, instead);
              }))
{
    m_http->setFaultInjector(m_faults.get());
    addRoutes();
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start()
{
    if (!m_services->open()) {
        m_error = m_services->errorString();
        return false;
    }
    if (!m_options.tlsCertificate.isEmpty() && !setUpTls())
        return false;
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
    url.setScheme(m_options.tlsCertificate.isEmpty() ? QStringLiteral("http")
                                                     : QStringLiteral("https"));
    url.setHost(m_options.host.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/v1"));
    return url;
}

bool SandboxServer::setUpTls()
{
#if QT_CONFIG(ssl)
    QFile certificateFile(m_options.tlsCertificate);
    QFile keyFile(m_options.tlsKey);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read the TLS certificate or key.");
        return false;
    }
    const QSslCertificate certificate(certificateFile.readAll());
    const QByteArray keyData = keyFile.readAll();
    QSslKey key(keyData, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec);
    if (certificate.isNull() || key.isNull()) {
        m_error = tr("The TLS certificate or key is not a PEM file this server can use.");
        return false;
    }
    m_http->sslSetup(certificate, key);
    return true;
#else
    m_error = tr("This build has no TLS support.");
    return false;
#endif
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
