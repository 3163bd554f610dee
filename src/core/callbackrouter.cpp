#include "core/callbackrouter.h"

#include "core/accountmodel.h"
#include "core/browsersignin.h"
#include "core/callbackscheme.h"
#include "core/connections.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUrlQuery>

#include <utility>

CallbackRouter::CallbackRouter(AccountModel *account, Connections *connections, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_connections(connections)
{
    if (account) {
        // The user's id arrives after the sign-in itself: either may come last.
        connect(account, &AccountModel::signedInChanged, this,
                &CallbackRouter::applyPendingVerification);
        connect(account, &AccountModel::userChanged, this,
                &CallbackRouter::applyPendingVerification);
    }
}

CallbackRouter *CallbackRouter::instance()
{
    static auto *router = new CallbackRouter(AccountModel::instance(), Connections::instance(),
                                             QCoreApplication::instance());
    return router;
}

CallbackRouter *CallbackRouter::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

bool CallbackRouter::open(const QString &link)
{
    const QUrl url(link.trimmed());
    const QString project = CallbackScheme::projectOf(url);
    if (project.isEmpty() || !m_account)
        return false;
    const QString purpose = CallbackScheme::purposeOf(url);
    // An OAuth2 sign-in that could not listen on the loopback comes back this way; its own
    // state check decides.
    if (purpose.startsWith(QStringLiteral("auth/oauth2/"))) {
        if (!BrowserSignIn::deliverToWaiting(url))
            refuse(QStringLiteral("oauth2"),
                   tr("This sign-in link is not the one the app is waiting for. Start signing "
                      "in again."));
        return true;
    }
    const QUrlQuery query(url);
    const QString userId = query.queryItemValue(QStringLiteral("userId"), QUrl::FullyDecoded);
    const QString secret = query.queryItemValue(QStringLiteral("secret"), QUrl::FullyDecoded);
    if (userId.isEmpty() || secret.isEmpty()) {
        refuse(purpose, tr("This link is incomplete. Open the whole link from the email."));
        return true;
    }
    if (!selectProject(project)) {
        refuse(purpose,
               tr("This link is for the project “%1”, which is not connected in this app.")
                       .arg(project));
        return true;
    }
    if (purpose == QStringLiteral("magic-url")) {
        started(purpose, m_account->completeMagicLink(userId, secret));
    } else if (purpose == QStringLiteral("verification")) {
        if (m_account->signedIn()) {
            started(purpose, m_account->completeEmailVerification(userId, secret));
        } else {
            m_pendingVerification = {project, userId, secret};
            m_purpose = purpose;
            Q_EMIT verificationPendingChanged();
        }
    } else if (purpose == QStringLiteral("recovery")) {
        m_pendingRecovery = {{QStringLiteral("userId"), userId},
                             {QStringLiteral("secret"), secret}};
        m_purpose = purpose;
        Q_EMIT pendingRecoveryChanged();
        Q_EMIT linkOpened();
        Q_EMIT recoveryRequested(userId, secret);
    } else {
        refuse(purpose, tr("Appwrite Account does not know what this link is for."));
    }
    return true;
}

void CallbackRouter::applyPendingVerification()
{
    if (!verificationPending() || !m_account || !m_account->signedIn())
        return;
    if (m_account->projectId().compare(m_pendingVerification.project, Qt::CaseInsensitive) != 0)
        return;
    // Someone else signed in: the link stays for its own user.
    const QString signedInUser = m_account->user().toMap().value(QStringLiteral("$id")).toString();
    if (signedInUser != m_pendingVerification.userId)
        return;
    const PendingVerification link = std::exchange(m_pendingVerification, {});
    Q_EMIT verificationPendingChanged();
    started(QStringLiteral("verification"),
            m_account->completeEmailVerification(link.userId, link.secret));
}

void CallbackRouter::clearPendingRecovery()
{
    if (m_pendingRecovery.isEmpty())
        return;
    m_pendingRecovery.clear();
    Q_EMIT pendingRecoveryChanged();
}

bool CallbackRouter::selectProject(const QString &project)
{
    if (m_account->projectId().compare(project, Qt::CaseInsensitive) == 0)
        return true;
    if (!m_connections)
        return false;
    const auto *list = qobject_cast<const ConnectionList *>(m_connections->model());
    if (!list)
        return false;
    for (const ConnectionInfo &info : list->items()) {
        if (info.projectId.compare(project, Qt::CaseInsensitive) == 0) {
            m_connections->select(info.id);
            return m_account->projectId().compare(project, Qt::CaseInsensitive) == 0;
        }
    }
    return false;
}

void CallbackRouter::started(const QString &purpose, Operation *op)
{
    m_operation = op;
    m_purpose = purpose;
    Q_EMIT linkOpened();
}

void CallbackRouter::refuse(const QString &purpose, const QString &text)
{
    auto *op = new Operation(this);
    Operation::supersede(m_refusal, op);
    ErrorInfo error = ErrorInfo::validation(QStringLiteral("link"), text);
    // Failed from the event loop, like the account's operations, so bindings see it happen.
    QTimer::singleShot(0, op, [op, error] { op->fail(error); });
    started(purpose, op);
}
