// Saved connections: persisted without secrets, normalised, selected; the sandbox entry.
#include "core/appinfo.h"
#include "core/settingswriter.h"
#include "core/connections.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestConnections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("appwrite-account-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_core_connections"));
    }
    void init()
    {
        SettingsWriter::flush();
        QSettings().remove(QStringLiteral("test"));
    }

    void normalizesEndpoints_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full") << QStringLiteral("https://cloud.appwrite.io/v1")
                              << QStringLiteral("https://cloud.appwrite.io/v1");
        QTest::newRow("slash") << QStringLiteral(" https://cloud.appwrite.io/v1/ ")
                               << QStringLiteral("https://cloud.appwrite.io/v1");
        QTest::newRow("bare host") << QStringLiteral("cloud.appwrite.io")
                                   << QStringLiteral("https://cloud.appwrite.io/v1");
        QTest::newRow("http port") << QStringLiteral("http://127.0.0.1:8080")
                                   << QStringLiteral("http://127.0.0.1:8080/v1");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/v1") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void normalizesEndpoints()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Connections::normalizedEndpoint(input).toString(), expected);
    }

    void addSelectRemovePersist()
    {
        QString id;
        {
            Connections connections(QStringLiteral("test"));
            QAbstractItemModelTester tester(connections.model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSignalSpy current(&connections, &Connections::currentChanged);
            id = connections.add(QStringLiteral("Work"), QStringLiteral("https://a.example/v1"),
                                 QStringLiteral("proj"), true);
            QVERIFY(!id.isEmpty());
            // The same endpoint and project again is the same connection.
            QCOMPARE(connections.add(QStringLiteral("Work 2"),
                                     QStringLiteral("https://a.example/v1/"),
                                     QStringLiteral("proj"), true),
                     id);
            QCOMPARE(connections.count(), 1);
            QVERIFY(connections
                            .add({}, QStringLiteral("not a url at all ::"), QStringLiteral("p"),
                                 false)
                            .isEmpty());
            connections.select(id);
            QCOMPARE(current.size(), 1);
            QCOMPARE(connections.current(), id);
            QVERIFY(!connections.currentIsSandbox());
            const ConnectionInfo info = connections.currentInfo();
            QCOMPARE(info.label, QStringLiteral("Work 2"));
            QCOMPARE(info.endpoint, QUrl(QStringLiteral("https://a.example/v1")));
            QVERIFY(info.selfSigned);
            connections.rememberAccount(id, QStringLiteral("Alice"),
                                        QStringLiteral("alice@example.com"));
        }
        SettingsWriter::flush();
        {
            Connections again(QStringLiteral("test"));
            QCOMPARE(again.count(), 1);
            QCOMPARE(again.current(), id);
            const QModelIndex row = again.model()->index(0, 0);
            const auto roles = again.model()->roleNames();
            QCOMPARE(row.data(roles.key("accountEmail")).toString(),
                     QStringLiteral("alice@example.com"));
            QCOMPARE(row.data(roles.key("projectId")).toString(), QStringLiteral("proj"));
            QCOMPARE(row.data(roles.key("connectionId")).toString(), id);
            QCOMPARE(row.data(roles.key("isSandbox")).toBool(), false);
            QSignalSpy current(&again, &Connections::currentChanged);
            again.remove(id);
            QCOMPARE(again.count(), 0);
            QCOMPARE(current.size(), 1);
            QVERIFY(again.current().isEmpty());
        }
        // Nothing secret is ever written: only the listed keys exist.
        SettingsWriter::flush();
        QSettings settings;
        settings.beginGroup(QStringLiteral("test"));
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(u"secret") && !key.contains(u"session"), qPrintable(key));
    }

    void sandboxFollowsTheRunningSandbox()
    {
        Connections connections(QStringLiteral("test"));
        AppInfo::instance()->setSandboxEndpoint({});
        QVERIFY(connections.useSandbox().isEmpty());
        AppInfo::instance()->setSandboxEndpoint(QUrl(QStringLiteral("http://127.0.0.1:5555/v1")));
        QCOMPARE(connections.useSandbox(), Connections::sandboxId());
        QVERIFY(connections.currentIsSandbox());
        QCOMPARE(connections.currentInfo().endpoint.port(), 5555);
        QSignalSpy moved(&connections, &Connections::currentEndpointChanged);
        AppInfo::instance()->setSandboxEndpoint(QUrl(QStringLiteral("http://127.0.0.1:6666/v1")));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(connections.currentInfo().endpoint.port(), 6666);
        // Added once, however often it is chosen.
        connections.useSandbox();
        QCOMPARE(connections.count(), 1);
    }

    void checkRejectsBadInputWithoutRequest()
    {
        Connections connections(QStringLiteral("test"));
        Operation *op = connections.check(QStringLiteral("::"), QStringLiteral("p"), false);
        QTRY_VERIFY(op->done());
        QCOMPARE(op->error().toMap().value(QStringLiteral("field")).toString(),
                 QStringLiteral("endpoint"));
        op = connections.check(QStringLiteral("https://a.example/v1"), QString(), false);
        QTRY_VERIFY(op->done());
        QCOMPARE(op->error().toMap().value(QStringLiteral("field")).toString(),
                 QStringLiteral("projectId"));
    }
};

QTEST_MAIN(TestConnections)
#include "tst_core_connections.moc"
