#include "openapirecordingproxy.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

struct Head
{
    QByteArray startLine;
    OpenApiHeaders headers;
    qsizetype bodyStart = -1; //!< -1 while the head is incomplete
    qsizetype contentLength = -1;
    bool chunked = false;
};

Head parseHead(const QByteArray &data)
{
    Head head;
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return head;
    const QList<QByteArray> lines = data.left(end).split('\n');
    head.startLine = lines.value(0).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        head.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            head.contentLength = value.toLongLong();
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            head.chunked = value.toLower().contains("chunked");
    }
    head.bodyStart = end + 4;
    return head;
}

// The decoded body of a chunked message, or nullopt while incomplete.
std::optional<QByteArray> dechunk(const QByteArray &data, qsizetype from)
{
    QByteArray body;
    qsizetype at = from;
    for (;;) {
        const qsizetype lineEnd = data.indexOf("\r\n", at);
        if (lineEnd < 0)
            return std::nullopt;
        bool ok = false;
        const qsizetype size =
                data.mid(at, lineEnd - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok)
            return std::nullopt;
        if (size == 0)
            return body;
        if (data.size() < lineEnd + 2 + size + 2)
            return std::nullopt;
        body += data.mid(lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
    }
}

QByteArray serialize(const QByteArray &startLine, const OpenApiHeaders &headers,
                     const QByteArray &body)
{
    QByteArray out = startLine + "\r\n";
    for (const auto &[name, value] : headers) {
        if (name.compare("Connection", Qt::CaseInsensitive) == 0
            || name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            continue;
        out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    return out + body;
}

} // namespace

OpenApiRecordingProxy::OpenApiRecordingProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &OpenApiRecordingProxy::accept);
}

bool OpenApiRecordingProxy::listen(const QUrl &upstream)
{
    m_upstream = upstream;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl OpenApiRecordingProxy::endpoint() const
{
    QUrl url = m_upstream;
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server.serverPort());
    return url;
}

void OpenApiRecordingProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        connect(client, &QTcpSocket::readyRead, this, [this, client] { readRequest(client); });
        connect(client, &QTcpSocket::disconnected, this, [this, client] {
            m_clientBuffers.remove(client);
            client->deleteLater();
        });
    }
}

void OpenApiRecordingProxy::readRequest(QTcpSocket *client)
{
    QByteArray &buffer = m_clientBuffers[client];
    buffer += client->readAll();
    const Head head = parseHead(buffer);
    if (head.bodyStart < 0)
        return;
    OpenApiRequest request;
    if (head.chunked) {
        const std::optional<QByteArray> body = dechunk(buffer, head.bodyStart);
        if (!body)
            return;
        request.body = *body;
    } else {
        const qsizetype length = qMax<qsizetype>(0, head.contentLength);
        if (buffer.size() < head.bodyStart + length)
            return;
        request.body = buffer.mid(head.bodyStart, length);
    }
    const QList<QByteArray> parts = head.startLine.split(' ');
    request.method = parts.value(0);
    request.target = parts.value(1);
    request.headers = head.headers;
    buffer.clear();
    disconnect(client, &QTcpSocket::readyRead, this, nullptr);
    forward(client, request);
}

void OpenApiRecordingProxy::forward(QTcpSocket *client, const OpenApiRequest &request)
{
    auto *upstream = new QTcpSocket(this);
    connect(upstream, &QTcpSocket::connected, this, [upstream, request] {
        upstream->write(serialize(request.method + ' ' + request.target + " HTTP/1.1",
                                  request.headers, request.body));
    });
    connect(upstream, &QTcpSocket::readyRead, this,
            [this, client, upstream] { readResponse(client, upstream, false); });
    connect(upstream, &QTcpSocket::disconnected, this,
            [this, client, upstream] { readResponse(client, upstream, true); });
    connect(upstream, &QTcpSocket::errorOccurred, this, [this, client, upstream] {
        if (upstream->state() != QAbstractSocket::ConnectedState)
            readResponse(client, upstream, true);
    });
    upstream->setProperty("request", QVariant::fromValue(m_exchanges.size()));
    m_exchanges.append({request, {}});
    upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port(80)));
}

void OpenApiRecordingProxy::readResponse(QTcpSocket *client, QTcpSocket *upstream, bool finished)
{
    QByteArray &buffer = m_upstreamBuffers[upstream];
    buffer += upstream->readAll();
    const Head head = parseHead(buffer);
    std::optional<QByteArray> body;
    if (head.bodyStart >= 0) {
        if (head.chunked)
            body = dechunk(buffer, head.bodyStart);
        else if (head.contentLength >= 0 && buffer.size() >= head.bodyStart + head.contentLength)
            body = buffer.mid(head.bodyStart, head.contentLength);
        else if (head.contentLength < 0 && finished)
            body = buffer.mid(head.bodyStart);
    }
    if (!body && !finished)
        return;
    OpenApiResponse &response = m_exchanges[upstream->property("request").toInt()].response;
    if (body) {
        response.status = head.startLine.split(' ').value(1).toInt();
        response.headers = head.headers;
        response.body = *body;
        client->write(serialize(head.startLine, head.headers, *body));
    } else {
        client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    }
    client->disconnectFromHost();
    m_upstreamBuffers.remove(upstream);
    upstream->disconnect(this);
    upstream->abort();
    upstream->deleteLater();
}
