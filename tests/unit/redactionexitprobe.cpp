// `redaction-exit-probe`: logs a credential after the redacting filter's own statics are gone.
// The atexit handler is registered before the filter's first use, so it runs after them; Qt's
// plugins log this late too (QT_DEBUG_PLUGINS=1 while the app quits). tst_redaction runs it.
#include "client/redaction.h"

#include <QtGlobal>

#include <cstdlib>

int main()
{
    std::atexit([] { qWarning("late: Cookie: a_session_p=late-secret-value"); });
    Appwrite::Redaction::installMessageFilter();
    qWarning("early: password=early-secret-value");
    return 0;
}
