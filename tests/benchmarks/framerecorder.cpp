#include "framerecorder.h"

#include <QEvent>
#include <QQuickWindow>

FrameRecorder::FrameRecorder(QQuickWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_clock.start();
    window->installEventFilter(this);
    connect(window, &QQuickWindow::frameSwapped, this, [this] {
        if (m_running && m_frameStart >= 0)
            m_frames.append(double(m_clock.nsecsElapsed() - m_frameStart + m_preWork) / 1e6);
        m_frameStart = -1;
        m_preWork = 0;
        Q_EMIT frameDone();
    });
    m_stallTimer.setTimerType(Qt::PreciseTimer);
    m_stallTimer.setInterval(1);
    connect(&m_stallTimer, &QTimer::timeout, this, &FrameRecorder::stallTick);
}

void FrameRecorder::start()
{
    m_frames.clear();
    m_longestStall = 0;
    m_preWork = 0;
    m_running = true;
    m_lastTick = m_clock.nsecsElapsed();
    m_stallTimer.start();
}

void FrameRecorder::stop()
{
    m_running = false;
    m_stallTimer.stop();
}

bool FrameRecorder::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::UpdateRequest)
        m_frameStart = m_clock.nsecsElapsed();
    return QObject::eventFilter(watched, event);
}

void FrameRecorder::stallTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    // The timer is due every millisecond: anything beyond that, the loop was busy.
    m_longestStall = qMax(m_longestStall, now - m_lastTick - 1000000);
    m_lastTick = now;
}
