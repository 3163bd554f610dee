#include "callbackwaiter.h"
#include "sampledata.h"

#include "client/account.h"
#include "client/client.h"

#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace Appwrite;

//! Certificates: untrusted ones are an error unless the user opted in to self-signed ones.
class TestTlsPolicy : public QObject
{
    Q_OBJECT

    QSslServer server;
    int served = 0;

    void serveNext()
    {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (!socket->peek(socket->bytesAvailable()).contains("\r\n\r\n"))
                    return;
                socket->readAll();
                ++served;
                socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(SampleData::user.size()) + "\r\n\r\n"
                        + SampleData::user);
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    Result<User> fetch(bool selfSigned)
    {
        Client client;
        client.setEndpoint(
                QUrl(QStringLiteral("https://localhost:%1/v1").arg(server.serverPort())));
        client.setProject(QStringLiteral("sandbox"));
        client.setSelfSigned(selfSigned);
        Account account(&client);
        CallbackWaiter<User> waiter;
        account.get(this, waiter.callback());
        if (!QTest::qWaitFor([&] { return waiter.done(); }, 10000))
            return Error(Error::Kind::Timeout, QStringLiteral("no answer"));
        return *waiter.result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("This Qt has no TLS backend");
        QFile certificate(QFINDTESTDATA("data/selfsigned.crt"));
        QFile key(QFINDTESTDATA("data/selfsigned.key"));
        QVERIFY(certificate.open(QIODevice::ReadOnly));
        QVERIFY(key.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(certificate.readAll()));
        configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(configuration);
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, &TestTlsPolicy::serveNext);
        QVERIFY(server.listen(QHostAddress::LocalHost));
    }

    void untrustedCertificateIsATlsError()
    {
        const auto result = fetch(false);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Tls);
        QCOMPARE(served, 0); // nothing was sent over the untrusted connection
    }

    void selfSignedOptIn()
    {
        const auto result = fetch(true);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
        QCOMPARE(result->id, QStringLiteral("alice"));
        QCOMPARE(served, 1);
    }
};

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "tst_tlspolicy.moc"
