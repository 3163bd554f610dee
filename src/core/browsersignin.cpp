#include "core/browsersignin.h"

#include "core/accountmodel.h"
#include "core/callbackscheme.h"

#include <QDesktopServices>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {
const QString successPath = QStringLiteral("/auth/oauth2/success");
const QString failurePath = QStringLiteral("/auth/oauth2/failure");

QPointer<BrowserSignIn> &waitingSignIn()
{
    static QPointer<BrowserSignIn> waiting;
    return waiting;
}

QString randomState()
{
    return QString::number(QRandomGenerator::system()->generate64(), 36)
            + QString::number(QRandomGenerator::system()->generate64(), 36);
}

//! Appwrite sends `error={"message":…,"type":…,"code":…}` to the failure URL.
ErrorInfo failureFrom(const QUrlQuery &query)
{
    const QString raw = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QJsonObject error = QJsonDocument::fromJson(raw.toUtf8()).object();
    ErrorInfo info = ErrorInfo::http(error.value(QStringLiteral("code")).toInt(400),
                                     error.value(QStringLiteral("type")).toString(),
                                     error.value(QStringLiteral("message")).toString(raw));
    return info;
}
} // namespace

BrowserSignIn::BrowserSignIn(QObject *parent)
    : QObject(parent)
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &BrowserSignIn::expire);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &BrowserSignIn::secondsLeftChanged);
    connect(&m_receiver, &LoopbackReceiver::received, this, &BrowserSignIn::handle);
}

BrowserSignIn::~BrowserSignIn()
{
    stopWaiting();
}

void BrowserSignIn::setAccount(AccountModel *account)
{
    if (m_account == account)
        return;
    cancel();
    m_account = account;
    Q_EMIT accountChanged();
}

void BrowserSignIn::setTimeout(int ms)
{
    if (ms == m_timeout)
        return;
    m_timeout = ms;
    Q_EMIT timeoutChanged();
}

int BrowserSignIn::secondsLeft() const
{
    if (!m_waiting)
        return 0;
    return int((m_deadline.remainingTime() + 999) / 1000);
}

Operation *BrowserSignIn::start(const QString &provider, const QStringList &scopes)
{
    // A sign-in still waiting ends as cancelled: one listener, one operation at a time.
    cancel();
    auto *op = new Operation(this);
    Operation::supersede(m_operation, op);
    m_url.clear();
    m_browserOpened = false;
    if (!m_account) {
        op->fail(ErrorInfo::validation(QString(), tr("Choose a server and project first.")));
        Q_EMIT stateChanged();
        return op;
    }
    QUrl failure;
    if (m_receiver.listen()) {
        m_successUrl = m_receiver.url(successPath);
        failure = m_receiver.url(failurePath);
    } else {
        // No loopback port (a locked-down machine): come back through the app's URL scheme.
        m_schemeState = randomState();
        const QString query = QStringLiteral("state=") + m_schemeState;
        m_successUrl = CallbackScheme::url(m_account->projectId(), successPath.mid(1));
        failure = CallbackScheme::url(m_account->projectId(), failurePath.mid(1));
        m_successUrl.setQuery(query);
        failure.setQuery(query);
    }
    ErrorInfo error;
    m_url = m_account->oauthTokenUrl(provider, scopes, m_successUrl, failure, &error);
    if (!m_url.isValid()) {
        stopWaiting();
        op->fail(error);
        Q_EMIT stateChanged();
        return op;
    }
    m_waiting = true;
    waitingSignIn() = this;
    m_deadline = QDeadlineTimer(m_timeout);
    m_expiry.start(m_timeout);
    m_tick.start();
    m_browserOpened = QDesktopServices::openUrl(m_url);
    Q_EMIT stateChanged();
    Q_EMIT secondsLeftChanged();
    return op;
}

bool BrowserSignIn::openBrowser()
{
    if (!m_url.isValid())
        return false;
    const bool opened = QDesktopServices::openUrl(m_url);
    if (opened != m_browserOpened) {
        m_browserOpened = opened;
        Q_EMIT stateChanged();
    }
    return opened;
}

void BrowserSignIn::cancel()
{
    if (!m_waiting && !(m_operation && m_operation->busy()))
        return;
    stopWaiting();
    failWith(ErrorInfo::cancelled());
}

Operation *BrowserSignIn::complete(const QString &userId, const QString &secret)
{
    if (!m_operation || m_operation->done()) {
        auto *op = new Operation(this);
        Operation::supersede(m_operation, op);
    }
    stopWaiting();
    Q_EMIT stateChanged();
    exchange(userId, secret);
    return m_operation;
}

bool BrowserSignIn::deliverToWaiting(const QUrl &url)
{
    BrowserSignIn *signIn = waitingSignIn();
    if (!signIn || !signIn->m_waiting || signIn->m_schemeState.isEmpty())
        return false;
    const QUrlQuery query(url);
    if (query.queryItemValue(QStringLiteral("state")) != signIn->m_schemeState)
        return false;
    signIn->handle(url.path(), query);
    return true;
}

void BrowserSignIn::handle(const QString &path, const QUrlQuery &query)
{
    stopWaiting();
    Q_EMIT stateChanged();
    if (path == failurePath || query.hasQueryItem(QStringLiteral("error"))) {
        failWith(failureFrom(query));
        return;
    }
    const QString userId = query.queryItemValue(QStringLiteral("userId"), QUrl::FullyDecoded);
    const QString secret = query.queryItemValue(QStringLiteral("secret"), QUrl::FullyDecoded);
    if (path != successPath || userId.isEmpty() || secret.isEmpty()) {
        failWith(ErrorInfo::http(400, QStringLiteral("general_argument_invalid"),
                                 tr("The browser came back without sign-in details.")));
        return;
    }
    exchange(userId, secret);
}

void BrowserSignIn::exchange(const QString &userId, const QString &secret)
{
    QPointer<Operation> op = m_operation;
    if (!m_account) {
        failWith(ErrorInfo::validation(QString(), tr("Choose a server and project first.")));
        return;
    }
    QPointer<Operation> session = m_account->completeToken(userId, secret);
    connect(session, &Operation::finished, this, [op, session] {
        if (!op || !session)
            return;
        if (session->ok())
            op->succeed(session->result());
        else
            op->fail(session->errorInfo());
    });
}

void BrowserSignIn::stopWaiting()
{
    m_receiver.close();
    m_expiry.stop();
    m_tick.stop();
    m_schemeState.clear();
    m_waiting = false;
    if (waitingSignIn() == this)
        waitingSignIn() = nullptr;
}

void BrowserSignIn::expire()
{
    stopWaiting();
    ErrorInfo error;
    error.kind = ErrorInfo::Kind::Timeout;
    error.text = tr("The browser did not come back in time. Start again, or paste the address "
                    "the browser ended on.");
    failWith(error);
    Q_EMIT stateChanged();
    Q_EMIT secondsLeftChanged();
}

void BrowserSignIn::failWith(const ErrorInfo &error)
{
    if (m_operation)
        m_operation->fail(error);
    Q_EMIT stateChanged();
}
