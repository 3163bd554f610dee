#pragma once

#include "core/accountmodel.h"
#include "core/errorinfo.h"
#include "core/operation.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

//! What every list of the account shares: the account it shows, loading and error state, and
//! reloading when the account signs in, out or switches.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(AccountModel *account READ account WRITE setAccount NOTIFY accountChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QVariant error READ error NOTIFY errorChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit AccountListModel(QObject *parent = nullptr);

    AccountModel *account() const { return m_account; }
    void setAccount(AccountModel *account);
    bool loading() const { return m_loading; }
    QVariant error() const { return m_error.toMap(); }
    int count() const { return rowCount(); }

    //! Fetches the list again (nothing happens while signed out).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void accountChanged();
    void loadingChanged();
    void errorChanged();
    void countChanged();

protected:
    //! Starts the request; call finishLoading() from its callback.
    virtual void fetch() = 0;
    //! Forgets every row (signed out, other connection).
    virtual void clearRows() = 0;
    //! Whether the account can be asked (by default: connected and signed in).
    virtual bool ready() const;
    //! The context of the fetch request; replaced (dropping it) by every reload.
    QObject *fetchContext() const { return m_fetch; }
    //! The context of changes (remove, add...); replaced when the account signs out or
    //! switches, after their operations failed as cancelled.
    QObject *requests() const { return m_requests; }
    void finishLoading(const ErrorInfo &error = {});
    void setLoading(bool loading);
    //! A new operation owned by this list for \a remove / add calls; the previous one of the
    //! same slot is released.
    Operation *newOperation(const char *slot);
    //! Resets rows with begin/endResetModel around \a change and announces the new count.
    template<typename Change>
    void resetRows(Change change)
    {
        beginResetModel();
        change();
        endResetModel();
        Q_EMIT countChanged();
    }

private:
    void accountStateChanged();
    void dropRequests();

    QPointer<AccountModel> m_account;
    QObject *m_requests = nullptr;
    QObject *m_fetch = nullptr;
    bool m_loading = false;
    ErrorInfo m_error;
    QHash<QByteArray, QPointer<Operation>> m_operations;
};
