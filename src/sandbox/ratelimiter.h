#pragma once

#include <QStringList>

namespace Sandbox {

class Database;

//! Fixed-window abuse limits as utopia-php/abuse counts them: each hit is stored (committed)
//! before the route runs, failed calls included.
class RateLimiter
{
public:
    explicit RateLimiter(Database &db)
        : m_db(db)
    { }
    struct Outcome
    {
        bool exceeded = false;
        int limit = 0;
        int remaining = 0; //!< for X-RateLimit-Remaining, of the tightest key
        qint64 reset = 0; //!< unix seconds of the window's end
    };
    //! Counts one hit on each of \a keys (unless \a enforce is false: headers only).
    Outcome hit(const QStringList &keys, int limit, int windowSeconds, bool enforce);

private:
    Database &m_db;
};

} // namespace Sandbox
