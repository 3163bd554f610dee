#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace Appwrite {

class NetworkAccess;

//! One HTTP/1.1 exchange over a plain TCP connection, reading the answer in whole chunks:
//! status line, headers, then a body sized by Content-Length, chunked, or ending with the
//! connection. Keep-alive connections go back to NetworkAccess for the next request; a reused
//! connection the server had closed meanwhile is replaced once, as Qt does.
//! Behaves as Qt's own replies do where the client looks: the status and reason attributes,
//! raw and parsed headers (Set-Cookie included), transport errors below 100, HTTP error codes
//! from 200 up, abort() finishing at once, and the request's transfer timeout.
class Http1Reply : public QNetworkReply
{
    Q_OBJECT
public:
    Http1Reply(NetworkAccess *access, QNetworkAccessManager::Operation operation,
               const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body);
    ~Http1Reply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    enum class Stage { StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, Done };

    void connectSocket(bool allowReuse);
    void send();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    //! Consumes what m_in holds; false after a malformed answer (already reported).
    bool parse();
    bool takeLine(QByteArray *line);
    bool headersDone();
    void bodyBytes(qsizetype count);
    void complete();
    void fail(NetworkError code, const QString &message);
    void releaseSocket(bool keep);

    QPointer<NetworkAccess> m_access;
    QString m_origin;
    QByteArray m_request;
    QTcpSocket *m_socket = nullptr;
    bool m_reused = false;
    bool m_retried = false;
    bool m_headOnly = false;
    QTimer m_timeout;

    Stage m_stage = Stage::StatusLine;
    QByteArray m_in;
    qsizetype m_pos = 0;
    int m_status = 0;
    QByteArray m_reason;
    bool m_answered = false; // a byte of the answer arrived on this connection
    bool m_keepAlive = true;
    bool m_untilClose = false;
    qint64 m_remaining = -1; // of the body or the current chunk
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    qsizetype m_readPos = 0;
};

} // namespace Appwrite
