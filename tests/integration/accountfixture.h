// What the AccountModel tests against a real sandbox process share: the process, fresh accounts,
// one credential store per model.
#pragma once

#include "client/sessionstore.h"
#include "core/accountmodel.h"
#include "operationwait.h"
#include "sandbox/totp.h"
#include "sandboxprocess.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include <list>

constexpr int timeout = 20000;
const QString password = QStringLiteral("correct horse battery");

inline QString uniqueEmail(const char *name)
{
    return QStringLiteral("%1.%2@example.com")
            .arg(QLatin1String(name))
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

inline QString errorType(const Operation *op)
{
    return op->error().toMap().value(QStringLiteral("type")).toString();
}

inline QString totpNow(const QString &secret)
{
    return Sandbox::Totp::codeForSecret(secret, QDateTime::currentSecsSinceEpoch());
}

class AccountFixture : public QObject
{
protected:
    SandboxProcess m_sandbox;
    //! One credential store per model (unless a test shares one on purpose), so no model
    //! restores another test's session from the process-wide default store.
    std::list<Appwrite::MemorySessionStore> m_stores;

    void attach(AccountModel &model, Appwrite::SessionStore *store = nullptr)
    {
        if (!store)
            store = &m_stores.emplace_back();
        model.setSessionStore(store);
        model.setConnection(m_sandbox.endpoint(), m_sandbox.project(), false,
                            m_sandbox.isSandbox());
    }
    //! A new account, signed in on \a model; returns its email.
    QString signUp(AccountModel &model, const char *name)
    {
        const QString email = uniqueEmail(name);
        Operation *op = model.signUp(email, password, QStringLiteral("Alice Liddell"));
        [&] {
            WAIT_OK(op);
        }();
        return email;
    }
};
