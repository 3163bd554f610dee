#pragma once

#include "core/errorinfo.h"
#include "core/operation.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

class AccountModel;
class Connections;

//! Where links back into the app end up: `appwrite-callback-<projectId>://localhost/<purpose>`
//! links handed over by the desktop (first launch or a later one, see SingleInstance). It picks
//! the saved connection of the link's project and completes what the link is for: a magic-URL
//! sign-in, an email verification, an OAuth2 sign-in that waits for the browser, or a password
//! recovery (which still needs a new password: `recoveryRequested`). A verification link opened
//! while signed out is kept (for this run) and applied after the next sign-in of its user in
//! its project.
class CallbackRouter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    //! The completion the latest link started (null before the first).
    Q_PROPERTY(Operation *operation READ operation NOTIFY linkOpened)
    //! What the latest link was for: "magic-url", "verification", "recovery", "oauth2".
    Q_PROPERTY(QString purpose READ purpose NOTIFY linkOpened)
    //! The latest recovery link waiting for a new password: {userId, secret}, or {}.
    Q_PROPERTY(QVariantMap pendingRecovery READ pendingRecovery NOTIFY pendingRecoveryChanged)
    //! A verification link waits for its user to sign in (the sign-in screen says so).
    Q_PROPERTY(bool verificationPending READ verificationPending NOTIFY verificationPendingChanged)
public:
    //! Routes to \a account; \a connections (may be null) lets a link switch to its project.
    //! Not default-constructible: QML (Qt 6.4) must use create() and share instance().
    CallbackRouter(AccountModel *account, Connections *connections, QObject *parent);

    static CallbackRouter *instance();
    static CallbackRouter *create(QQmlEngine *, QJSEngine *);

    Operation *operation() const { return m_operation; }
    QString purpose() const { return m_purpose; }
    QVariantMap pendingRecovery() const { return m_pendingRecovery; }
    bool verificationPending() const { return !m_pendingVerification.secret.isEmpty(); }

    //! Handles \a link; false (and nothing done) when it is not a link of the app's schemes.
    Q_INVOKABLE bool open(const QString &link);
    //! Forgets the pending recovery link (used, or the person gave up).
    Q_INVOKABLE void clearPendingRecovery();

Q_SIGNALS:
    void linkOpened();
    //! A recovery link arrived; the UI asks for the new password (then completeRecovery).
    void recoveryRequested(const QString &userId, const QString &secret);
    void pendingRecoveryChanged();
    void verificationPendingChanged();

private:
    //! Makes the account use a connection of \a project; false when none is saved.
    bool selectProject(const QString &project);
    void started(const QString &purpose, Operation *op);
    void refuse(const QString &purpose, const QString &text);
    //! Completes the kept verification link once its user is signed in to its project.
    void applyPendingVerification();

    struct PendingVerification
    {
        QString project;
        QString userId;
        QString secret;
    };

    QPointer<AccountModel> m_account;
    QPointer<Connections> m_connections;
    QPointer<Operation> m_operation;
    //! The router's own operation for links that fail before reaching the account.
    QPointer<Operation> m_refusal;
    QString m_purpose;
    QVariantMap m_pendingRecovery;
    PendingVerification m_pendingVerification;
};
