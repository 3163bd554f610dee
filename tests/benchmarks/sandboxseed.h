#pragma once

#include "sandboxprocess.h"

#include <QString>

//! An appwrite-sandbox process (--data dir) holding one account with many sessions and log
//! entries. The account and its first session and log entry are made through the API; the
//! sandbox is then stopped and those rows are copied in its SQLite file (thousands of argon2id
//! sign-ins would take an hour), and the sandbox started again on the same data.
class SandboxSeed
{
public:
    //! Seeds \a dataDir so that the account has \a sessions sessions and \a logs log entries.
    bool start(const QString &dataDir, int sessions, int logs);
    QUrl endpoint() const { return m_sandbox.endpoint(); }
    QString project() const { return m_sandbox.project(); }
    QString email() const { return m_email; }
    QString password() const { return m_password; }
    QString errorString() const { return m_error; }

private:
    bool createAccount();
    bool copyRows(const QString &dataDir, int sessions, int logs);

    SandboxProcess m_sandbox;
    QString m_email;
    QString m_password = QStringLiteral("bench-password-123");
    QString m_error;
};
