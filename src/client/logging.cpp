#include "client/logging.h"

namespace Appwrite {

Q_LOGGING_CATEGORY(lcHttp, "appwrite.http", QtWarningMsg)

} // namespace Appwrite
