#pragma once

#include "sandbox/sandboxserver.h"

#include <QObject>
#include <QThread>
#include <QUrl>

//! The sandbox server inside the app, on its own thread: password hashing (argon2) there must
//! never freeze the window.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedSandbox(QObject *parent = nullptr);
    ~EmbeddedSandbox() override;

    //! Where the app keeps the sandbox's data: AppDataLocation + "/sandbox".
    static QString defaultDataDir();

    //! Starts the server and waits until it listens (or failed). Call once.
    bool start(const Sandbox::Options &options);
    void stop();
    bool isRunning() const { return m_endpoint.isValid(); }
    QUrl endpoint() const { return m_endpoint; }
    QString projectId() const { return m_projectId; }
    QString errorString() const { return m_error; }

private:
    QThread m_thread;
    Sandbox::SandboxServer *m_server = nullptr; //!< lives in m_thread
    QUrl m_endpoint;
    QString m_projectId;
    QString m_error;
};
