#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

//! A one-shot HTTP listener on the loopback interface where the browser comes back to the app
//! (the OAuth2 success and failure URLs). It listens on a free port of 127.0.0.1 and of ::1
//! (browsers may resolve "localhost" to either), answers only requests that carry its state
//! value, gives the browser a "you can close this tab" page and closes after the first such
//! request, so the port is open only while a sign-in waits.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    //! Listens on a new free port with a new state value; false when no port could be bound.
    bool listen();
    //! Stops listening and drops connections still open; the port is free afterwards.
    void close();
    bool isListening() const;
    quint16 port() const { return m_port; }
    //! The random value every accepted request must carry as its `state` query item.
    QString state() const { return m_state; }
    //! http://localhost:<port>/<path>?state=<state>, for the server to redirect the browser to.
    QUrl url(const QString &path) const;

Q_SIGNALS:
    //! A request with the right state reached \a path (e.g. "/auth/oauth2/success"). The browser
    //! has its page and the listener is closed.
    void received(const QString &path, const QUrlQuery &query);
    //! A request without the right state was answered with an error page and ignored.
    void refused(const QString &path);

private:
    void accept(QTcpServer *server);
    void read(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &html);

    QList<QTcpServer *> m_servers;
    QList<QPointer<QTcpSocket>> m_sockets;
    quint16 m_port = 0;
    QString m_state;
};
