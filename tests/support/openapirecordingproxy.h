#pragma once

#include "openapispec.h"

#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

//! A request and the answer it got, as they crossed the wire.
struct OpenApiExchange
{
    OpenApiRequest request;
    OpenApiResponse response;
};

//! A loopback HTTP/1.1 proxy in front of a server that records every exchange byte for byte
//! (so tests see what a client really sent and got, not what it believes it sent). One
//! upstream connection per request; the answer closes the client connection, so clients simply
//! reconnect. Plain HTTP only.
class OpenApiRecordingProxy : public QObject
{
    Q_OBJECT
public:
    explicit OpenApiRecordingProxy(QObject *parent = nullptr);

    //! Listens on 127.0.0.1 (free port) and forwards to \a upstream's host and port.
    bool listen(const QUrl &upstream);
    //! \a upstream with the proxy's host and port (same path).
    QUrl endpoint() const;
    quint16 port() const { return m_server.serverPort(); }

    const QList<OpenApiExchange> &exchanges() const { return m_exchanges; }

private:
    void accept();
    void readRequest(QTcpSocket *client);
    void forward(QTcpSocket *client, const OpenApiRequest &request);
    void readResponse(QTcpSocket *client, QTcpSocket *upstream, bool finished);

    QTcpServer m_server;
    QUrl m_upstream;
    QHash<QTcpSocket *, QByteArray> m_clientBuffers;
    QHash<QTcpSocket *, QByteArray> m_upstreamBuffers;
    QList<OpenApiExchange> m_exchanges;
};
