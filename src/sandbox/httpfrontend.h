#pragma once

#include "sandbox/response.h"

#include <QAbstractHttpServer>

#include <functional>

namespace Sandbox {

//! QAbstractHttpServer that hands every request to one dispatch function and writes the
//! Response as is (repeated Set-Cookie headers, any status code, exact Content-Type).
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Dispatch = std::function<Response(const QHttpServerRequest &)>;
    explicit HttpFrontend(Dispatch dispatch, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Dispatch m_dispatch;
};

} // namespace Sandbox
