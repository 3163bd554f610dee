#include "sandbox/ratelimiter.h"

#include "sandbox/clock.h"
#include "sandbox/database.h"

namespace Sandbox {

RateLimiter::Outcome RateLimiter::hit(const QStringList &keys, int limit, int windowSeconds,
                                      bool enforce)
{
    const qint64 now = Clock::nowMs() / 1000;
    const qint64 windowStart = now / windowSeconds * windowSeconds;
    Outcome outcome;
    outcome.limit = limit;
    outcome.remaining = limit;
    outcome.reset = windowStart + windowSeconds;
    Database::Transaction transaction(m_db);
    for (const QString &key : keys) {
        const qint64 count = m_db.count(QStringLiteral("SELECT count FROM rate_hits WHERE key = ? "
                                                       "AND window_start = ?"),
                                        {key, windowStart});
        // Remaining is computed before this hit is added, as the real server does.
        outcome.remaining =
                int(qMin<qint64>(outcome.remaining, qMax<qint64>(0, limit - (count + 1))));
        if (enforce && count >= limit) {
            outcome.exceeded = true;
            continue;
        }
        m_db.exec(QStringLiteral("INSERT INTO rate_hits (key, window_start, count) VALUES (?, ?, "
                                 "1) ON CONFLICT (key, window_start) DO UPDATE SET count = count "
                                 "+ 1"),
                  {key, windowStart});
    }
    m_db.exec(QStringLiteral("DELETE FROM rate_hits WHERE window_start + ? < ?"),
              {windowSeconds, windowStart});
    transaction.commit();
    return outcome;
}

} // namespace Sandbox
