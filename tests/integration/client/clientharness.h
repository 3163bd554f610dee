#pragma once

#include "sandboxprocess.h"

#include "client/account.h"
#include "client/client.h"
#include "client/id.h"
#include "client/sessionstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonObject>

#include <memory>
#include <optional>

//! The Appwrite client against a real appwrite-sandbox process (or APPWRITE_ENDPOINT).
class ClientHarness
{
public:
    //! Starts the server; \a extraArgs go to the sandbox (ignored for an external server).
    bool start(const QStringList &extraArgs = {});
    QString errorString() const { return m_sandbox.errorString(); }
    bool isSandbox() const { return m_sandbox.isSandbox(); }
    SandboxProcess &sandbox() { return m_sandbox; }

    //! A client for the server with its own in-memory credential store.
    struct Connection
    {
        Appwrite::MemorySessionStore store;
        Appwrite::Client client;
        Appwrite::Account account{&client};
    };
    std::unique_ptr<Connection> connect() const;

    //! A new account (unique ID and email, password()); \a signIn also opens a session on \a c.
    struct Account
    {
        QString id;
        QString email;
    };
    std::optional<Account> signUp(Connection &c, bool signIn = true, QString *why = nullptr) const;

    //! Fresh, valid, never reused values.
    static QString uniqueId();
    static QString uniqueEmail();
    static QString uniquePhone();
    static QString password() { return QStringLiteral("correct horse 123"); }

    //! The newest outbox message sent to \a to (sandbox only): channel, subject, body, userId,
    //! secret, url, phrase. Empty when there is none.
    QJsonObject latestMessage(const QString &to) const;

    //! The current TOTP code of an otpauth secret (base32), RFC 6238 with SHA-1, 30 s, 6 digits.
    static QString totp(const QString &base32Secret, qint64 offsetSteps = 0);

    //! Follows one redirect without cookies; returns the Location (sandbox-only OAuth2 flows).
    static QUrl redirectOf(const QUrl &url);

private:
    SandboxProcess m_sandbox;
};

//! Runs one asynchronous call and waits (processing events) for its callback.
template<typename T, typename Start>
Appwrite::Result<T> await(Start &&start, int timeoutMs = 20000)
{
    std::optional<Appwrite::Result<T>> result;
    QObject context;
    start(&context, [&result](const Appwrite::Result<T> &r) { result.emplace(r); });
    QDeadlineTimer deadline(timeoutMs);
    while (!result && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!result)
        return Appwrite::Error(Appwrite::Error::Kind::Timeout,
                               QStringLiteral("the test gave up waiting"));
    return *result;
}

//! "ok" or the error in one line, for QVERIFY2 messages.
template<typename T>
QByteArray describe(const Appwrite::Result<T> &result)
{
    return result.ok() ? QByteArray("ok") : result.error().toString().toUtf8();
}

// Each macro evaluates its argument once: passing a call expression must not send it twice.
#define VERIFY_OK(result) \
    do { \
        const auto &verifyOkResult_ = (result); \
        QVERIFY2(verifyOkResult_.ok(), describe(verifyOkResult_).constData()); \
    } while (false)
#define VERIFY_ERROR(result, status_, type_) \
    do { \
        const auto &verifyErrorResult_ = (result); \
        QVERIFY2(!verifyErrorResult_.ok(), "the call succeeded but should have failed"); \
        QCOMPARE(verifyErrorResult_.error().kind(), Appwrite::Error::Kind::Http); \
        QCOMPARE(verifyErrorResult_.error().status(), status_); \
        QCOMPARE(verifyErrorResult_.error().type(), QStringLiteral(type_)); \
    } while (false)
