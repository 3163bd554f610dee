// Small helpers: relative times, the clipboard, the settings writer.
#include "core/clipboard.h"
#include "core/relativetime.h"
#include "core/settingswriter.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <atomic>

namespace {
constexpr char exitingChildToken[] = "SETTINGS_WRITER_EXITING_CHILD";
const QString exitingChildKey = QStringLiteral("writer/atExit");

void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("appwrite-account-tests"));
}

//! The child of aChangeGivenJustBeforeExitIsKept: gives a slow change and returns at once.
int writeAndExit(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    useTestSettings();
    SettingsWriter::write([token = qEnvironmentVariable(exitingChildToken)](QSettings &settings) {
        QThread::msleep(300);
        settings.setValue(exitingChildKey, token);
    });
    return 0;
}
} // namespace

class TestCoreUtilities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { useTestSettings(); }
    void cleanupTestCase() { QSettings().remove(QStringLiteral("writer")); }

    void relative_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("expected");
        QTest::newRow("now") << qint64(10) << QStringLiteral("just now");
        QTest::newRow("1 minute") << qint64(60) << QStringLiteral("1 minute ago");
        QTest::newRow("3 minutes") << qint64(200) << QStringLiteral("3 minutes ago");
        QTest::newRow("1 hour") << qint64(3600) << QStringLiteral("1 hour ago");
        QTest::newRow("5 hours") << qint64(5 * 3600 + 10) << QStringLiteral("5 hours ago");
        QTest::newRow("2 days") << qint64(2 * 86400) << QStringLiteral("2 days ago");
        QTest::newRow("in 10 minutes") << qint64(-600) << QStringLiteral("in 10 minutes");
        QTest::newRow("in 1 day") << qint64(-86400 - 5) << QStringLiteral("in 1 day");
    }
    void relative()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, expected);
        RelativeTime time;
        const QDateTime reference(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        QCOMPARE(time.format(reference.addSecs(-secondsAgo), reference), expected);
    }

    void oldDatesAreDates()
    {
        RelativeTime time;
        const QDateTime reference(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        const QDateTime old = reference.addDays(-90);
        QCOMPARE(time.format(old, reference),
                 QLocale().toString(old.toLocalTime().date(), QLocale::ShortFormat));
        QVERIFY(!time.exact(old).isEmpty());
        QCOMPARE(time.format(QDateTime()), QStringLiteral("never"));
    }

    void secretIsWipedWhenUnchanged()
    {
        Clipboard clipboard;
        clipboard.setSecretLifetime(50);
        QSignalSpy cleared(&clipboard, &Clipboard::secretCleared);
        clipboard.copySecret(QStringLiteral("s3cret"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("s3cret"));
        QVERIFY(cleared.wait(5000));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void somethingCopiedLaterStays()
    {
        Clipboard clipboard;
        clipboard.setSecretLifetime(50);
        QSignalSpy cleared(&clipboard, &Clipboard::secretCleared);
        clipboard.copySecret(QStringLiteral("s3cret"));
        // Another app (or the user) copies something else before the timer runs out.
        QGuiApplication::clipboard()->setText(QStringLiteral("mine"));
        QTRY_VERIFY(!clipboard.secretPending());
        QCOMPARE(cleared.size(), 0);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("mine"));
        clipboard.copy(QStringLiteral("plain"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("plain"));
    }

    void settingsAreWrittenInOrderOffTheCallingThread()
    {
        const QString key = QStringLiteral("writer/value");
        QSettings().remove(key);
        std::atomic<int> outOfOrder = 0;
        std::atomic<int> onCallingThread = 0;
        QThread *const caller = QThread::currentThread();
        for (int i = 0; i < 200; ++i) {
            SettingsWriter::write([&, i](QSettings &settings) {
                if (settings.value(key, -1).toInt() != i - 1)
                    ++outOfOrder;
                if (QThread::currentThread() == caller)
                    ++onCallingThread;
                settings.setValue(key, i);
            });
        }
        SettingsWriter::flush();
        QCOMPARE(outOfOrder.load(), 0);
        QCOMPARE(onCallingThread.load(), 0);
        // Flushed means on disk, not only in the process's shared cache.
        QSettings settings;
        QCOMPARE(settings.value(key).toInt(), 199);
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("value=199"));
    }

    //! The app quits right after a change (the last window closed, a session saved): the change
    //! still reaches the disk, though the writer was busy with it as main() returned.
    void aChangeGivenJustBeforeExitIsKept()
    {
        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(exitingChildToken), token);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitCode(), 0);
        QSettings settings;
        settings.sync(); // read again what the child wrote
        QCOMPARE(settings.value(exitingChildKey).toString(), token);
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(exitingChildToken))
        return writeAndExit(argc, argv);
    QGuiApplication app(argc, argv);
    TestCoreUtilities test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_core_utilities.moc"
