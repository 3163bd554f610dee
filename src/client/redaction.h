#pragma once

#include <QString>

namespace Appwrite {

//! Keeps credentials out of log output. Session cookies (a_session_<project>=…, also inside
//! X-Fallback-Cookies JSON), JWTs, and the values of fields and parameters named like a secret
//! (secret, password, jwt, otp, token, cookie, authorization, recovery codes) become
//! "[redacted]"; everything else is left as it was, so a redacted log still reads.
namespace Redaction {

QString redact(const QString &text);

//! Installs a message handler that passes every message (any category, qFatal included)
//! through redact() before the previously installed handler prints it. Idempotent.
void installMessageFilter();

} // namespace Redaction

} // namespace Appwrite
