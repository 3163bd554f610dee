#pragma once

#include <QLoggingCategory>

namespace Appwrite {

//! "appwrite.http": one line per request and response (method, URL without its query, status,
//! time). Never carries a header value, a body or a credential; enable it with
//! QT_LOGGING_RULES="appwrite.http.debug=true". The app also passes every message through
//! Redaction (client/redaction.h) as a second line of defence; tst_secret_logging checks both.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

} // namespace Appwrite
