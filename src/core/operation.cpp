#include "core/operation.h"

Operation::Operation(QObject *parent)
    : QObject(parent)
{
    QJSEngine::setObjectOwnership(this, QJSEngine::CppOwnership);
}

void Operation::succeed(const QVariant &result)
{
    if (m_done)
        return;
    m_done = true;
    m_result = result;
    Q_EMIT changed();
    Q_EMIT finished();
}

void Operation::fail(const ErrorInfo &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    Q_EMIT changed();
    Q_EMIT finished();
}

void Operation::supersede(QPointer<Operation> &latest, Operation *next)
{
    if (latest) {
        if (latest->done())
            latest->deleteLater();
        else
            connect(latest, &Operation::finished, latest, &QObject::deleteLater);
    }
    latest = next;
}
