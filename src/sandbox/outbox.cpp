#include "sandbox/outbox.h"

#include "sandbox/clock.h"
#include "sandbox/database.h"

#include "client/id.h"

namespace Sandbox {

QString Outbox::send(const OutboxMessage &message)
{
    const QString id = Appwrite::ID::unique();
    m_db.exec(QStringLiteral("INSERT INTO outbox (id, created_at, channel, recipient, subject, "
                             "body, html, user_id, secret, url, phrase) VALUES (?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?)"),
              {id, Clock::nowMs(), message.channel, message.to, message.subject, message.body,
               message.html, message.userId, message.secret, message.url, message.phrase});
    return id;
}

QList<QVariantMap> Outbox::messages(const QString &to)
{
    if (to.isEmpty())
        return m_db.all(QStringLiteral("SELECT * FROM outbox ORDER BY seq"));
    return m_db.all(QStringLiteral("SELECT * FROM outbox WHERE recipient = ? ORDER BY seq"), {to});
}

void Outbox::clear()
{
    m_db.exec(QStringLiteral("DELETE FROM outbox"));
}

} // namespace Sandbox
