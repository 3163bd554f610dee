#pragma once

#include "client/models/user.h"
#include "core/accountlistmodel.h"

//! The account's push-notification targets (devices).
class PushTargetsModel : public AccountListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    enum Role {
        TargetIdRole = Qt::UserRole + 1,
        IdentifierRole,
        ProviderIdRole,
        NameRole,
        CreatedAtRole,
    };
    Q_ENUM(Role)

    using AccountListModel::AccountListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE Operation *add(const QString &identifier, const QString &providerId);
    Q_INVOKABLE Operation *update(const QString &targetId, const QString &identifier);
    Q_INVOKABLE Operation *remove(const QString &targetId);

    //! Shows the push targets among \a targets (email and SMS targets are left out).
    void setTargets(const QList<Appwrite::Target> &targets);

protected:
    void fetch() override;
    void clearRows() override;

private:
    int rowOf(const QString &targetId) const;
    void upsert(const Appwrite::Target &target);

    QList<Appwrite::Target> m_targets;
};
