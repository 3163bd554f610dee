// Plain http:// leaves passwords and sessions readable on the way: refused for anything but
// this computer until the person confirms, in the client and in the saved connections.
#include "callbackwaiter.h"

#include "client/client.h"
#include "core/connectionlist.h"
#include "core/connections.h"
#include "core/settingswriter.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Appwrite;

class TestPlainHttp : public QObject
{
    Q_OBJECT

    static QList<ConnectionInfo> saved(Connections &connections)
    {
        return static_cast<ConnectionList *>(connections.model())->items();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("appwrite-account-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_plainhttp"));
    }
    void init()
    {
        SettingsWriter::flush();
        QSettings().remove(QStringLiteral("test"));
    }

    void onlyRemotePlainHttpIsInsecure_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("insecure");
        QTest::newRow("ipv4 loopback") << "http://127.0.0.1:8080/v1" << false;
        QTest::newRow("loopback /8") << "http://127.1.2.3/v1" << false;
        QTest::newRow("ipv6 loopback") << "http://[::1]:80/v1" << false;
        QTest::newRow("localhost") << "http://localhost/v1" << false;
        QTest::newRow("LOCALHOST") << "http://LOCALHOST/v1" << false;
        QTest::newRow("sub.localhost") << "http://appwrite.localhost/v1" << false;
        QTest::newRow("lan") << "http://192.168.1.5/v1" << true;
        QTest::newRow("domain") << "http://appwrite.example.com/v1" << true;
        QTest::newRow("localhost lookalike") << "http://localhost.example.com/v1" << true;
        QTest::newRow("https") << "https://appwrite.example.com/v1" << false;
    }
    void onlyRemotePlainHttpIsInsecure()
    {
        QFETCH(QString, endpoint);
        QFETCH(bool, insecure);
        QCOMPARE(Client::isInsecureRemote(QUrl(endpoint)), insecure);
    }

    void clientRefusesRemotePlainHttpWithoutSending()
    {
        Client client;
        client.setEndpoint(QUrl(QStringLiteral("http://192.0.2.1/v1")));
        client.setProject(QStringLiteral("p"));
        QSignalSpy sent(&client, &Client::requestSent);
        CallbackWaiter<QJsonObject> waiter;
        client.call(Client::Method::Get, QStringLiteral("/account"), {}, this, waiter.callback());
        QVERIFY(!waiter.done()); // like every failure, delivered from the event loop
        QTRY_VERIFY(waiter.done());
        QVERIFY(!waiter.result->ok());
        QCOMPARE(waiter.error().kind(), Error::Kind::Validation);
        QCOMPARE(waiter.error().type(), QStringLiteral("client_plain_http"));
        QCOMPARE(waiter.error().field(), QStringLiteral("endpoint"));
        QVERIFY(!waiter.error().message().isEmpty());
        QCOMPARE(sent.count(), 0);
    }

    void clientSendsOnceConfirmed()
    {
        Client client;
        client.setEndpoint(QUrl(QStringLiteral("http://192.0.2.1/v1")));
        client.setProject(QStringLiteral("p"));
        client.setAllowPlainHttp(true);
        QSignalSpy sent(&client, &Client::requestSent);
        QObject context;
        CallbackWaiter<QJsonObject> waiter;
        client.call(Client::Method::Get, QStringLiteral("/account"), {}, &context,
                    waiter.callback());
        QCOMPARE(sent.count(), 1);
        client.cancel(&context);
        QTRY_VERIFY(waiter.done());
        QCOMPARE(waiter.error().kind(), Error::Kind::Cancelled);
    }

    void checkAsksForConfirmation()
    {
        Connections connections(QStringLiteral("test"));
        Operation *op = connections.check(QStringLiteral("http://192.0.2.1/v1"),
                                          QStringLiteral("p"), false);
        QTRY_VERIFY(op->done());
        QVERIFY(!op->ok());
        const QVariantMap error = op->error().toMap();
        QCOMPARE(error.value(QStringLiteral("type")).toString(),
                 QStringLiteral("client_plain_http"));
        QCOMPARE(error.value(QStringLiteral("field")).toString(), QStringLiteral("endpoint"));
        QVERIFY(!error.value(QStringLiteral("text")).toString().isEmpty());
    }

    void addNeedsTheConfirmationAndRemembersIt()
    {
        {
            Connections connections(QStringLiteral("test"));
            QCOMPARE(connections.add(QStringLiteral("LAN"), QStringLiteral("http://192.0.2.1/v1"),
                                     QStringLiteral("p"), false),
                     QString());
            QCOMPARE(connections.count(), 0);
            const QString id =
                    connections.add(QStringLiteral("LAN"), QStringLiteral("http://192.0.2.1/v1"),
                                    QStringLiteral("p"), false, true);
            QVERIFY(!id.isEmpty());
            // Loopback needs no confirmation, and records none.
            QVERIFY(!connections
                             .add(QStringLiteral("Local"), QStringLiteral("http://127.0.0.1:9/v1"),
                                  QStringLiteral("p"), false)
                             .isEmpty());
        }
        SettingsWriter::flush();
        Connections reloaded(QStringLiteral("test"));
        const auto items = saved(reloaded);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).allowPlainHttp, true);
        QCOMPARE(items.at(1).allowPlainHttp, false);
    }
};

QTEST_MAIN(TestPlainHttp)
#include "tst_plainhttp.moc"
