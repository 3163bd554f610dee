#include "client/network/http1reply.h"

#include "client/network/networkaccess.h"

#include <QTcpSocket>

#include <cstring>

namespace Appwrite {

namespace {

// The codes Qt's own HTTP replies give error statuses.
QNetworkReply::NetworkError errorOf(int status)
{
    switch (status) {
    case 400:
    case 418:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 407:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        return status >= 500 ? QNetworkReply::UnknownServerError
                             : QNetworkReply::UnknownContentError;
    }
}

} // namespace

Http1Reply::Http1Reply(NetworkAccess *access, QNetworkAccessManager::Operation operation,
                       const QByteArray &verb, const QNetworkRequest &request,
                       const QByteArray &body)
    : QNetworkReply(access)
    , m_access(access)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly);
    m_headOnly = verb == "HEAD";

    const QUrl url = request.url();
    m_origin = url.host() + u':' + QString::number(url.port(80));
    QByteArray target =
            url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    m_request = verb + ' ' + target + " HTTP/1.1\r\nHost: "
            + url.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded).toLatin1() + "\r\n";
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        const QByteArray lower = name.toLower();
        if (lower != "host" && lower != "content-length" && lower != "connection")
            m_request += name + ": " + request.rawHeader(name) + "\r\n";
    }
    if (!request.hasRawHeader("User-Agent"))
        m_request += "User-Agent: Mozilla/5.0\r\n"; // what Qt sends
    if (!body.isEmpty() || verb == "POST" || verb == "PUT" || verb == "PATCH")
        m_request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    m_request += "\r\n" + body;

    m_timeout.setSingleShot(true);
    m_timeout.setInterval(request.transferTimeout() > 0 ? request.transferTimeout()
                                                        : access->transferTimeout());
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(TimeoutError, tr("The server did not answer in time")); });
    connectSocket(true);
}

Http1Reply::~Http1Reply()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void Http1Reply::connectSocket(bool allowReuse)
{
    m_socket = allowReuse && m_access ? m_access->takeIdle(m_origin) : nullptr;
    m_reused = m_socket != nullptr;
    if (m_socket)
        m_socket->setParent(this);
    else
        m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &Http1Reply::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &Http1Reply::onDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &Http1Reply::onSocketError);
    connect(m_socket, &QIODevice::bytesWritten, this, [this] {
        if (m_timeout.interval() > 0)
            m_timeout.start();
    });
    if (m_timeout.interval() > 0)
        m_timeout.start();
    if (m_reused) {
        send();
        return;
    }
    connect(m_socket, &QTcpSocket::connected, this, &Http1Reply::send);
    m_socket->connectToHost(url().host(), quint16(url().port(80)));
}

void Http1Reply::send()
{
    if (!m_reused)
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->write(m_request);
}

void Http1Reply::onReadyRead()
{
    if (!m_socket || isFinished())
        return;
    const QByteArray arrived = m_socket->readAll();
    if (arrived.isEmpty())
        return;
    m_answered = true;
    m_in += arrived;
    if (m_timeout.interval() > 0)
        m_timeout.start();
    const qsizetype bodyBefore = m_body.size();
    if (!parse())
        return;
    // Bytes already parsed are dropped, so m_in holds at most one unfinished line or chunk.
    m_in.remove(0, m_pos);
    m_pos = 0;
    if (m_body.size() > bodyBefore) {
        Q_EMIT downloadProgress(
                m_body.size(),
                m_remaining >= 0 && m_stage == Stage::Body ? m_body.size() + m_remaining : -1);
        Q_EMIT readyRead();
        if (isFinished())
            return;
    }
    if (m_stage == Stage::Done)
        complete();
}

void Http1Reply::complete()
{
    m_timeout.stop();
    releaseSocket(m_keepAlive && m_in.size() == m_pos);
    if (m_status >= 400) {
        const NetworkError code = errorOf(m_status);
        setError(code,
                 tr("Error transferring %1 - server replied: %2")
                         .arg(url().toString(), QString::fromLatin1(m_reason)));
        Q_EMIT errorOccurred(code);
    }
    setFinished(true);
    Q_EMIT readChannelFinished();
    Q_EMIT finished();
}

void Http1Reply::onDisconnected()
{
    if (!m_socket || isFinished())
        return;
    onReadyRead(); // what arrived before the close
    if (!m_socket || isFinished())
        return;
    if (m_stage == Stage::Body && m_untilClose) {
        m_stage = Stage::Done;
        complete();
        return;
    }
    if (!m_answered && m_reused && !m_retried) {
        // The server closed the idle connection as this request went out: once more, afresh.
        m_retried = true;
        releaseSocket(false);
        connectSocket(false);
        return;
    }
    fail(RemoteHostClosedError, tr("Connection closed"));
}

void Http1Reply::onSocketError()
{
    if (!m_socket || isFinished())
        return;
    NetworkError code = UnknownNetworkError;
    switch (m_socket->error()) {
    case QAbstractSocket::RemoteHostClosedError:
        onDisconnected();
        return;
    case QAbstractSocket::ConnectionRefusedError:
        code = ConnectionRefusedError;
        break;
    case QAbstractSocket::HostNotFoundError:
        code = HostNotFoundError;
        break;
    case QAbstractSocket::SocketTimeoutError:
        code = TimeoutError;
        break;
    default:
        break;
    }
    fail(code, m_socket->errorString());
}

void Http1Reply::fail(NetworkError code, const QString &message)
{
    if (isFinished())
        return;
    m_timeout.stop();
    releaseSocket(false);
    setError(code, message);
    Q_EMIT errorOccurred(code);
    setFinished(true);
    Q_EMIT finished();
}

void Http1Reply::releaseSocket(bool keep)
{
    if (!m_socket)
        return;
    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    if (keep && m_access && socket->state() == QAbstractSocket::ConnectedState) {
        m_access->keepIdle(m_origin, socket);
        return;
    }
    socket->abort();
    socket->deleteLater();
}

void Http1Reply::abort()
{
    fail(OperationCanceledError, tr("Operation canceled"));
}

qint64 Http1Reply::bytesAvailable() const
{
    return QNetworkReply::bytesAvailable() + (m_body.size() - m_readPos);
}

qint64 Http1Reply::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin<qint64>(maxSize, m_body.size() - m_readPos);
    if (count == 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_readPos, size_t(count));
    m_readPos += count;
    return count;
}

} // namespace Appwrite
