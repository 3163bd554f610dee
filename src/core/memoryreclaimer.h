#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

//! Gives memory back once a page has been dropped: the JavaScript heap is collected, components
//! no longer in use leave the engine's cache, and the C heap returns its free pages to the
//! system. Pages switched in quick succession are reclaimed for once, when the switching stops.
class MemoryReclaimer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    static MemoryReclaimer *create(QQmlEngine *engine, QJSEngine *);

    //! After the dropped page's objects are deleted and the person has settled on a page.
    Q_INVOKABLE void reclaimSoon();

Q_SIGNALS:
    void reclaimed();

private:
    explicit MemoryReclaimer(QQmlEngine *engine);
    void reclaim();

    QPointer<QQmlEngine> m_engine;
    QTimer m_timer;
};
