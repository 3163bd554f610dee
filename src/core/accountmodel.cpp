#include "core/accountmodel.h"

#include "client/sessionstore.h"
#include "core/callbackscheme.h"
#include "core/connections.h"
#include "core/modelmaps.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Appwrite;

namespace {
SessionStore *&configuredStore()
{
    static SessionStore *store = nullptr;
    return store;
}
} // namespace

AccountModel::AccountModel(QObject *parent)
    : QObject(parent)
    , m_requests(new QObject(this))
{ }

AccountModel::~AccountModel()
{
    // Requests die with their context before the client goes: no callback reaches a
    // half-destroyed model.
    delete m_requests;
    m_requests = nullptr;
    m_api.reset();
    m_client.reset();
}

AccountModel *AccountModel::instance()
{
    static AccountModel *model = [] {
        auto *created = new AccountModel(QCoreApplication::instance());
        Connections *connections = Connections::instance();
        const auto follow = [created, connections] {
            const ConnectionInfo info = connections->currentInfo();
            created->setAllowPlainHttp(info.allowPlainHttp);
            created->setPinnedCertificate(info.pinnedCertificate);
            if (info.id.isEmpty() || !info.endpoint.isValid())
                created->clearConnection();
            else
                created->setConnection(info.endpoint, info.projectId, info.selfSigned,
                                       info.isSandbox, Connections::sessionKey(info.id));
        };
        QObject::connect(connections, &Connections::currentChanged, created, follow);
        QObject::connect(connections, &Connections::currentEndpointChanged, created, follow);
        QObject::connect(created, &AccountModel::userChanged, connections, [created, connections] {
            if (created->signedIn()) {
                const QVariantMap user = created->user().toMap();
                connections->rememberAccount(connections->current(),
                                             user.value(QStringLiteral("name")).toString(),
                                             user.value(QStringLiteral("email")).toString());
            }
        });
        follow();
        return created;
    }();
    return model;
}

AccountModel *AccountModel::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

void AccountModel::setDefaultSessionStore(SessionStore *store)
{
    configuredStore() = store;
}

SessionStore *AccountModel::defaultSessionStore()
{
    if (!configuredStore()) {
        static MemorySessionStore memory;
        configuredStore() = &memory;
    }
    return configuredStore();
}

QString AccountModel::defaultCallbackUrl(const QString &purpose) const
{
    // Appwrite accepts any scheme whose host is localhost, for every project without a platform
    // entry. A project id that cannot be a scheme falls back on a plain localhost address: the
    // link then ends on an error page whose address the person pastes into the app.
    const QUrl scheme = CallbackScheme::url(m_projectId, purpose);
    if (scheme.isValid())
        return scheme.toString();
    return QStringLiteral("http://localhost/appwrite-account/") + purpose;
}

void AccountModel::setConnection(const QUrl &endpoint, const QString &projectId, bool selfSigned,
                                 bool isSandbox, const QString &sessionKey)
{
    resetConnection();
    m_endpoint = endpoint;
    m_projectId = projectId;
    m_isSandbox = isSandbox;
    m_client = std::make_unique<Client>();
    m_client->setUserAgent(Client::defaultUserAgent(QStringLiteral("appwrite-account"),
                                                    QStringLiteral(APPWRITE_APP_VERSION)));
    m_client->setSessionKey(sessionKey);
    m_client->setSessionStore(m_store ? m_store : defaultSessionStore());
    m_client->setEndpoint(endpoint);
    m_client->setProject(projectId);
    m_client->setSelfSigned(selfSigned);
    m_client->setAllowPlainHttp(m_allowPlainHttp);
    m_client->setPinnedCertificate(m_pinnedCertificate);
    m_api = std::make_unique<Account>(m_client.get());
    connect(m_client.get(), &Client::sessionChanged, this, [this] {
        if (!m_client->hasSession() && (m_signedIn || m_mfaPending))
            signedOutLocally();
    });
    Q_EMIT connectionChanged();
    restoreWhenLoaded(m_store ? m_store : defaultSessionStore());
}

void AccountModel::restoreWhenLoaded(SessionStore *store)
{
    const QString key = m_client->sessionKey();
    if (store->isLoaded(key)) {
        if (m_client->hasSession())
            restoreSession();
        return;
    }
    // The keychain answers later: the UI shows `restoring` instead of the sign-in meanwhile.
    setRestoring(true);
    store->prefetch(key, m_requests, [this] {
        m_client->reloadSession();
        if (m_client->hasSession() && !m_signedIn && !m_mfaPending)
            restoreSession();
        else
            setRestoring(false);
    });
}

void AccountModel::clearConnection()
{
    resetConnection();
    m_endpoint.clear();
    m_projectId.clear();
    m_isSandbox = false;
    Q_EMIT connectionChanged();
}

void AccountModel::resetConnection()
{
    Q_EMIT aboutToChangeConnection();
    delete m_requests;
    m_requests = new QObject(this);
    const QSet<Operation *> running = m_running;
    m_running.clear();
    for (Operation *op : running)
        op->fail(ErrorInfo::cancelled());
    if (!running.isEmpty())
        Q_EMIT busyChanged();
    setStepUp({}, nullptr);
    m_api.reset();
    m_client.reset();
    clearAccountState();
    setRestoring(false);
    setLastError({});
}

bool AccountModel::isAnonymous() const
{
    if (!m_signedIn)
        return false;
    return m_user.value(QStringLiteral("email")).toString().isEmpty()
            && m_user.value(QStringLiteral("phone")).toString().isEmpty() && !hasPassword();
}

bool AccountModel::hasPassword() const
{
    return m_user.value(QStringLiteral("passwordUpdate")).toDateTime().isValid();
}

QString AccountModel::userId() const
{
    return m_user.value(QStringLiteral("$id")).toString();
}

void AccountModel::setUser(const User &user)
{
    m_user = ModelMaps::user(user);
    Q_EMIT userChanged();
}

Operation *AccountModel::begin(const char *slot)
{
    auto *op = new Operation(this);
    Operation::supersede(m_latest[QByteArray(slot)], op);
    const bool wasBusy = busy();
    m_running.insert(op);
    connect(op, &Operation::finished, this, [this, op] {
        const bool before = busy();
        m_running.remove(op);
        if (before != busy())
            Q_EMIT busyChanged();
    });
    if (!wasBusy)
        Q_EMIT busyChanged();
    return op;
}

void AccountModel::finish(Operation *op, const QVariant &result)
{
    if (op)
        op->succeed(result);
}

void AccountModel::fail(Operation *op, const Error &error)
{
    if (error.isSessionGone() && (m_signedIn || m_mfaPending)) {
        m_client->clearSession();
        signedOutLocally();
    }
    fail(op, ErrorInfo::fromClient(error));
}

void AccountModel::fail(Operation *op, const ErrorInfo &error)
{
    if (error.kind != ErrorInfo::Kind::Validation && error.kind != ErrorInfo::Kind::Cancelled)
        setLastError(error);
    if (op)
        op->fail(error);
}

bool AccountModel::requireConnection(Operation *op)
{
    if (m_api)
        return true;
    ErrorInfo info;
    info.kind = ErrorInfo::Kind::Network;
    info.text = tr("Choose a server and project first.");
    QTimer::singleShot(0, op, [this, op, info] { fail(op, info); });
    return false;
}

void AccountModel::adoptSession(Operation *op, const Session &session)
{
    const QVariantMap map = ModelMaps::session(session);
    setCurrentSession(map);
    loadUser(op, map);
}

void AccountModel::loadUser(Operation *op, const QVariant &result)
{
    QPointer<Operation> guard(op);
    m_api->get(m_requests, [this, guard, result](const Result<User> &user) {
        if (user.ok()) {
            setUser(user.value());
            setMfaPending(false);
            setSignedIn(true);
            finish(guard, result);
        } else if (user.error().needsMoreFactors()) {
            // The sign-in itself worked; the UI now asks for the second factor.
            setMfaPending(true);
            fetchFactors(nullptr);
            finish(guard, result);
        } else {
            fail(guard, user.error());
        }
    });
}

void AccountModel::restoreSession()
{
    setRestoring(true);
    m_api->get(m_requests, [this](const Result<User> &user) {
        if (user.ok()) {
            setUser(user.value());
            setSignedIn(true);
            m_api->getSession(m_requests, QStringLiteral("current"),
                              [this](const Result<Session> &session) {
                                  if (session.ok())
                                      setCurrentSession(ModelMaps::session(session.value()));
                              });
        } else if (user.error().needsMoreFactors()) {
            setMfaPending(true);
            fetchFactors(nullptr);
        } else if (user.error().isSessionGone()) {
            m_client->clearSession();
        } else {
            setLastError(ErrorInfo::fromClient(user.error()));
        }
        setRestoring(false);
    });
}

void AccountModel::fetchFactors(Operation *op)
{
    QPointer<Operation> guard(op);
    m_api->listMfaFactors(m_requests, [this, guard](const Result<MfaFactors> &factors) {
        if (!factors.ok()) {
            if (guard)
                fail(guard, factors.error());
            return;
        }
        m_mfaFactors = ModelMaps::mfaFactors(factors.value());
        Q_EMIT mfaFactorsChanged();
        finish(guard, m_mfaFactors);
    });
}

void AccountModel::clearAccountState()
{
    setSignedIn(false);
    setMfaPending(false);
    if (!m_user.isEmpty()) {
        m_user.clear();
        Q_EMIT userChanged();
    }
    setCurrentSession({});
    if (!m_mfaFactors.isEmpty()) {
        m_mfaFactors.clear();
        Q_EMIT mfaFactorsChanged();
    }
}

void AccountModel::signedOutLocally()
{
    if (m_stepUpOperation)
        m_stepUpOperation->fail(ErrorInfo::fromClient(m_stepUpError));
    setStepUp({}, nullptr);
    const bool wasIn = m_signedIn || m_mfaPending;
    if (m_client && m_client->hasSession())
        m_client->clearSession();
    clearAccountState();
    if (wasIn)
        Q_EMIT signedOut();
}

void AccountModel::setSignedIn(bool signedIn)
{
    if (signedIn == m_signedIn)
        return;
    m_signedIn = signedIn;
    Q_EMIT signedInChanged();
    Q_EMIT userChanged(); // isAnonymous depends on it
}

void AccountModel::setRestoring(bool restoring)
{
    if (restoring == m_restoring)
        return;
    m_restoring = restoring;
    Q_EMIT restoringChanged();
}

void AccountModel::setMfaPending(bool pending)
{
    if (pending == m_mfaPending)
        return;
    m_mfaPending = pending;
    Q_EMIT mfaPendingChanged();
}

void AccountModel::setCurrentSession(const QVariantMap &session)
{
    if (session == m_currentSession)
        return;
    m_currentSession = session;
    Q_EMIT currentSessionChanged();
}

void AccountModel::setLastError(const ErrorInfo &error)
{
    if (!error.isError() && !m_lastError.isError())
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

void AccountModel::setStepUp(std::function<void()> retry, Operation *op)
{
    const bool was = stepUpRequired();
    m_stepUpRetry = std::move(retry);
    m_stepUpOperation = op;
    if (was != stepUpRequired())
        Q_EMIT stepUpRequiredChanged();
}

void AccountModel::cancelStepUp()
{
    QPointer<Operation> op = m_stepUpOperation;
    setStepUp({}, nullptr);
    if (op)
        fail(op, m_stepUpError);
}
