#include "clientharness.h"
#include "httptestclient.h"

#include <QProcess>
#include <QSignalSpy>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Appwrite;

//! The client against an unreliable server: the sandbox's fault injection (latency, 500s,
//! dropped connections, malformed and truncated bodies), a server that is down or killed, and
//! TLS with a self-signed certificate. Every failure is typed, nothing crashes, and the same
//! call succeeds once the server behaves again.
class TestClientFaults : public QObject
{
    Q_OBJECT

    ClientHarness harness;
    std::unique_ptr<ClientHarness::Connection> signedIn;

    HttpTestClient control()
    {
        return HttpTestClient(harness.sandbox().endpoint(), harness.sandbox().project());
    }

    //! PATCH /v1/sandbox/faults; every key not given is reset to "no fault".
    bool setFaults(const QJsonObject &faults)
    {
        QJsonObject all{{QStringLiteral("latency"), 0},
                        {QStringLiteral("failRate"), 0},
                        {QStringLiteral("dropRate"), 0},
                        {QStringLiteral("malformedRate"), 0},
                        {QStringLiteral("truncateRate"), 0}};
        for (auto it = faults.begin(); it != faults.end(); ++it)
            all.insert(it.key(), it.value());
        return control().patch(QStringLiteral("/sandbox/faults"), all).status == 200;
    }

    static Result<User> getAccount(ClientHarness::Connection &c)
    {
        return await<User>([&](QObject *ctx, auto done) { c.account.get(ctx, done); });
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return 0;
        return probe.serverPort();
    }

    //! A self-signed certificate and key for \a host, made with openssl; empty when it fails.
    static QStringList makeCertificate(const QTemporaryDir &dir, const QString &host)
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            return {};
        const QString cert = dir.filePath(host + QStringLiteral(".crt"));
        const QString key = dir.filePath(host + QStringLiteral(".key"));
        QProcess process;
        process.start(
                openssl,
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=") + host, QStringLiteral("-addext"),
                 QStringLiteral("subjectAltName=DNS:%1%2")
                         .arg(host,
                              host == QLatin1String("localhost") ? QStringLiteral(",IP:127.0.0.1")
                                                                 : QString())});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        return {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(harness.start(), qPrintable(harness.errorString()));
        if (!harness.isSandbox())
            QSKIP("Fault injection needs the sandbox (APPWRITE_ENDPOINT is set)");
        signedIn = harness.connect();
        QString why;
        QVERIFY2(harness.signUp(*signedIn, true, &why), qPrintable(why));
    }

    void cleanup() { QVERIFY(setFaults({})); }

    void serverDownAtStartThenUp()
    {
        const quint16 port = freePort();
        QVERIFY(port != 0);
        Client client;
        client.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
        client.setProject(QStringLiteral("sandbox"));
        Account account(&client);
        const auto down = await<User>([&](QObject *ctx, auto done) { account.get(ctx, done); });
        QVERIFY(!down.ok());
        QCOMPARE(down.error().kind(), Error::Kind::Network);

        SandboxProcess late;
        QVERIFY2(late.start({QStringLiteral("--port"), QString::number(port)}),
                 qPrintable(late.errorString()));
        const auto up = await<User>([&](QObject *ctx, auto done) { account.get(ctx, done); });
        // The server answers now: a guest is not allowed to read an account.
        VERIFY_ERROR(up, 401, "general_unauthorized_scope");
    }

    void serverKilledMidRequest()
    {
        SandboxProcess doomed;
        QVERIFY2(doomed.start({QStringLiteral("--latency"), QStringLiteral("600000")}),
                 qPrintable(doomed.errorString()));
        Client client;
        client.setEndpoint(doomed.endpoint());
        client.setProject(doomed.project());
        Account account(&client);
        CallbackWaiter waiter;
        QObject context;
        account.get(&context, [&](const Result<User> &result) { waiter.result.emplace(result); });
        // The request has reached the server and is held there.
        HttpTestClient probe(doomed.endpoint(), doomed.project());
        QTRY_COMPARE(probe.get(QStringLiteral("/sandbox/faults")).json.value(u"waiting").toInt(),
                     1);
        QVERIFY(!waiter.result);
        doomed.stop(true);
        QTRY_VERIFY(waiter.result.has_value());
        QVERIFY(!waiter.result->ok());
        QCOMPARE(waiter.result->error().kind(), Error::Kind::Network);
    }

    void latencyDoesNotHoldOtherConnections()
    {
        QVERIFY(setFaults({{QStringLiteral("latency"), 600000}}));
        CallbackWaiter waiter;
        QObject context;
        signedIn->account.get(&context,
                              [&](const Result<User> &result) { waiter.result.emplace(result); });
        QTRY_COMPARE(
                control().get(QStringLiteral("/sandbox/faults")).json.value(u"waiting").toInt(), 1);
        // The control route answered while the API request waits: the server is not blocked.
        QVERIFY(!waiter.result);
        signedIn->client.cancel(&context);
        QTRY_VERIFY(waiter.result.has_value());
        QCOMPARE(waiter.result->error().kind(), Error::Kind::Cancelled);
    }

    void timeoutThenRetry()
    {
        QVERIFY(setFaults({{QStringLiteral("latency"), 600000}}));
        signedIn->client.setTransferTimeout(std::chrono::milliseconds(300));
        const auto late = getAccount(*signedIn);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().kind(), Error::Kind::Timeout);

        QVERIFY(setFaults({}));
        signedIn->client.setTransferTimeout(std::chrono::seconds(30));
        VERIFY_OK(getAccount(*signedIn));
    }

    void serverErrorsThenRecovery()
    {
        QVERIFY(setFaults({{QStringLiteral("failRate"), 1}}));
        const auto failed = getAccount(*signedIn);
        VERIFY_ERROR(failed, 500, "general_unknown");
        QCOMPARE(failed.error().message(), QStringLiteral("Server Error"));
        // Injected like a route's own failure: with the headers every answer carries.
        const HttpReply raw = control().get(QStringLiteral("/account"));
        QCOMPARE(raw.status, 500);
        QCOMPARE(raw.header("Server"), QByteArray("Appwrite"));
        QVERIFY(!raw.header("Access-Control-Allow-Origin").isEmpty());
        QCOMPARE(raw.header("Cache-Control"), QByteArray("no-cache, no-store, must-revalidate"));
        // A 500 says nothing about the session: it is kept.
        QVERIFY(signedIn->client.hasSession());

        QVERIFY(setFaults({}));
        VERIFY_OK(getAccount(*signedIn));
    }

    void droppedConnectionsThenRecovery()
    {
        QVERIFY(setFaults({{QStringLiteral("dropRate"), 1}}));
        const auto dropped = getAccount(*signedIn);
        QVERIFY(!dropped.ok());
        QCOMPARE(dropped.error().kind(), Error::Kind::Network);
        QVERIFY(signedIn->client.hasSession());

        QVERIFY(setFaults({}));
        VERIFY_OK(getAccount(*signedIn));
    }

    void malformedJsonThenRecovery()
    {
        QVERIFY(setFaults({{QStringLiteral("malformedRate"), 1}}));
        const auto malformed = getAccount(*signedIn);
        QVERIFY(!malformed.ok());
        QCOMPARE(malformed.error().kind(), Error::Kind::InvalidResponse);
        QVERIFY(signedIn->client.hasSession());

        QVERIFY(setFaults({}));
        VERIFY_OK(getAccount(*signedIn));
    }

    void truncatedBodiesThenRecovery()
    {
        QVERIFY(setFaults({{QStringLiteral("truncateRate"), 1}}));
        const auto truncated = getAccount(*signedIn);
        QVERIFY(!truncated.ok());
        QCOMPARE(truncated.error().kind(), Error::Kind::InvalidResponse);
        QVERIFY(signedIn->client.hasSession());

        // An error answer cut off is no more readable than a success cut off.
        auto stranger = harness.connect();
        stranger->client.setProject(QStringLiteral("no-such-project")); // 404 project_not_found
        const auto truncatedError = getAccount(*stranger);
        QVERIFY(!truncatedError.ok());
        QCOMPARE(truncatedError.error().kind(), Error::Kind::InvalidResponse);

        QVERIFY(setFaults({}));
        VERIFY_OK(getAccount(*signedIn));
    }

    void seededFaultsRepeat()
    {
        HttpTestClient http = control();
        const auto run = [&] {
            QByteArray statuses;
            for (int i = 0; i < 24; ++i)
                statuses += http.get(QStringLiteral("/account")).status == 500 ? 'F' : '.';
            return statuses;
        };
        QVERIFY(setFaults({{QStringLiteral("failRate"), 0.5}, {QStringLiteral("seed"), 7}}));
        const QByteArray first = run();
        QVERIFY(setFaults({{QStringLiteral("failRate"), 0.5}, {QStringLiteral("seed"), 7}}));
        QCOMPARE(run(), first);
        QVERIFY2(first.contains('F') && first.contains('.'), first.constData());
    }

    void badFaultSettingsAreRefused()
    {
        const HttpReply reply = control().patch(QStringLiteral("/sandbox/faults"),
                                                {{QStringLiteral("dropRate"), 1.5}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.type(), QStringLiteral("general_argument_invalid"));
    }

    void faultControlsAnswerWithTheCommonHeaders()
    {
        const std::pair<HttpReply, int> answers[] = {
                {control().get(QStringLiteral("/sandbox/faults")), 200},
                {control().patch(QStringLiteral("/sandbox/faults"),
                                 {{QStringLiteral("latency"), 0}}),
                 200},
                {control().patch(QStringLiteral("/sandbox/faults"),
                                 {{QStringLiteral("failRate"), 2}}),
                 400},
        };
        for (const auto &[reply, status] : answers) {
            QCOMPARE(reply.status, status);
            QCOMPARE(reply.header("Server"), QByteArray("Appwrite"));
            QCOMPARE(reply.header("X-Content-Type-Options"), QByteArray("nosniff"));
            QVERIFY(!reply.header("Date").isEmpty());
            QVERIFY(!reply.header("Access-Control-Allow-Origin").isEmpty());
        }
    }

    void badFaultFlagsStopTheServer_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("rate above 1")
                << QStringList{QStringLiteral("--fail-rate"), QStringLiteral("1.5")};
        QTest::newRow("rates add up above 1")
                << QStringList{QStringLiteral("--fail-rate"), QStringLiteral("0.6"),
                               QStringLiteral("--drop-rate"), QStringLiteral("0.6")};
        QTest::newRow("negative latency")
                << QStringList{QStringLiteral("--latency"), QStringLiteral("-5")};
        QTest::newRow("key without certificate")
                << QStringList{QStringLiteral("--tls-key"), QStringLiteral("/nonexistent")};
    }
    void badFaultFlagsStopTheServer()
    {
        QFETCH(QStringList, args);
        SandboxProcess refused;
        QVERIFY(!refused.start(args));
    }

    void selfSignedCertificateNeedsTheOptIn()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("This Qt has no TLS backend");
        QTemporaryDir dir;
        const QStringList tls = makeCertificate(dir, QStringLiteral("localhost"));
        if (tls.isEmpty())
            QSKIP("openssl is not installed (scripts/deps.sh installs it)");
        SandboxProcess secure;
        QVERIFY2(secure.start(tls), qPrintable(secure.errorString()));
        QCOMPARE(secure.endpoint().scheme(), QStringLiteral("https"));

        Client client;
        client.setEndpoint(secure.endpoint());
        client.setProject(secure.project());
        Account account(&client);
        const auto refused = await<User>([&](QObject *ctx, auto done) { account.get(ctx, done); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), Error::Kind::Tls);

        client.setSelfSigned(true);
        const auto accepted = await<User>([&](QObject *ctx, auto done) { account.get(ctx, done); });
        VERIFY_ERROR(accepted, 401, "general_unauthorized_scope");
        const QList<QSslCertificate> served = QSslCertificate::fromPath(tls.at(1));
        QCOMPARE(served.size(), 1);
        const QByteArray digest = served.first().digest(QCryptographicHash::Sha256);
        QCOMPARE(client.peerCertificate(), digest);

        // Pinned to the certificate seen when the user opted in: that one, and only that one.
        const auto withPin = [&](const QByteArray &pin) {
            Client pinned;
            pinned.setEndpoint(secure.endpoint());
            pinned.setProject(secure.project());
            pinned.setSelfSigned(true);
            pinned.setPinnedCertificate(pin);
            Account api(&pinned);
            return await<User>([&](QObject *ctx, auto done) { api.get(ctx, done); });
        };
        VERIFY_ERROR(withPin(digest), 401, "general_unauthorized_scope");
        const auto otherPin =
                withPin(QCryptographicHash::hash("another", QCryptographicHash::Sha256));
        QVERIFY(!otherPin.ok());
        QCOMPARE(otherPin.error().kind(), Error::Kind::Tls);
    }

    void selfSignedOptInDoesNotForgiveAnotherHost()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("This Qt has no TLS backend");
        QTemporaryDir dir;
        const QStringList tls = makeCertificate(dir, QStringLiteral("elsewhere.invalid"));
        if (tls.isEmpty())
            QSKIP("openssl is not installed (scripts/deps.sh installs it)");
        SandboxProcess secure;
        QVERIFY2(secure.start(tls), qPrintable(secure.errorString()));
        Client client;
        client.setEndpoint(secure.endpoint());
        client.setProject(secure.project());
        client.setSelfSigned(true);
        Account account(&client);
        const auto refused = await<User>([&](QObject *ctx, auto done) { account.get(ctx, done); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), Error::Kind::Tls);
    }

private:
    struct CallbackWaiter
    {
        std::optional<Result<User>> result;
    };
};

QTEST_GUILESS_MAIN(TestClientFaults)
#include "tst_client_faults.moc"
