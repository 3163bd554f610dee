#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QQuickWindow;

//! Frame times of a QQuickWindow on the basic (GUI-thread) render loop: for each frame, the GUI
//! thread's work from the UpdateRequest that starts it to frameSwapped, plus the work done for
//! it before (addPreWork: the scroll step, where a ListView makes its delegates). The idle wait
//! the platform adds between frames is not counted. Also the longest stall of the event loop
//! (a 1 ms timer that arrives late), which catches work outside frames too.
class FrameRecorder : public QObject
{
    Q_OBJECT
public:
    explicit FrameRecorder(QQuickWindow *window, QObject *parent = nullptr);

    void start();
    void stop();
    void addPreWork(qint64 nanoseconds) { m_preWork += nanoseconds; }

    //! Frame work in milliseconds, one entry per frame since start().
    const QList<double> &frames() const { return m_frames; }
    double longestStallMs() const { return double(m_longestStall) / 1e6; }

Q_SIGNALS:
    //! A frame was presented (after it was recorded).
    void frameDone();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void stallTick();

    QPointer<QQuickWindow> m_window;
    QElapsedTimer m_clock;
    qint64 m_frameStart = -1;
    qint64 m_preWork = 0;
    QList<double> m_frames;
    bool m_running = false;
    QTimer m_stallTimer;
    qint64 m_lastTick = 0;
    qint64 m_longestStall = 0;
};
