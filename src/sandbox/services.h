#pragma once

#include "sandbox/auditlog.h"
#include "sandbox/database.h"
#include "sandbox/jwt.h"
#include "sandbox/options.h"
#include "sandbox/outbox.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/sessions.h"
#include "sandbox/users.h"

namespace Sandbox {

//! What routes can use, reachable from every RequestContext as ctx.services.
class Services
{
public:
    explicit Services(const Options &options);
    //! Opens the database and loads server keys; false with errorString().
    bool open();
    QString errorString() const { return m_error; }

    const Options &options;
    Database db;
    Users users{db};
    Sessions sessions{db, options};
    AuditLog audit{db};
    Outbox outbox{db};
    RateLimiter rateLimiter{db};
    Jwt jwt;

private:
    QString m_error;
};

} // namespace Sandbox
