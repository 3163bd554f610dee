#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

//! "3 minutes ago" and friends. `now` changes every 30 s: read it in a binding to refresh it as
//! time passes (RelativeTimeLabel). Pass no reference to format(): `now` trails the current time,
//! and a date between the two would read "in a moment".
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
