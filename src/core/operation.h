#pragma once

#include "core/errorinfo.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariant>

//! One running or finished call, for a card to bind to (busy spinner, error banner, result).
class Operation : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Operations are returned by Account's methods.")
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool done READ done NOTIFY changed)
    Q_PROPERTY(bool ok READ ok NOTIFY changed)
    Q_PROPERTY(QVariant error READ error NOTIFY changed)
    Q_PROPERTY(QVariant result READ result NOTIFY changed)
public:
    explicit Operation(QObject *parent = nullptr);

    bool busy() const { return !m_done; }
    bool done() const { return m_done; }
    bool ok() const { return m_done && !m_error.isError(); }
    QVariant error() const { return m_error.toMap(); }
    QVariant result() const { return m_result; }
    const ErrorInfo &errorInfo() const { return m_error; }

    //! Each finishes the operation once; later calls are ignored.
    void succeed(const QVariant &result = {});
    void fail(const ErrorInfo &error);

    //! Makes \a next the latest operation of its kind in \a latest. The one it replaces is
    //! deleted, at once if finished, else when it finishes (QML may still bind to it until then).
    static void supersede(QPointer<Operation> &latest, Operation *next);

Q_SIGNALS:
    void changed();
    void finished();

private:
    bool m_done = false;
    ErrorInfo m_error;
    QVariant m_result;
};
