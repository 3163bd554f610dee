#include "core/memoryreclaimer.h"

#include <QQmlEngine>

#include <malloc.h>

namespace {
// Long enough for the dropped page's deferred deletions and a quick run through the sidebar.
constexpr int settleMs = 400;
} // namespace

MemoryReclaimer::MemoryReclaimer(QQmlEngine *engine)
    : QObject(engine)
    , m_engine(engine)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(settleMs);
    connect(&m_timer, &QTimer::timeout, this, &MemoryReclaimer::reclaim);
}

MemoryReclaimer *MemoryReclaimer::create(QQmlEngine *engine, QJSEngine *)
{
    return new MemoryReclaimer(engine);
}

void MemoryReclaimer::reclaimSoon()
{
    m_timer.start();
}

void MemoryReclaimer::reclaim()
{
    if (!m_engine)
        return;
    m_engine->collectGarbage();
    m_engine->trimComponentCache();
    malloc_trim(0);
    Q_EMIT reclaimed();
}
