#pragma once

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QHttpServer;

namespace Sandbox {

//! Everything the command line can set.
struct Options
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;
    QString dataDir; //!< empty with inMemory: nothing is kept
    bool inMemory = false;
    QString projectId = QStringLiteral("sandbox");
    QStringList platforms;
    bool rateLimits = true;
    int sessionLimit = 10;
    qint64 sessionLengthSeconds = 365LL * 24 * 3600;
};

//! The local Appwrite-compatible Account server. Runs in the caller's thread.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(Options options, QObject *parent = nullptr);
    ~SandboxServer() override;

    //! Binds and starts serving; false with errorString() when it cannot.
    bool start();
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    //! The API root clients use, e.g. http://127.0.0.1:41234/v1
    QUrl endpoint() const;
    const Options &options() const { return m_options; }

private:
    void addRoutes();

    Options m_options;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Sandbox
