#pragma once

#include "core/loopbackreceiver.h"
#include "core/operation.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>

class AccountModel;

//! OAuth2 sign-in in the system browser with the token flow: listens on the loopback for the
//! browser to come back (LoopbackReceiver), opens the provider's page, and turns the returned
//! userId and secret into a session through the account. Waits at most `timeout`; can be
//! cancelled, or completed from a pasted address when the browser cannot come back.
class BrowserSignIn : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AccountModel *account READ account WRITE setAccount NOTIFY accountChanged)
    //! The address that starts the sign-in, to open in another browser ("" when none).
    Q_PROPERTY(QString url READ url NOTIFY stateChanged)
    //! The browser may still come back (the listener is open).
    Q_PROPERTY(bool waiting READ waiting NOTIFY stateChanged)
    //! The desktop accepted to open the address (false: offer to copy it).
    Q_PROPERTY(bool browserOpened READ browserOpened NOTIFY stateChanged)
    //! The sign-in of the last start(): busy while waiting and creating the session.
    Q_PROPERTY(Operation *operation READ operation NOTIFY stateChanged)
    //! How long to wait for the browser, in milliseconds (5 minutes).
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
public:
    explicit BrowserSignIn(QObject *parent = nullptr);
    ~BrowserSignIn() override;

    AccountModel *account() const { return m_account; }
    void setAccount(AccountModel *account);
    QString url() const { return m_url.toString(); }
    bool waiting() const { return m_waiting; }
    bool browserOpened() const { return m_browserOpened; }
    Operation *operation() const { return m_operation; }
    int timeout() const { return m_timeout; }
    void setTimeout(int ms);
    int secondsLeft() const;
    //! Where the provider sends the browser back to (for tests and diagnostics).
    QUrl successUrl() const { return m_successUrl; }

    //! Starts listening, builds the sign-in address and opens it in the browser. The returned
    //! operation succeeds once the session exists (check Account.mfaPending afterwards).
    Q_INVOKABLE Operation *start(const QString &provider, const QStringList &scopes = {});
    //! Opens the address again (e.g. after the tab was closed); false if the desktop could not.
    Q_INVOKABLE bool openBrowser();
    //! Stops waiting; the operation fails as cancelled and the port is released.
    Q_INVOKABLE void cancel();
    //! Completes with a userId and secret the person pasted from the browser's address bar.
    Q_INVOKABLE Operation *complete(const QString &userId, const QString &secret);

    //! A callback URL that arrived another way (the app's URL scheme): handed to the waiting
    //! sign-in if it carries its state. False when no sign-in took it.
    static bool deliverToWaiting(const QUrl &url);

Q_SIGNALS:
    void accountChanged();
    void stateChanged();
    void timeoutChanged();
    void secondsLeftChanged();

private:
    void handle(const QString &path, const QUrlQuery &query);
    void stopWaiting();
    void expire();
    void failWith(const ErrorInfo &error);
    void exchange(const QString &userId, const QString &secret);

    QPointer<AccountModel> m_account;
    LoopbackReceiver m_receiver;
    QPointer<Operation> m_operation;
    QUrl m_url;
    QUrl m_successUrl;
    //! The state of a scheme-based return (used when no loopback port could be bound).
    QString m_schemeState;
    bool m_waiting = false;
    bool m_browserOpened = false;
    int m_timeout = 5 * 60 * 1000;
    QDeadlineTimer m_deadline;
    QTimer m_expiry;
    QTimer m_tick;
};
