#pragma once

#include <QString>
#include <QVariantMap>

namespace Sandbox {

class Database;

//! One email or SMS the sandbox "sends". Fill what applies; the rest stays "".
struct OutboxMessage
{
    QString channel; //!< "email" or "sms"
    QString to; //!< address or phone number
    QString subject;
    QString body; //!< plain text
    QString html;
    QString userId;
    QString secret; //!< the code/secret the message carries, for tests and the outbox UI
    QString url; //!< the link inside, if any
    QString phrase; //!< security phrase, if any
};

//! Where emails and SMS go instead of the network (read back by /v1/sandbox/outbox routes).
class Outbox
{
public:
    explicit Outbox(Database &db)
        : m_db(db)
    { }
    //! Stores the message (committed at once) and returns its ID.
    QString send(const OutboxMessage &message);
    //! Oldest first; rows with the columns of schema.h.
    QList<QVariantMap> messages(const QString &to = QString());
    void clear();

private:
    Database &m_db;
};

} // namespace Sandbox
