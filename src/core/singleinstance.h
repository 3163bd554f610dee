#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

//! One running app per user: the first process listens on a local socket; a later one hands
//! its message (a link to open, or "" to just come to the front) to it and exits. The later
//! launch also hands over its XDG_ACTIVATION_TOKEN, if the desktop gave it one: on Wayland only
//! that token lets the running instance raise its window rather than make it flash.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    //! \a serverName: a socket name or an absolute path (see defaultServerName()).
    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    //! In the user's runtime directory (XDG_RUNTIME_DIR, private to the user), so each user and
    //! each login has its own; falls back on a name with the user id in the temp directory.
    static QString defaultServerName();

    //! Sends \a message, and this process's XDG_ACTIVATION_TOKEN when set, to a running instance
    //! and waits until it confirmed; true when it did. Then this process should exit.
    bool handOff(const QString &message, int timeoutMs = 3000);
    //! Becomes the running instance (replacing a socket a crashed instance left behind).
    bool listen();
    bool isListening() const;
    QString serverName() const { return m_name; }

Q_SIGNALS:
    //! A later launch handed over \a message ("" when it was started without a link) and the
    //! \a activationToken the desktop gave it ("" when none).
    void messageReceived(const QString &message, const QString &activationToken);

private:
    void read(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};
