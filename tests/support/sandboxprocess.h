#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

//! A private appwrite-sandbox process for one test: its own free port, its own (in-memory) data.
//! With APPWRITE_ENDPOINT and APPWRITE_PROJECT set, nothing is started and those are used instead.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    //! Starts the sandbox (\a extraArgs after --port 0 --memory) and waits for its ready line.
    bool start(const QStringList &extraArgs = {});
    //! Starts it with a data directory instead of --memory.
    bool startWithData(const QString &dataDir, const QStringList &extraArgs = {});
    //! Stops with SIGTERM (or SIGKILL when \a kill), waiting for the exit.
    void stop(bool kill = false);

    QUrl endpoint() const { return m_endpoint; }
    QString project() const { return m_project; }
    //! False when the tests run against an external server (APPWRITE_ENDPOINT).
    bool isSandbox() const { return !m_external; }
    QString errorString() const { return m_error; }

private:
    bool launch(const QStringList &args);

    QProcess m_process;
    QUrl m_endpoint;
    QString m_project;
    QString m_error;
    bool m_external = false;
};
