#pragma once

#include <QString>
#include <QtGlobal>

namespace Sandbox {

//! Time as the sandbox stores it (UTC milliseconds since the epoch) and as Appwrite prints it.
namespace Clock {
qint64 nowMs();
//! `Y-m-d\TH:i:s.vP`, e.g. 2026-11-26T19:52:05.272+00:00; "" for 0 (an unset date).
QString iso(qint64 ms);
//! The database format the real server leaks in a few places: 2026-11-26 19:52:05.272.
QString db(qint64 ms);
} // namespace Clock

} // namespace Sandbox
