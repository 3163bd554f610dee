#include "core/pushtargetsmodel.h"

#include "client/id.h"
#include "core/accountmodel.h"

using namespace Appwrite;

int PushTargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

QVariant PushTargetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Target &target = m_targets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case IdentifierRole:
        return target.identifier;
    case TargetIdRole:
        return target.id;
    case ProviderIdRole:
        return target.providerId;
    case NameRole:
        return target.name;
    case CreatedAtRole:
        return target.createdAt;
    }
    return {};
}

QHash<int, QByteArray> PushTargetsModel::roleNames() const
{
    return {
            {TargetIdRole, "targetId"},     {IdentifierRole, "identifier"},
            {ProviderIdRole, "providerId"}, {NameRole, "name"},
            {CreatedAtRole, "createdAt"},
    };
}

void PushTargetsModel::setTargets(const QList<Target> &targets)
{
    QList<Target> push;
    for (const Target &target : targets) {
        if (target.providerType == QLatin1String("push"))
            push << target;
    }
    resetRows([&] { m_targets = push; });
}

void PushTargetsModel::fetch()
{
    // Appwrite 1.5 has no list call for targets: they come with the account.
    account()->api()->get(fetchContext(), [this](const Result<User> &user) {
        if (user.ok())
            setTargets(user->targets);
        finishLoading(user.ok() ? ErrorInfo() : ErrorInfo::fromClient(user.error()));
    });
}

void PushTargetsModel::clearRows()
{
    if (!m_targets.isEmpty())
        resetRows([this] { m_targets.clear(); });
}

int PushTargetsModel::rowOf(const QString &targetId) const
{
    for (int row = 0; row < m_targets.size(); ++row) {
        if (m_targets.at(row).id == targetId)
            return row;
    }
    return -1;
}

void PushTargetsModel::upsert(const Target &target)
{
    const int row = rowOf(target.id);
    if (row >= 0) {
        m_targets[row] = target;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    beginInsertRows({}, int(m_targets.size()), int(m_targets.size()));
    m_targets.append(target);
    endInsertRows();
}

Operation *PushTargetsModel::add(const QString &identifier, const QString &providerId)
{
    Operation *op = newOperation("add");
    if (!ready()) {
        op->fail(ErrorInfo::cancelled());
        return op;
    }
    QPointer<Operation> guard(op);
    account()->api()->createPushTarget(requests(), ID::unique(), identifier, providerId,
                                       [this, guard](const Result<Target> &target) {
                                           if (target.ok())
                                               upsert(target.value());
                                           if (!guard)
                                               return;
                                           if (target.ok())
                                               guard->succeed(target->id);
                                           else
                                               guard->fail(ErrorInfo::fromClient(target.error()));
                                       });
    return op;
}

Operation *PushTargetsModel::update(const QString &targetId, const QString &identifier)
{
    Operation *op = newOperation("update");
    if (!ready()) {
        op->fail(ErrorInfo::cancelled());
        return op;
    }
    QPointer<Operation> guard(op);
    account()->api()->updatePushTarget(requests(), targetId, identifier,
                                       [this, guard](const Result<Target> &target) {
                                           if (target.ok())
                                               upsert(target.value());
                                           if (!guard)
                                               return;
                                           if (target.ok())
                                               guard->succeed(target->id);
                                           else
                                               guard->fail(ErrorInfo::fromClient(target.error()));
                                       });
    return op;
}

Operation *PushTargetsModel::remove(const QString &targetId)
{
    Operation *op = newOperation("remove");
    if (!ready()) {
        op->fail(ErrorInfo::cancelled());
        return op;
    }
    QPointer<Operation> guard(op);
    account()->api()->deletePushTarget(requests(), targetId,
                                       [this, guard, targetId](const Result<void> &r) {
                                           if (r.ok()) {
                                               const int row = rowOf(targetId);
                                               if (row >= 0) {
                                                   beginRemoveRows({}, row, row);
                                                   m_targets.removeAt(row);
                                                   endRemoveRows();
                                               }
                                           }
                                           if (!guard)
                                               return;
                                           if (r.ok())
                                               guard->succeed();
                                           else
                                               guard->fail(ErrorInfo::fromClient(r.error()));
                                       });
    return op;
}
