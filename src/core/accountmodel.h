#pragma once

#include "client/account.h"
#include "client/client.h"
#include "core/errorinfo.h"
#include "core/operation.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QUrl>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <type_traits>

namespace Appwrite {
class SessionStore;
}

//! The signed-in account of one connection: its state for the UI and one invokable per task.
//! The QML singleton `Account` is the model of Connections.current and follows it.
class AccountModel : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Account)
    QML_SINGLETON
    Q_PROPERTY(bool connected READ connected NOTIFY connectionChanged)
    Q_PROPERTY(QString endpoint READ endpoint NOTIFY connectionChanged)
    Q_PROPERTY(QString projectId READ projectId NOTIFY connectionChanged)
    Q_PROPERTY(bool isSandbox READ isSandbox NOTIFY connectionChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(bool restoring READ restoring NOTIFY restoringChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QVariant user READ user NOTIFY userChanged)
    Q_PROPERTY(bool isAnonymous READ isAnonymous NOTIFY userChanged)
    //! Whether the account has a password (false after OTP, magic-link, OAuth or guest sign-up).
    Q_PROPERTY(bool hasPassword READ hasPassword NOTIFY userChanged)
    Q_PROPERTY(QVariant currentSession READ currentSession NOTIFY currentSessionChanged)
    Q_PROPERTY(bool mfaPending READ mfaPending NOTIFY mfaPendingChanged)
    Q_PROPERTY(QVariant mfaFactors READ mfaFactors NOTIFY mfaFactorsChanged)
    Q_PROPERTY(bool stepUpRequired READ stepUpRequired NOTIFY stepUpRequiredChanged)
    Q_PROPERTY(QVariant lastError READ lastError NOTIFY lastErrorChanged)
public:
    // No default argument on purpose: Qt 6.4 builds a QML singleton with a default constructor
    // when one exists, ignoring create(), which would give QML a second, unconnected model.
    explicit AccountModel(QObject *parent);
    ~AccountModel() override;

    //! The app-wide model behind the `Account` singleton; follows Connections.current.
    static AccountModel *instance();
    static AccountModel *create(QQmlEngine *, QJSEngine *);
    //! Where every model created afterwards keeps session credentials (not owned; the seam for
    //! a keychain). By default a process-wide in-memory store.
    static void setDefaultSessionStore(Appwrite::SessionStore *store);
    static Appwrite::SessionStore *defaultSessionStore();
    //! This model's store from the next setConnection() on (not owned; nullptr: the default).
    void setSessionStore(Appwrite::SessionStore *store) { m_store = store; }
    //! Whether the next setConnection() may use a plain http:// endpoint off this computer
    //! (the user confirmed it; see Appwrite::Client::setAllowPlainHttp).
    void setAllowPlainHttp(bool allow) { m_allowPlainHttp = allow; }
    //! The self-signed certificate the next setConnection() accepts (SHA-256; empty: any).
    void setPinnedCertificate(const QByteArray &sha256) { m_pinnedCertificate = sha256; }
    //! Where emailed links lead when the UI passes no URL: the app's URL scheme for this
    //! project (appwrite-callback-<projectId>://localhost/<purpose>), which reaches the app
    //! whenever the link is opened (docs/desktop-links.md).
    QString defaultCallbackUrl(const QString &purpose) const;
    //! The token-flow OAuth2 address of \a provider returning to \a success / \a failure;
    //! an invalid URL (and \a error set) when it cannot be built.
    QUrl oauthTokenUrl(const QString &provider, const QStringList &scopes, const QUrl &success,
                       const QUrl &failure, ErrorInfo *error);

    //! Points the model at another server and project. Cancels what runs, forgets the account,
    //! then restores a stored session of that connection if there is one (`restoring` while
    //! the store fetches it, e.g. from the keychain). \a sessionKey names the credential in
    //! the store (Connections::sessionKey(id)); empty: endpoint and project.
    void setConnection(const QUrl &endpoint, const QString &projectId, bool selfSigned,
                       bool isSandbox, const QString &sessionKey = QString());
    void clearConnection();

    bool connected() const { return m_endpoint.isValid() && !m_projectId.isEmpty(); }
    QString endpoint() const { return m_endpoint.toString(); }
    QString projectId() const { return m_projectId; }
    bool isSandbox() const { return m_isSandbox; }
    bool signedIn() const { return m_signedIn; }
    bool restoring() const { return m_restoring; }
    bool busy() const { return !m_running.isEmpty(); }
    QVariant user() const { return m_user; }
    bool isAnonymous() const;
    bool hasPassword() const;
    QVariant currentSession() const { return m_currentSession; }
    bool mfaPending() const { return m_mfaPending; }
    QVariant mfaFactors() const { return m_mfaFactors; }
    bool stepUpRequired() const { return bool(m_stepUpRetry); }
    QVariant lastError() const { return m_lastError.toMap(); }

    //! For the list models: the API of the current connection, or nullptr.
    Appwrite::Account *api() const { return m_api.get(); }
    Appwrite::Client *client() const { return m_client.get(); }
    //! The signed-in user's id, empty when signed out.
    QString userId() const;
    //! Installs a freshly fetched user (e.g. after the preferences were saved).
    void setUser(const Appwrite::User &user);

    // Sign-in and sign-up
    Q_INVOKABLE Operation *signUp(const QString &email, const QString &password,
                                  const QString &name);
    Q_INVOKABLE Operation *signIn(const QString &email, const QString &password);
    Q_INVOKABLE Operation *signInAnonymously();
    Q_INVOKABLE Operation *sendMagicLink(const QString &email, const QString &url);
    Q_INVOKABLE Operation *completeMagicLink(const QString &userId, const QString &secret);
    Q_INVOKABLE Operation *sendEmailCode(const QString &email, bool phrase);
    Q_INVOKABLE Operation *completeEmailCode(const QString &userId, const QString &code);
    Q_INVOKABLE Operation *sendSmsCode(const QString &phone);
    Q_INVOKABLE Operation *completeSmsCode(const QString &userId, const QString &code);
    Q_INVOKABLE QString oauthUrl(const QString &provider, const QStringList &scopes = {});
    Q_INVOKABLE Operation *completeToken(const QString &userId, const QString &secret);
    Q_INVOKABLE Operation *sendRecovery(const QString &email, const QString &url);
    Q_INVOKABLE Operation *completeRecovery(const QString &userId, const QString &secret,
                                            const QString &password);
    Q_INVOKABLE Operation *signOut();
    Q_INVOKABLE Operation *signOutOthers();
    Q_INVOKABLE Operation *signOutEverywhere();

    // Second factor at sign-in, and step-up
    Q_INVOKABLE Operation *createChallenge(const QString &factor);
    Q_INVOKABLE Operation *completeChallenge(const QString &challengeId, const QString &code);
    Q_INVOKABLE Operation *abandonSecondFactor();
    //! Gives up a step-up: the waiting operation fails with user_challenge_required.
    Q_INVOKABLE void cancelStepUp();

    // Profile
    Q_INVOKABLE Operation *updateName(const QString &name);
    Q_INVOKABLE Operation *updateEmail(const QString &email, const QString &password);
    Q_INVOKABLE Operation *updatePhone(const QString &phone, const QString &password);
    Q_INVOKABLE Operation *updatePassword(const QString &newPassword, const QString &oldPassword,
                                          bool signOutOthers);
    Q_INVOKABLE Operation *sendEmailVerification(const QString &url);
    Q_INVOKABLE Operation *completeEmailVerification(const QString &userId, const QString &secret);
    Q_INVOKABLE Operation *sendPhoneVerification();
    Q_INVOKABLE Operation *completePhoneVerification(const QString &userId, const QString &code);
    Q_INVOKABLE Operation *refresh();

    // Security
    Q_INVOKABLE Operation *setMfa(bool enabled);
    Q_INVOKABLE Operation *addAuthenticator();
    Q_INVOKABLE Operation *verifyAuthenticator(const QString &otp);
    Q_INVOKABLE Operation *removeAuthenticator(const QString &otp = {});
    Q_INVOKABLE Operation *createRecoveryCodes();
    Q_INVOKABLE Operation *getRecoveryCodes();
    Q_INVOKABLE Operation *regenerateRecoveryCodes();
    Q_INVOKABLE Operation *refreshFactors();

    // Advanced
    Q_INVOKABLE Operation *createJwt();
    Q_INVOKABLE Operation *blockAccount();
    Q_INVOKABLE Operation *extendSession();

Q_SIGNALS:
    void connectionChanged();
    //! Emitted before the client's connection changes, so list models can drop their requests.
    void aboutToChangeConnection();
    void signedInChanged();
    void restoringChanged();
    void busyChanged();
    void userChanged();
    void currentSessionChanged();
    void mfaPendingChanged();
    void mfaFactorsChanged();
    void stepUpRequiredChanged();
    void lastErrorChanged();
    //! The account was signed out here (by the user, or because the session ended).
    void signedOut();

private:
    //! A new Operation for \a slot; the previous one of that slot is released.
    Operation *begin(const char *slot);
    void finish(Operation *op, const QVariant &result = {});
    void fail(Operation *op, const Appwrite::Error &error);
    void fail(Operation *op, const ErrorInfo &error);
    //! Fails \a op right away (from the event loop) when the model has no connection.
    bool requireConnection(Operation *op);

    //! Sends a request through \a send (which takes the client callback) and hands the value to
    //! \a onOk. A step-up demand parks the request until completeChallenge() succeeds.
    template<typename T, typename Send, typename OnOk>
    void request(QPointer<Operation> op, Send send, OnOk onOk);

    //! After a session was created: fetch the account, or note that a second factor is due.
    void adoptSession(Operation *op, const Appwrite::Session &session);
    void loadUser(Operation *op, const QVariant &result);
    void restoreSession();
    void restoreWhenLoaded(Appwrite::SessionStore *store);
    void fetchFactors(Operation *op);
    void clearAccountState();
    void signedOutLocally();
    void resetConnection();

    void setSignedIn(bool signedIn);
    void setRestoring(bool restoring);
    void setMfaPending(bool pending);
    void setCurrentSession(const QVariantMap &session);
    void setLastError(const ErrorInfo &error);
    void setStepUp(std::function<void()> retry, Operation *op);

    Operation *sendToken(const char *slot,
                         const std::function<void(Appwrite::Callback<Appwrite::Token>)> &send);
    Operation *createSessionWith(
            const char *slot,
            const std::function<void(Appwrite::Callback<Appwrite::Session>)> &send);
    Operation *updateUserWith(const char *slot,
                              const std::function<void(Appwrite::Callback<Appwrite::User>)> &send);

    std::unique_ptr<Appwrite::Client> m_client;
    std::unique_ptr<Appwrite::Account> m_api;
    //! Context of every request of this model: deleting it drops them all without callbacks.
    QObject *m_requests = nullptr;
    Appwrite::SessionStore *m_store = nullptr;
    QUrl m_endpoint;
    QString m_projectId;
    bool m_isSandbox = false;
    bool m_allowPlainHttp = false;
    QByteArray m_pinnedCertificate;

    bool m_signedIn = false;
    bool m_restoring = false;
    bool m_mfaPending = false;
    QVariantMap m_user;
    QVariantMap m_currentSession;
    QVariantMap m_mfaFactors;
    ErrorInfo m_lastError;

    QHash<QByteArray, QPointer<Operation>> m_latest;
    QSet<Operation *> m_running;
    std::function<void()> m_stepUpRetry;
    QPointer<Operation> m_stepUpOperation;
    Appwrite::Error m_stepUpError;
};

template<typename T, typename Send, typename OnOk>
void AccountModel::request(QPointer<Operation> op, Send send, OnOk onOk)
{
    send([this, op, send, onOk](const Appwrite::Result<T> &result) {
        if (!op)
            return;
        if (!result.ok()) {
            if (result.error().is("user_challenge_required")) {
                m_stepUpError = result.error();
                setStepUp([this, op, send, onOk] { request<T>(op, send, onOk); }, op);
                return;
            }
            fail(op, result.error());
            return;
        }
        if constexpr (std::is_void_v<T>)
            onOk();
        else
            onOk(result.value());
    });
}
