#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

//! The sandbox the app runs for itself (`--sandbox`): `appwrite-sandbox` as a child process on a
//! free loopback port. A process of its own, so that its password hashing (argon2id with 64 MiB
//! per hash, as Appwrite does) neither freezes the window nor stays in the app's memory. It ends
//! with the app, even when the app is killed.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir; //!< where its database lives; ignored when inMemory
        bool inMemory = false;
        bool rateLimits = true;
    };

    explicit EmbeddedSandbox(QObject *parent = nullptr);
    ~EmbeddedSandbox() override;

    //! Where the app keeps the sandbox's data: AppDataLocation + "/sandbox".
    static QString defaultDataDir();
    //! $APPWRITE_SANDBOX_BIN, else appwrite-sandbox next to this executable, else on PATH;
    //! empty when there is none.
    static QString executable();

    //! Starts the server and waits until it listens (or failed). Call once.
    bool start(const Options &options);
    void stop();
    bool isRunning() const { return m_endpoint.isValid(); }
    QUrl endpoint() const { return m_endpoint; }
    QString projectId() const { return m_projectId; }
    QString errorString() const { return m_error; }
    qint64 processId() const { return m_process.processId(); }

private:
    bool fail(const QString &message);

    QProcess m_process;
    QUrl m_endpoint;
    QString m_projectId;
    QString m_error;
};
