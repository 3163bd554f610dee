#include "sandbox/clock.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace Sandbox;

// The sandbox writes dates by hand (for speed); Qt's own formatting is the reference.
class TestSandboxClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void zeroIsNoDate()
    {
        QVERIFY(Clock::iso(0).isNull());
        QVERIFY(Clock::db(0).isNull());
    }

    void matchesQtAcrossTheCalendar()
    {
        QList<qint64> times{
                1,
                QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch(),
                QDateTime(QDate(2026, 12, 31), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(),
                QDateTime(QDate(2000, 3, 1), QTime(12, 5, 7, 42), Qt::UTC).toMSecsSinceEpoch()};
        QRandomGenerator random(20261127);
        for (int i = 0; i < 2000; ++i)
            times.append(qint64(random.bounded(4102444800.0) * 1000)); // 1970 to 2100
        for (const qint64 ms : std::as_const(times)) {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            QCOMPARE(Clock::iso(ms),
                     time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
                             + QStringLiteral("+00:00"));
            QCOMPARE(Clock::db(ms), time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
        }
    }
};

QTEST_APPLESS_MAIN(TestSandboxClock)
#include "tst_sandbox_clock.moc"
