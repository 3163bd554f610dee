#include "core/connectionlist.h"

int ConnectionList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ConnectionList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionInfo &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return item.label;
    case ConnectionIdRole:
        return item.id;
    case EndpointRole:
        return item.endpoint.toString();
    case ProjectIdRole:
        return item.projectId;
    case IsSandboxRole:
        return item.isSandbox;
    case AccountNameRole:
        return item.accountName;
    case AccountEmailRole:
        return item.accountEmail;
    case SelfSignedRole:
        return item.selfSigned;
    }
    return {};
}

QHash<int, QByteArray> ConnectionList::roleNames() const
{
    return {
            {ConnectionIdRole, "connectionId"}, {LabelRole, "label"},
            {EndpointRole, "endpoint"},         {ProjectIdRole, "projectId"},
            {IsSandboxRole, "isSandbox"},       {AccountNameRole, "accountName"},
            {AccountEmailRole, "accountEmail"}, {SelfSignedRole, "selfSigned"},
    };
}

int ConnectionList::indexOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return i;
    }
    return -1;
}

void ConnectionList::setItems(const QList<ConnectionInfo> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void ConnectionList::append(const ConnectionInfo &info)
{
    beginInsertRows({}, int(m_items.size()), int(m_items.size()));
    m_items.append(info);
    endInsertRows();
}

void ConnectionList::replace(int row, const ConnectionInfo &info)
{
    m_items[row] = info;
    Q_EMIT dataChanged(index(row), index(row));
}

void ConnectionList::removeAt(int row)
{
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}
