#pragma once

#include "client/models/log.h"
#include "core/accountlistmodel.h"

//! The account's security log, newest first, fetched a page at a time.
class LogsModel : public AccountListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int total READ total NOTIFY totalChanged)
public:
    enum Role {
        EventRole = Qt::UserRole + 1,
        EventTextRole,
        IpRole,
        ClientNameRole,
        ClientVersionRole,
        OsNameRole,
        OsVersionRole,
        DeviceNameRole,
        CountryNameRole,
        TimeRole,
    };
    Q_ENUM(Role)
    static constexpr int pageSize = 25;

    using AccountListModel::AccountListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int total() const { return m_total; }

    //! Appends one page as the server sent it (\a reset: it is the first page).
    void addPage(const Appwrite::LogList &page, bool reset);

Q_SIGNALS:
    void totalChanged();

protected:
    void fetch() override;
    void clearRows() override;

private:
    void fetchPage(int offset);

    QList<Appwrite::Log> m_logs;
    int m_total = 0;
    bool m_fetchingMore = false;
};
