#pragma once

#include "sandbox/response.h"

#include <QAbstractHttpServer>

#include <functional>

namespace Sandbox {

class FaultInjector;

//! QAbstractHttpServer that hands every request to one dispatch function and writes the
//! Response as is (repeated Set-Cookie headers, any status code, exact Content-Type).
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpFrontend(Dispatch dispatch, QObject *parent = nullptr);
    //! Answers through \a faults (not owned; nullptr: answer directly).
    void setFaultInjector(FaultInjector *faults) { m_faults = faults; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Dispatch m_dispatch;
    FaultInjector *m_faults = nullptr;
};

} // namespace Sandbox
