#include "sandbox/auditlog.h"

#include "sandbox/clock.h"
#include "sandbox/database.h"
#include "sandbox/requestcontext.h"
#include "sandbox/useragent.h"

namespace Sandbox {

void AuditLog::write(const RequestContext &ctx, const QString &event, const QVariantMap &user)
{
    const QString userId = user.value(QStringLiteral("id")).toString();
    if (userId.isEmpty())
        return;
    m_db.exec(QStringLiteral("INSERT INTO logs (user_id, event, user_email, user_name, mode, ip, "
                             "user_agent, country_code, time) VALUES (?, ?, ?, ?, 'default', ?, "
                             "?, ?, ?)"),
              {userId, event, user.value(QStringLiteral("email")).toString(),
               user.value(QStringLiteral("name")).toString(), ctx.ip, ctx.userAgent,
               Country::codeFor(ctx.ip), Clock::nowMs()});
}

} // namespace Sandbox
