#include "core/relativetime.h"

#include <QLocale>

RelativeTime::RelativeTime(QObject *parent)
    : QObject(parent)
    , m_now(QDateTime::currentDateTime())
{
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_now = QDateTime::currentDateTime();
        Q_EMIT nowChanged();
    });
    m_tick.start();
}

namespace {
//! Without a loaded translation, tr() leaves "(s)" in plural messages; English is the source
//! language, so finish the job here.
QString plural(QString text, int n)
{
    return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}
} // namespace

QString RelativeTime::format(const QDateTime &date, const QDateTime &reference) const
{
    if (!date.isValid())
        return tr("never");
    const QDateTime base = reference.isValid() ? reference : QDateTime::currentDateTime();
    const qint64 seconds = date.secsTo(base);
    const bool future = seconds < 0;
    const qint64 span = qAbs(seconds);
    const int minutes = int(span / 60);
    const int hours = int(span / 3600);
    const int days = int(span / 86400);

    if (span < 60)
        return future ? tr("in a moment") : tr("just now");
    if (minutes < 60) {
        return future ? plural(tr("in %n minute(s)", nullptr, minutes), minutes)
                      : plural(tr("%n minute(s) ago", nullptr, minutes), minutes);
    }
    if (hours < 24)
        return future ? plural(tr("in %n hour(s)", nullptr, hours), hours)
                      : plural(tr("%n hour(s) ago", nullptr, hours), hours);
    if (days < 30)
        return future ? plural(tr("in %n day(s)", nullptr, days), days)
                      : plural(tr("%n day(s) ago", nullptr, days), days);
    // Past a month a calendar date says more than a count.
    return QLocale().toString(date.toLocalTime().date(), QLocale::ShortFormat);
}

QString RelativeTime::exact(const QDateTime &date) const
{
    if (!date.isValid())
        return QString();
    return QLocale().toString(date.toLocalTime(), QLocale::LongFormat);
}
