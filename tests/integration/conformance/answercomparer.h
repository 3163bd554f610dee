#pragma once

#include "recordedexchange.h"

#include <QDateTime>
#include <QStringList>

namespace Conformance {

class ValueMap;

//! Compares a sandbox answer with the real server's: status, body shape and errors, the headers
//! a client depends on, redirect locations and session cookies.
class AnswerComparer
{
public:
    struct Options
    {
        //! X-RateLimit-Remaining is compared only where the sandbox runs with its rate limits
        //! on; elsewhere the real run's counters (cleared between scenarios) cannot match.
        bool rateLimitRemaining = false;
        //! False where the sandbox answers from a different route than the real server did.
        bool rateLimitHeaders = true;
        //! When the real server answered (for lifetimes given as absolute times).
        QDateTime realTime;
        //! False where the real server redirected to an OAuth provider and the sandbox to its
        //! own consent page: only the presence of a Location is compared then.
        bool locationShape = true;
    };

    AnswerComparer(const ValueMap &map, Options options)
        : m_map(map)
        , m_options(options)
    { }

    QStringList compare(const HttpAnswer &real, const HttpAnswer &sandbox);

private:
    void compareStatus(const HttpAnswer &real, const HttpAnswer &sandbox);
    void compareBody(const HttpAnswer &real, const HttpAnswer &sandbox);
    void compareHeaders(const HttpAnswer &real, const HttpAnswer &sandbox);
    void compareLocation(const QByteArray &real, const QByteArray &sandbox);
    void compareCookies(const QList<QByteArray> &real, const QList<QByteArray> &sandbox);

    const ValueMap &m_map;
    Options m_options;
    QStringList m_differences;
};

} // namespace Conformance
