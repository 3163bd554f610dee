#include "sandbox/httpfrontend.h"

#include <QHttpServerResponder>

namespace Sandbox {

HttpFrontend::HttpFrontend(Dispatch dispatch, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatch(std::move(dispatch))
{ }

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const Response response = m_dispatch(request);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status()));
    for (const auto &[name, value] : response.headers())
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body().size()));
    responder.writeBody(response.body());
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() answers everything.
}

} // namespace Sandbox
