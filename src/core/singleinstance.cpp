#include "core/singleinstance.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

namespace {
// One line per launch: "open <message>\n", answered with "ok\n"; before it, optionally,
// "token <XDG activation token>\n".
constexpr QByteArrayView request = "open ";
constexpr QByteArrayView tokenLine = "token ";
constexpr const char *tokenProperty = "activationToken";
constexpr QByteArrayView confirmation = "ok\n";
constexpr qsizetype maxMessageBytes = 64 * 1024;
} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_name(serverName)
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return QDir(runtime).filePath(QStringLiteral("io.appwrite.account.instance"));
    return QStringLiteral("io.appwrite.account.instance-%1").arg(getuid());
}

bool SingleInstance::handOff(const QString &message, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QByteArray token = qgetenv("XDG_ACTIVATION_TOKEN");
    if (!token.isEmpty() && !token.contains('\n') && !token.contains('\r'))
        socket.write(tokenLine.toByteArray() + token + '\n');
    socket.write(request.toByteArray() + message.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (!answer.endsWith('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer == confirmation;
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Nobody answered handOff(), so a socket file left here belongs to a crashed instance.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
        }
    });
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::read(QLocalSocket *socket)
{
    if (socket->bytesAvailable() > maxMessageBytes) {
        socket->abort();
        return;
    }
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine().chopped(1);
        if (line.startsWith(tokenLine)) {
            socket->setProperty(tokenProperty, QString::fromUtf8(line.mid(tokenLine.size())));
            continue;
        }
        if (!line.startsWith(request)) {
            socket->abort();
            return;
        }
        const QString token = socket->property(tokenProperty).toString();
        socket->write(confirmation.toByteArray());
        socket->flush();
        socket->disconnectFromServer();
        Q_EMIT messageReceived(QString::fromUtf8(line.mid(request.size())), token);
        return;
    }
}
