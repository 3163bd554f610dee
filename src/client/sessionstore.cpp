#include "client/sessionstore.h"

#include <QObject>

namespace Appwrite {

SessionStore::~SessionStore() = default;

bool SessionStore::isLoaded(const QString &) const
{
    return true;
}

void SessionStore::prefetch(const QString &, QObject *context, std::function<void()> ready)
{
    if (context)
        QMetaObject::invokeMethod(context, std::move(ready), Qt::QueuedConnection);
}

} // namespace Appwrite
