#include "core/accountlistmodel.h"

#include "core/accountmodel.h"
#include "core/operation.h"

AccountListModel::AccountListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_requests(new QObject(this))
    , m_fetch(new QObject(this))
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &AccountListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &AccountListModel::countChanged);
}

void AccountListModel::setAccount(AccountModel *account)
{
    if (account == m_account)
        return;
    if (m_account)
        disconnect(m_account, nullptr, this, nullptr);
    m_account = account;
    if (m_account) {
        connect(m_account, &AccountModel::aboutToChangeConnection, this,
                &AccountListModel::dropRequests);
        connect(m_account, &AccountModel::signedInChanged, this,
                &AccountListModel::accountStateChanged);
        connect(m_account, &AccountModel::connectionChanged, this,
                &AccountListModel::accountStateChanged);
        connect(m_account, &QObject::destroyed, this, &AccountListModel::accountStateChanged);
    }
    Q_EMIT accountChanged();
    accountStateChanged();
}

void AccountListModel::dropRequests()
{
    delete m_fetch;
    m_fetch = new QObject(this);
    delete m_requests;
    m_requests = new QObject(this);
    setLoading(false);
    for (const QPointer<Operation> &op : std::as_const(m_operations)) {
        if (op && !op->done())
            op->fail(ErrorInfo::cancelled());
    }
}

void AccountListModel::accountStateChanged()
{
    dropRequests();
    clearRows();
    finishLoading();
    if (ready())
        reload();
}

bool AccountListModel::ready() const
{
    return m_account && m_account->api() && m_account->signedIn();
}

void AccountListModel::reload()
{
    if (!ready())
        return;
    // A reload replaces whatever fetch is still on its way.
    delete m_fetch;
    m_fetch = new QObject(this);
    setLoading(true);
    fetch();
}

void AccountListModel::finishLoading(const ErrorInfo &error)
{
    setLoading(false);
    if (error.isError() || m_error.isError()) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

void AccountListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

Operation *AccountListModel::newOperation(const char *slot)
{
    auto *op = new Operation(this);
    Operation::supersede(m_operations[QByteArray(slot)], op);
    return op;
}
