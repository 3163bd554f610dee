#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QUrl>

//! One saved server + project. Holds no secret.
struct ConnectionInfo
{
    QString id;
    QString label;
    QUrl endpoint;
    QString projectId;
    bool selfSigned = false;
    bool allowPlainHttp = false; //!< the user confirmed a plain http:// endpoint
    QByteArray pinnedCertificate; //!< with selfSigned: SHA-256 of the certificate accepted
    bool isSandbox = false;
    QString accountName;
    QString accountEmail;
};

//! The saved connections as a list model for the connection picker.
class ConnectionList : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ConnectionIdRole = Qt::UserRole + 1,
        LabelRole,
        EndpointRole,
        ProjectIdRole,
        IsSandboxRole,
        AccountNameRole,
        AccountEmailRole,
        SelfSignedRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<ConnectionInfo> &items() const { return m_items; }
    int indexOf(const QString &id) const;
    void setItems(const QList<ConnectionInfo> &items);
    void append(const ConnectionInfo &info);
    void replace(int row, const ConnectionInfo &info);
    void removeAt(int row);

private:
    QList<ConnectionInfo> m_items;
};
