#pragma once

#include <QLoggingCategory>

namespace Appwrite {

//! "appwrite.http": one line per request and response. Never carries a header value, a body or
//! a credential; enable it with QT_LOGGING_RULES="appwrite.http.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

} // namespace Appwrite
