#pragma once

#include "sandbox/route.h"

class QHttpServerRequest;

namespace Sandbox {

class Services;

//! Matches requests to Routes and runs the checks every Appwrite route goes through
//! (see route.h for the order).
class Router
{
public:
    explicit Router(Services &services)
        : m_services(services)
    { }
    void add(Route route);
    //! The answer to \a request, or \a instead with the common headers.
    Response dispatch(const QHttpServerRequest &request, const Response *instead = nullptr);

private:
    const Route *match(RequestContext &ctx, bool *pathKnown) const;
    Response run(const Route &route, RequestContext &ctx);
    void finish(Response &response, const RequestContext &ctx) const;

    struct Entry
    {
        Route route;
        QStringList pattern; //!< route.path split at '/', once rather than per request
    };

    Services &m_services;
    QList<Entry> m_routes;
};

} // namespace Sandbox
