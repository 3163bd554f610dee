#include "sandbox/users.h"

#include "sandbox/clock.h"
#include "sandbox/database.h"
#include "sandbox/passwordhasher.h"

#include "client/id.h"

namespace Sandbox {

namespace {
QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}
} // namespace

QVariantMap Users::create(const NewUser &user)
{
    const qint64 now = Clock::nowMs();
    Database::Transaction transaction(m_db);
    const QString hash = user.password.isEmpty() ? QString() : PasswordHasher::hash(user.password);
    m_db.exec(QStringLiteral("INSERT INTO users (id, created_at, updated_at, name, email, phone, "
                             "password_hash, password_updated_at, registration, status, "
                             "email_verified, accessed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, "
                             "?, ?)"),
              {user.id, now, now, user.name, nullIfEmpty(user.email), nullIfEmpty(user.phone),
               nullIfEmpty(hash), hash.isEmpty() ? 0 : now, now, int(user.emailVerified), now});
    if (!user.email.isEmpty()) {
        m_db.exec(QStringLiteral("INSERT INTO targets (id, user_id, created_at, updated_at, name, "
                                 "provider_type, identifier) VALUES (?, ?, ?, ?, '', 'email', ?)"),
                  {Appwrite::ID::unique(), user.id, now, now, user.email});
    }
    transaction.commit();
    return *find(user.id);
}

std::optional<QVariantMap> Users::find(const QString &id)
{
    return m_db.one(QStringLiteral("SELECT * FROM users WHERE id = ?"), {id});
}

std::optional<QVariantMap> Users::findByEmail(const QString &email)
{
    return m_db.one(QStringLiteral("SELECT * FROM users WHERE email = ?"), {email.toLower()});
}

std::optional<QVariantMap> Users::findByPhone(const QString &phone)
{
    return m_db.one(QStringLiteral("SELECT * FROM users WHERE phone = ?"), {phone});
}

bool Users::exists(const QString &id, const QString &email)
{
    return m_db.count(QStringLiteral("SELECT COUNT(*) FROM users WHERE id = ? OR email = ?"),
                      {id, email.toLower()})
            > 0;
}

QVariantMap Users::update(const QString &id, const QVariantMap &columns)
{
    QStringList assignments;
    QVariantList binds;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        assignments.append(it.key() + QStringLiteral(" = ?"));
        binds.append(it.value());
    }
    assignments.append(QStringLiteral("updated_at = ?"));
    binds.append(Clock::nowMs());
    binds.append(id);
    m_db.exec(QStringLiteral("UPDATE users SET %1 WHERE id = ?")
                      .arg(assignments.join(QStringLiteral(", "))),
              binds);
    return find(id).value_or(QVariantMap());
}

QVariantMap Users::setPassword(const QString &id, const QString &password)
{
    return update(id,
                  {{QStringLiteral("password_hash"), PasswordHasher::hash(password)},
                   {QStringLiteral("password_updated_at"), Clock::nowMs()}});
}

bool Users::hasPassword(const QVariantMap &user)
{
    return !user.value(QStringLiteral("password_hash")).toString().isEmpty();
}

bool Users::verifyPassword(const QVariantMap &user, const QString &password)
{
    return PasswordHasher::verify(user.value(QStringLiteral("password_hash")).toString(), password);
}

QList<QVariantMap> Users::targets(const QString &userId)
{
    return m_db.all(QStringLiteral("SELECT * FROM targets WHERE user_id = ? ORDER BY created_at, "
                                   "rowid"),
                    {userId});
}

std::optional<QVariantMap> Users::targetByIdentifier(const QString &identifier)
{
    return m_db.one(QStringLiteral("SELECT * FROM targets WHERE identifier = ?"), {identifier});
}

void Users::updateTargetIdentifier(const QString &userId, const QString &providerType,
                                   const QString &identifier)
{
    m_db.exec(QStringLiteral("UPDATE targets SET identifier = ?, updated_at = ? WHERE user_id = ? "
                             "AND provider_type = ?"),
              {identifier, Clock::nowMs(), userId, providerType});
}

} // namespace Sandbox
