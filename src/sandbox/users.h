#pragma once

#include <QString>
#include <QVariantMap>

#include <optional>

namespace Sandbox {

class Database;

//! The users and targets tables. Rows are QVariantMaps with the column names of schema.h.
class Users
{
public:
    explicit Users(Database &db)
        : m_db(db)
    { }

    struct NewUser
    {
        QString id; //!< already resolved (no "unique()")
        QString email; //!< lower-case, or empty
        QString phone;
        QString name;
        QString password; //!< plain text, hashed here; empty: no password
        bool emailVerified = false;
    };
    //! Inserts the user (and an email target when it has an email). The caller checks for
    //! duplicates first (see exists()).
    QVariantMap create(const NewUser &user);
    std::optional<QVariantMap> find(const QString &id);
    std::optional<QVariantMap> findByEmail(const QString &email);
    std::optional<QVariantMap> findByPhone(const QString &phone);
    //! Whether a user already has this id, or this email.
    bool exists(const QString &id, const QString &email);

    //! Sets columns (name -> value) and updated_at; returns the fresh row.
    QVariantMap update(const QString &id, const QVariantMap &columns);
    //! Hashes and stores a new password, stamping password_updated_at.
    QVariantMap setPassword(const QString &id, const QString &password);

    static bool hasPassword(const QVariantMap &user);
    static bool verifyPassword(const QVariantMap &user, const QString &password);

    QList<QVariantMap> targets(const QString &userId);
    std::optional<QVariantMap> targetByIdentifier(const QString &identifier);
    //! Rewrites the identifier of the user's target of \a providerType (email/sms), if any.
    void updateTargetIdentifier(const QString &userId, const QString &providerType,
                                const QString &identifier);

private:
    Database &m_db;
};

} // namespace Sandbox
