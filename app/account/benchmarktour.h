#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QQuickItem;
class QQuickWindow;

//! `--benchmark-tour` (tests/benchmarks): signs up a fresh account on the current connection,
//! opens every page of the signed-in shell in turn, each until its requests are answered and for
//! at least a second, then prints the peak and current resident memory ("tour vmhwm_kb N
//! vmrss_kb N") and quits. With the app's own sandbox (\a sandboxPid), its peak too ("sandbox
//! vmhwm_kb N").
class BenchmarkTour : public QObject
{
    Q_OBJECT
public:
    explicit BenchmarkTour(QQuickWindow *window, qint64 sandboxPid = 0);

    void start();

private:
    void poll();
    void openNextPage();
    void finish(int code);

    QPointer<QQuickWindow> m_window;
    QPointer<QQuickItem> m_shell;
    QStringList m_pages;
    QString m_current; //!< the page open now
    QTimer m_poll;
    int m_framesSincePageOpened = 0;
    int m_quietPolls = 0;
    QElapsedTimer m_sincePageOpened;
    qint64 m_sandboxPid = 0;
};
