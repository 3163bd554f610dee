#pragma once

#include "core/accountlistmodel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimer>

//! The embedded or local sandbox's outbox: the emails and text messages it "sent", newest
//! first. Only for sandbox connections; works signed out too (magic links, codes).
class OutboxModel : public AccountListModel
{
    Q_OBJECT
    QML_ELEMENT
    //! While true, the list refreshes itself every few seconds.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        ChannelRole,
        ToRole,
        SubjectRole,
        BodyRole,
        UserIdRole,
        SecretRole,
        UrlRole,
        PhraseRole,
        CreatedAtRole,
    };
    Q_ENUM(Role)

    struct Message
    {
        QString id;
        QString channel;
        QString to;
        QString subject;
        QString body;
        QString userId;
        QString secret;
        QString url;
        QString phrase;
        QDateTime createdAt;
    };

    explicit OutboxModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool active() const { return m_poll.isActive(); }
    void setActive(bool active);
    //! Empties the outbox on the server.
    Q_INVOKABLE Operation *clear();

    //! The messages of a GET /v1/sandbox/outbox answer; false when it is not one.
    static bool parse(const QJsonObject &json, QList<Message> *messages);
    void setMessages(const QList<Message> &messages);

Q_SIGNALS:
    void activeChanged();

protected:
    bool ready() const override;
    void fetch() override;
    void clearRows() override;

private:
    QList<Message> m_messages;
    QTimer m_poll;
};
