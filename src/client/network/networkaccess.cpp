#include "client/network/networkaccess.h"

#include "client/network/http1reply.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QTcpSocket>

namespace Appwrite {

namespace {

constexpr int maxIdlePerOrigin = 6; // as many as Qt keeps per host

QByteArray verbOf(QNetworkAccessManager::Operation operation, const QNetworkRequest &request)
{
    switch (operation) {
    case QNetworkAccessManager::HeadOperation:
        return QByteArrayLiteral("HEAD");
    case QNetworkAccessManager::GetOperation:
        return QByteArrayLiteral("GET");
    case QNetworkAccessManager::PutOperation:
        return QByteArrayLiteral("PUT");
    case QNetworkAccessManager::PostOperation:
        return QByteArrayLiteral("POST");
    case QNetworkAccessManager::DeleteOperation:
        return QByteArrayLiteral("DELETE");
    default:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

} // namespace

NetworkAccess::NetworkAccess(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

bool NetworkAccess::answersItself(const QNetworkRequest &request) const
{
    const QUrl url = request.url();
    if (url.scheme() != QLatin1String("http") || url.host().isEmpty() || cache())
        return false;
    // Only requests that handle cookies and redirects themselves, as the Appwrite client does:
    // the rest needs Qt's cookie jar and redirect logic.
    const auto manual = [&request](QNetworkRequest::Attribute attribute) {
        return request.attribute(attribute).toInt() == QNetworkRequest::Manual;
    };
    const auto redirects =
            request.attribute(QNetworkRequest::RedirectPolicyAttribute, int(redirectPolicy()));
    if (!manual(QNetworkRequest::CookieLoadControlAttribute)
        || !manual(QNetworkRequest::CookieSaveControlAttribute)
        || redirects.toInt() != QNetworkRequest::ManualRedirectPolicy)
        return false;
    QNetworkProxy chosen = proxy();
    if (chosen.type() == QNetworkProxy::DefaultProxy) {
        const auto proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
        chosen = proxies.value(0, QNetworkProxy(QNetworkProxy::NoProxy));
    }
    return chosen.type() == QNetworkProxy::NoProxy;
}

QNetworkReply *NetworkAccess::createRequest(Operation operation, const QNetworkRequest &request,
                                            QIODevice *outgoingData)
{
    const QByteArray verb = verbOf(operation, request);
    if (verb.isEmpty() || !answersItself(request))
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    const QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
    return new Http1Reply(this, operation, verb, request, body);
}

QTcpSocket *NetworkAccess::takeIdle(const QString &origin)
{
    while (QTcpSocket *socket = m_idle.take(origin)) {
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
            return socket;
        socket->deleteLater();
    }
    return nullptr;
}

void NetworkAccess::keepIdle(const QString &origin, QTcpSocket *socket)
{
    socket->setParent(this);
    if (m_idle.count(origin) >= maxIdlePerOrigin) {
        socket->disconnectFromHost();
        socket->deleteLater();
        return;
    }
    m_idle.insert(origin, socket);
    // Closed by the server, or sent anything unasked: of no further use.
    const auto drop = [this, origin, socket] {
        m_idle.remove(origin, socket);
        socket->disconnect(this);
        socket->deleteLater();
    };
    connect(socket, &QTcpSocket::disconnected, this, drop);
    connect(socket, &QTcpSocket::readyRead, this, drop);
}

void NetworkAccess::closeIdle()
{
    for (QTcpSocket *socket : std::as_const(m_idle)) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_idle.clear();
}

} // namespace Appwrite
