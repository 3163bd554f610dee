#pragma once

#include "client/models/session.h"
#include "core/accountlistmodel.h"

//! The account's signed-in devices, this one first.
class SessionsModel : public AccountListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        CurrentRole,
        ProviderRole,
        ClientNameRole,
        ClientVersionRole,
        ClientTypeRole,
        OsNameRole,
        OsVersionRole,
        DeviceNameRole,
        DeviceBrandRole,
        DeviceModelRole,
        IpRole,
        CountryCodeRole,
        CountryNameRole,
        CreatedAtRole,
        ExpireRole,
        FactorsRole,
    };
    Q_ENUM(Role)

    using AccountListModel::AccountListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Ends one session; ending the current one signs out.
    Q_INVOKABLE Operation *remove(const QString &sessionId);

    //! Shows \a list (the current session moves to the top).
    void setSessions(const Appwrite::SessionList &list);

protected:
    void fetch() override;
    void clearRows() override;

private:
    QList<Appwrite::Session> m_sessions;
};
