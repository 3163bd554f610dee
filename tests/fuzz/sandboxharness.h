#pragma once

#include "sandbox/options.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <memory>

namespace Sandbox {
class HttpFrontend;
class Router;
class Services;
} // namespace Sandbox

//! The sandbox in this process on a loopback port, with one signed-in user, and a way to put
//! its in-memory SQLite back to that state before every request. The fuzz target and the
//! regression tests feed it raw HTTP, so requests take the path real ones take.
class SandboxHarness
{
public:
    SandboxHarness();
    ~SandboxHarness();

    //! Starts serving and signs the user in; false when the sandbox cannot start.
    bool start();
    //! Puts every table back as start() left it.
    void restore();
    //! Sends \a request (a complete HTTP/1.1 request) and returns the raw answer, empty when the
    //! server closed the connection without one or did not answer within \a timeoutMs.
    QByteArray send(const QByteArray &request, int timeoutMs = 3000);
    //! A complete HTTP/1.1 request from the fuzz input's format (see fuzz_sandbox_http.cpp):
    //! placeholders replaced, Content-Length and Host added, framing headers dropped.
    QByteArray build(const QByteArray &text) const;

    //! What the placeholders @USER@, @SESSION@, @SESSIONID@ and @JWT@ stand for.
    QHash<QByteArray, QByteArray> placeholders() const;

private:
    QByteArray signIn();

    Sandbox::Options m_options;
    std::unique_ptr<Sandbox::Services> m_services;
    std::unique_ptr<Sandbox::Router> m_router;
    std::unique_ptr<Sandbox::HttpFrontend> m_http;
    quint16 m_port = 0;
    QStringList m_tables;
    QByteArray m_userId;
    QByteArray m_sessionId;
    QByteArray m_credential;
};
