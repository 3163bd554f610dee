#include "sandbox/httpfrontend.h"

#include "sandbox/faultinjector.h"

#include <QHttpServerResponder>
#include <QLoggingCategory>

namespace Sandbox {

namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;

// Qt's qt.httpserver* categories print each request with its headers, session cookies
// included: their debug output stays off whatever QT_LOGGING_RULES asks for.
void withoutRequestDumps(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

HttpFrontend::HttpFrontend(Dispatch dispatch, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dispatch(std::move(dispatch))
{
    static const bool filtered = [] {
        previousFilter = QLoggingCategory::installFilter(withoutRequestDumps);
        return true;
    }();
    Q_UNUSED(filtered);
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (m_faults) {
        m_faults->serve(request, makeResponder(request, socket), m_dispatch);
        return true;
    }
    const Response response = m_dispatch(request, nullptr);
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
