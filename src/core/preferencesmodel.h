#pragma once

#include "core/accountlistmodel.h"

#include <QJsonObject>
#include <QJsonValue>

//! The account's preferences as editable key/value rows. A value is JSON when it reads as JSON
//! (numbers, true/false/null, objects, arrays, "quoted text"); anything else is plain text.
class PreferencesModel : public AccountListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool dirty READ dirty NOTIFY stateChanged)
    Q_PROPERTY(int sizeBytes READ sizeBytes NOTIFY stateChanged)
    Q_PROPERTY(int limitBytes READ limitBytes CONSTANT)
    Q_PROPERTY(bool valid READ valid NOTIFY stateChanged)
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        ValueRole,
        IsJsonRole,
        ValidRole,
        ErrorRole,
    };
    Q_ENUM(Role)
    //! The server's limit for the encoded preferences (Appwrite 1.5: 65535 bytes).
    static constexpr int limit = 65535;

    using AccountListModel::AccountListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool dirty() const;
    int sizeBytes() const;
    int limitBytes() const { return limit; }
    bool valid() const;

    Q_INVOKABLE void add(const QString &key, const QString &value);
    Q_INVOKABLE void setKey(int row, const QString &key);
    Q_INVOKABLE void setValue(int row, const QString &value);
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE Operation *save();
    Q_INVOKABLE void revert() override;

    //! Shows \a prefs as saved on the server.
    void setPreferences(const QJsonObject &prefs);
    //! The rows as the object save() would send (only meaningful when valid()).
    QJsonObject toJson() const;

    //! How \a text is read: the JSON value it denotes, or an error message.
    static QJsonValue parseValue(const QString &text, QString *error);
    //! The text shown for a stored \a value (parseValue() gives the value back).
    static QString textOf(const QJsonValue &value);

Q_SIGNALS:
    void stateChanged();

protected:
    void fetch() override;
    void clearRows() override;

private:
    struct Row
    {
        QString key;
        QString text;
    };
    QString rowError(int row) const;
    void rowChanged(int row);

    QList<Row> m_rows;
    QJsonObject m_saved;
};
