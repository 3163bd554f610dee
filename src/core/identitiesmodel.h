#pragma once

#include "client/models/identity.h"
#include "core/accountlistmodel.h"

//! The OAuth2 provider accounts linked to this account.
class IdentitiesModel : public AccountListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    enum Role {
        IdentityIdRole = Qt::UserRole + 1,
        ProviderRole,
        ProviderUidRole,
        ProviderEmailRole,
        CreatedAtRole,
        UpdatedAtRole,
    };
    Q_ENUM(Role)

    using AccountListModel::AccountListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE Operation *remove(const QString &identityId);

    void setIdentities(const Appwrite::IdentityList &list);

protected:
    void fetch() override;
    void clearRows() override;

private:
    QList<Appwrite::Identity> m_identities;
};
