#pragma once

#include "sandbox/options.h"
#include "sandbox/response.h"

#include <QRandomGenerator>

#include <functional>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;

namespace Sandbox {

//! Makes the server misbehave on purpose (latency, 500s, dropped connections, malformed or
//! truncated bodies) so that clients can be tested against an unreliable network. Faults hit
//! the Appwrite API only: /v1/sandbox/* (outbox, consent pages, this control) stays reliable.
//! GET /v1/sandbox/faults shows the settings (and "waiting", the answers held back by the
//! latency), PATCH changes them while the server runs.
class FaultInjector
{
public:
    enum class Fault { None, ServerError, Drop, Malformed, Truncate };

    explicit FaultInjector(const FaultOptions &options);

    const FaultOptions &options() const { return m_options; }
    //! Replaces the settings; a seed restarts the sequence of faults.
    void setOptions(const FaultOptions &options);
    //! The fault for the next API request, drawn from the rates.
    Fault draw();

    //! Answers \a request through \a responder: runs \a dispatch unless the drawn fault
    //! replaces the route, then writes the answer (late, damaged or not at all).
    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder,
               const Dispatch &dispatch);

    //! Answers held back by the latency right now (shown as "waiting" by the control route).
    int waiting() const { return m_waiting; }

    //! "" when \a options are usable, else what is wrong (for the command line and PATCH).
    static QString validate(const FaultOptions &options);

private:
    std::optional<Response> control(const QHttpServerRequest &request);

    FaultOptions m_options;
    QRandomGenerator m_random;
    int m_waiting = 0;
};

} // namespace Sandbox
