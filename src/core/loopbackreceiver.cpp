#include "core/loopbackreceiver.h"

#include "core/callbackpage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
// A browser's GET with headers fits easily; anything longer is not a browser coming back.
constexpr qsizetype maxRequestBytes = 32 * 1024;
// A connection that sends no complete request in this time (a speculative pre-connect) is
// dropped, so it cannot hold the listener open.
constexpr int requestTimeoutMs = 15000;
// Ports to try when ::1 has the port that 127.0.0.1 got already taken by someone else.
constexpr int bindAttempts = 8;

QString randomState()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool sameSecret(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    ushort diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= a.at(i).unicode() ^ b.at(i).unicode();
    return diff == 0;
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    }
    return "Error";
}

//! The message of the `error` JSON Appwrite appends to the failure URL.
QString failureDetail(const QUrlQuery &query)
{
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QJsonObject object = QJsonDocument::fromJson(error.toUtf8()).object();
    return object.value(QStringLiteral("message")).toString(error);
}
} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
{ }

LoopbackReceiver::~LoopbackReceiver()
{
    close();
}

bool LoopbackReceiver::listen()
{
    close();
    for (int attempt = 0; attempt < bindAttempts; ++attempt) {
        auto *v4 = new QTcpServer(this);
        if (!v4->listen(QHostAddress::LocalHost, 0)) {
            delete v4;
            return false;
        }
        auto *v6 = new QTcpServer(this);
        if (!v6->listen(QHostAddress::LocalHostIPv6, v4->serverPort())) {
            const bool taken = v6->serverError() == QAbstractSocket::AddressInUseError;
            delete v6;
            v6 = nullptr;
            if (taken) {
                // Another program has this port on ::1: a browser trying ::1 first would hand it
                // the secret. Try another port.
                delete v4;
                continue;
            }
            // No IPv6 loopback on this machine: browsers fall back on 127.0.0.1.
        }
        m_servers << v4;
        if (v6)
            m_servers << v6;
        for (QTcpServer *server : std::as_const(m_servers))
            connect(server, &QTcpServer::newConnection, this, [this, server] { accept(server); });
        m_port = v4->serverPort();
        m_state = randomState();
        return true;
    }
    return false;
}

void LoopbackReceiver::close()
{
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket) {
            socket->abort();
            socket->deleteLater();
        }
    }
    m_sockets.clear();
    m_port = 0;
    m_state.clear();
}

bool LoopbackReceiver::isListening() const
{
    return !m_servers.isEmpty() && m_servers.constFirst()->isListening();
}

QUrl LoopbackReceiver::url(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    // The host must be spelled "localhost": Appwrite accepts it as a redirect target for every
    // project, 127.0.0.1 only when it is the API's own host.
    url.setHost(QStringLiteral("localhost"));
    url.setPort(m_port);
    url.setPath(path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("state"), m_state);
    url.setQuery(query);
    return url;
}

void LoopbackReceiver::accept(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        // Owned here, not by the server: the answer must survive the listener closing.
        socket->setParent(this);
        m_sockets << socket;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(requestTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackReceiver::read(QTcpSocket *socket)
{
    if (socket->bytesAvailable() > maxRequestBytes) {
        socket->abort();
        return;
    }
    // Wait for the whole head; the request has no body we care about.
    const QByteArray head = socket->peek(maxRequestBytes);
    if (!head.contains("\r\n\r\n"))
        return;
    socket->readAll();
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        answer(socket, 400, CallbackPage::html(CallbackPage::Kind::Refused));
        return;
    }
    if (requestLine.at(0) != "GET") {
        answer(socket, 405, CallbackPage::html(CallbackPage::Kind::Refused));
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)), QUrl::StrictMode);
    const QUrlQuery query(target);
    const QString path = target.path();
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (!target.isValid() || m_state.isEmpty() || !sameSecret(state, m_state)) {
        // favicon requests and strangers on the port get nothing but a page.
        answer(socket, path == QStringLiteral("/favicon.ico") ? 404 : 400,
               CallbackPage::html(CallbackPage::Kind::Refused));
        Q_EMIT refused(path);
        return;
    }
    const bool failed = query.hasQueryItem(QStringLiteral("error"));
    answer(socket, 200,
           failed ? CallbackPage::html(CallbackPage::Kind::Failure, failureDetail(query))
                  : CallbackPage::html(CallbackPage::Kind::Success));
    // One sign-in, one request: the port closes before anyone else can use the state.
    m_sockets.removeAll(socket);
    close();
    Q_EMIT received(path, query);
}

void LoopbackReceiver::answer(QTcpSocket *socket, int status, const QByteArray &html)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
            + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + QByteArray::number(html.size())
            + "\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n"
              "X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n"
            + html;
    socket->write(response);
    socket->disconnectFromHost();
}
