#pragma once

#include "sandbox/options.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Sandbox {

class FaultInjector;
class HttpFrontend;
class Router;
class Services;

//! The local Appwrite-compatible Account server. Runs in the caller's thread.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(Options options, QObject *parent = nullptr);
    ~SandboxServer() override;

    //! Opens the data, binds and starts serving; false with errorString() when it cannot.
    bool start();
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    //! The API root clients use, e.g. http://127.0.0.1:41234/v1 (https with a certificate)
    QUrl endpoint() const;
    const Options &options() const { return m_options; }

private:
    void addRoutes();
    bool setUpTls();

    Options m_options;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<HttpFrontend> m_http;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Sandbox
