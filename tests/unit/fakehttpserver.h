#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QTcpSocket>
#include <QMetaType>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

//! A scripted HTTP/1.1 server on loopback for single-class client tests: records each request
//! and answers with the next queued Response (or `fallback`).
class FakeHttpServer
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Request
    {
        QByteArray method;
        QByteArray target; //!< Path and query, as sent.
        Headers headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            }
            return {};
        }
        bool hasHeader(const QByteArray &name) const
        {
            for (const auto &h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        }
    };

    struct Response
    {
        int status = 200;
        Headers headers;
        QByteArray body;
        bool hang = false; //!< Never answer.
        bool truncate = false; //!< Announce the full length, send half, close.
        QByteArray raw = {}; //!< When set, sent byte for byte instead of the fields above.
        bool close = false; //!< Close the connection after answering.
        bool dribble = false; //!< Send one byte per write, each flushed on its own.

        static Response json(int status, const QByteArray &body, Headers extra = {})
        {
            extra.prepend({"Content-Type", "application/json; charset=UTF-8"});
            return Response{status, extra, body};
        }
    };

    FakeHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                auto *buffer = new QByteArray;
                QObject::connect(socket, &QObject::destroyed, [buffer] { delete buffer; });
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    serve(socket, buffer);
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl endpoint() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort()));
    }

    QList<Response> queue;
    Response fallback = Response::json(200, "{}");
    QList<Request> requests;
    int connections = 0;

private:
    void serve(QTcpSocket *socket, QByteArray *buffer)
    {
        for (;;) {
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                request.headers.append({name, value});
                if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            request.body = buffer->mid(end + 4, length);
            buffer->remove(0, end + 4 + length);
            requests.append(request);
            respond(socket, queue.isEmpty() ? fallback : queue.takeFirst());
        }
    }

    static void respond(QTcpSocket *socket, const Response &response)
    {
        if (response.hang)
            return;
        QByteArray out = response.raw;
        if (out.isEmpty()) {
            out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
            for (const auto &h : response.headers)
                out += h.first + ": " + h.second + "\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
            out += response.truncate ? response.body.left(response.body.size() / 2) : response.body;
        }
        if (response.dribble) {
            // One byte per event-loop turn, so that the client sees every split.
            auto step = std::make_shared<std::function<void(qsizetype)>>();
            *step = [socket, out, self = std::weak_ptr(step),
                     close = response.close](qsizetype at) {
                if (at == out.size()) {
                    if (close)
                        socket->disconnectFromHost();
                    return;
                }
                socket->write(out.constData() + at, 1);
                socket->flush();
                QTimer::singleShot(1, socket, [step = self.lock(), at] { (*step)(at + 1); });
            };
            (*step)(0);
            return;
        }
        socket->write(out);
        if (response.truncate || response.close) {
            socket->flush();
            socket->disconnectFromHost();
        }
    }

    QTcpServer m_server;
};
Q_DECLARE_METATYPE(FakeHttpServer::Response)
