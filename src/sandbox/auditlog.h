#pragma once

#include <QString>
#include <QVariantMap>

namespace Sandbox {

class Database;
class RequestContext;

//! The security log behind GET /account/logs. The router writes one entry per successful
//! route that declares an audit event; routes rarely call this directly.
class AuditLog
{
public:
    explicit AuditLog(Database &db)
        : m_db(db)
    { }
    //! Records \a event ("session.create", "user.update", ...) about \a user, with the
    //! request's IP, User-Agent and country.
    void write(const RequestContext &ctx, const QString &event, const QVariantMap &user);

private:
    Database &m_db;
};

} // namespace Sandbox
