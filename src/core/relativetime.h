#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

//! "3 minutes ago" and friends. Bind to `now` in an expression to refresh it as time passes:
//! `RelativeTime.format(date, RelativeTime.now)`.
class RelativeTime : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QDateTime now READ now NOTIFY nowChanged)
public:
    explicit RelativeTime(QObject *parent = nullptr);

    QDateTime now() const { return m_now; }

    //! \a date relative to \a reference (or to the current time when invalid).
    Q_INVOKABLE QString format(const QDateTime &date, const QDateTime &reference = {}) const;
    //! The full date and time in the user's locale.
    Q_INVOKABLE QString exact(const QDateTime &date) const;

Q_SIGNALS:
    void nowChanged();

private:
    QDateTime m_now;
    QTimer m_tick;
};
