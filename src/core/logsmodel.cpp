#include "core/logsmodel.h"

#include "client/query.h"
#include "core/accountmodel.h"
#include "core/eventnames.h"

using namespace Appwrite;

int LogsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_logs.size());
}

QVariant LogsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Log &log = m_logs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case EventTextRole:
        return EventNames::describe(log.event);
    case EventRole:
        return log.event;
    case IpRole:
        return log.ip;
    case ClientNameRole:
        return log.clientName;
    case ClientVersionRole:
        return log.clientVersion;
    case OsNameRole:
        return log.osName;
    case OsVersionRole:
        return log.osVersion;
    case DeviceNameRole:
        return log.deviceName;
    case CountryNameRole:
        return log.countryName;
    case TimeRole:
        return log.time;
    }
    return {};
}

QHash<int, QByteArray> LogsModel::roleNames() const
{
    return {
            {EventRole, "event"},
            {EventTextRole, "eventText"},
            {IpRole, "ip"},
            {ClientNameRole, "clientName"},
            {ClientVersionRole, "clientVersion"},
            {OsNameRole, "osName"},
            {OsVersionRole, "osVersion"},
            {DeviceNameRole, "deviceName"},
            {CountryNameRole, "countryName"},
            {TimeRole, "time"},
    };
}

bool LogsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetchingMore && !loading() && ready() && m_logs.size() < m_total;
}

void LogsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetchingMore = true;
    setLoading(true);
    fetchPage(int(m_logs.size()));
}

void LogsModel::fetch()
{
    fetchPage(0);
}

void LogsModel::fetchPage(int offset)
{
    const QStringList queries{Query::limit(pageSize), Query::offset(offset)};
    account()->api()->listLogs(
            fetchContext(), queries, [this, offset](const Result<LogList> &page) {
                m_fetchingMore = false;
                if (page.ok())
                    addPage(page.value(), offset == 0);
                finishLoading(page.ok() ? ErrorInfo() : ErrorInfo::fromClient(page.error()));
            });
}

void LogsModel::addPage(const LogList &page, bool reset)
{
    if (reset) {
        resetRows([&] { m_logs = page.logs; });
    } else if (!page.logs.isEmpty()) {
        beginInsertRows({}, int(m_logs.size()), int(m_logs.size() + page.logs.size() - 1));
        m_logs.append(page.logs);
        endInsertRows();
    }
    // A short page means the end, whatever total said (entries may have been added meanwhile).
    const int total =
            page.logs.size() < pageSize ? int(m_logs.size()) : qMax(page.total, int(m_logs.size()));
    if (total != m_total) {
        m_total = total;
        Q_EMIT totalChanged();
    }
}

void LogsModel::clearRows()
{
    m_fetchingMore = false;
    if (!m_logs.isEmpty())
        resetRows([this] { m_logs.clear(); });
    if (m_total != 0) {
        m_total = 0;
        Q_EMIT totalChanged();
    }
}
