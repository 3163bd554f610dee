#include "core/sessionsmodel.h"

#include "core/accountmodel.h"

#include <algorithm>

using namespace Appwrite;

int SessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant SessionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session &s = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ClientNameRole:
        return s.clientName;
    case SessionIdRole:
        return s.id;
    case CurrentRole:
        return s.current;
    case ProviderRole:
        return s.provider;
    case ClientVersionRole:
        return s.clientVersion;
    case ClientTypeRole:
        return s.clientType;
    case OsNameRole:
        return s.osName;
    case OsVersionRole:
        return s.osVersion;
    case DeviceNameRole:
        return s.deviceName;
    case DeviceBrandRole:
        return s.deviceBrand;
    case DeviceModelRole:
        return s.deviceModel;
    case IpRole:
        return s.ip;
    case CountryCodeRole:
        return s.countryCode;
    case CountryNameRole:
        return s.countryName;
    case CreatedAtRole:
        return s.createdAt;
    case ExpireRole:
        return s.expire;
    case FactorsRole:
        return s.factors;
    }
    return {};
}

QHash<int, QByteArray> SessionsModel::roleNames() const
{
    return {
            {SessionIdRole, "sessionId"},
            {CurrentRole, "current"},
            {ProviderRole, "provider"},
            {ClientNameRole, "clientName"},
            {ClientVersionRole, "clientVersion"},
            {ClientTypeRole, "clientType"},
            {OsNameRole, "osName"},
            {OsVersionRole, "osVersion"},
            {DeviceNameRole, "deviceName"},
            {DeviceBrandRole, "deviceBrand"},
            {DeviceModelRole, "deviceModel"},
            {IpRole, "ip"},
            {CountryCodeRole, "countryCode"},
            {CountryNameRole, "countryName"},
            {CreatedAtRole, "createdAt"},
            {ExpireRole, "expire"},
            {FactorsRole, "factors"},
    };
}

void SessionsModel::setSessions(const SessionList &list)
{
    QList<Session> sorted = list.sessions;
    // This device first, then the most recent.
    std::stable_sort(sorted.begin(), sorted.end(), [](const Session &a, const Session &b) {
        if (a.current != b.current)
            return a.current;
        return a.createdAt > b.createdAt;
    });
    resetRows([&] { m_sessions = sorted; });
}

void SessionsModel::fetch()
{
    account()->api()->listSessions(fetchContext(), [this](const Result<SessionList> &list) {
        if (list.ok())
            setSessions(list.value());
        finishLoading(list.ok() ? ErrorInfo() : ErrorInfo::fromClient(list.error()));
    });
}

void SessionsModel::clearRows()
{
    if (!m_sessions.isEmpty())
        resetRows([this] { m_sessions.clear(); });
}

Operation *SessionsModel::remove(const QString &sessionId)
{
    const auto it = std::find_if(m_sessions.cbegin(), m_sessions.cend(),
                                 [&](const Session &s) { return s.id == sessionId; });
    if (it != m_sessions.cend() && it->current && account())
        return account()->signOut();
    Operation *op = newOperation("remove");
    if (!ready()) {
        op->fail(ErrorInfo::cancelled());
        return op;
    }
    QPointer<Operation> guard(op);
    account()->api()->deleteSession(requests(), sessionId,
                                    [this, guard, sessionId](const Result<void> &r) {
                                        if (!guard)
                                            return;
                                        if (!r.ok()) {
                                            guard->fail(ErrorInfo::fromClient(r.error()));
                                            return;
                                        }
                                        for (int row = 0; row < m_sessions.size(); ++row) {
                                            if (m_sessions.at(row).id == sessionId) {
                                                beginRemoveRows({}, row, row);
                                                m_sessions.removeAt(row);
                                                endRemoveRows();
                                                break;
                                            }
                                        }
                                        guard->succeed();
                                    });
    return op;
}
