#include "core/identitiesmodel.h"

#include "core/accountmodel.h"

using namespace Appwrite;

int IdentitiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_identities.size());
}

QVariant IdentitiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Identity &identity = m_identities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ProviderRole:
        return identity.provider;
    case IdentityIdRole:
        return identity.id;
    case ProviderUidRole:
        return identity.providerUid;
    case ProviderEmailRole:
        return identity.providerEmail;
    case CreatedAtRole:
        return identity.createdAt;
    case UpdatedAtRole:
        return identity.updatedAt;
    }
    return {};
}

QHash<int, QByteArray> IdentitiesModel::roleNames() const
{
    return {
            {IdentityIdRole, "identityId"},   {ProviderRole, "provider"},
            {ProviderUidRole, "providerUid"}, {ProviderEmailRole, "providerEmail"},
            {CreatedAtRole, "createdAt"},     {UpdatedAtRole, "updatedAt"},
    };
}

void IdentitiesModel::setIdentities(const IdentityList &list)
{
    resetRows([&] { m_identities = list.identities; });
}

void IdentitiesModel::fetch()
{
    account()->api()->listIdentities(fetchContext(), {}, [this](const Result<IdentityList> &list) {
        if (list.ok())
            setIdentities(list.value());
        finishLoading(list.ok() ? ErrorInfo() : ErrorInfo::fromClient(list.error()));
    });
}

void IdentitiesModel::clearRows()
{
    if (!m_identities.isEmpty())
        resetRows([this] { m_identities.clear(); });
}

Operation *IdentitiesModel::remove(const QString &identityId)
{
    Operation *op = newOperation("remove");
    if (!ready()) {
        op->fail(ErrorInfo::cancelled());
        return op;
    }
    QPointer<Operation> guard(op);
    account()->api()->deleteIdentity(requests(), identityId,
                                     [this, guard, identityId](const Result<void> &r) {
                                         if (!r.ok()) {
                                             if (guard)
                                                 guard->fail(ErrorInfo::fromClient(r.error()));
                                             return;
                                         }
                                         for (int row = 0; row < m_identities.size(); ++row) {
                                             if (m_identities.at(row).id == identityId) {
                                                 beginRemoveRows({}, row, row);
                                                 m_identities.removeAt(row);
                                                 endRemoveRows();
                                                 break;
                                             }
                                         }
                                         if (guard)
                                             guard->succeed();
                                     });
    return op;
}
