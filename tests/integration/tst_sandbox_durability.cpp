// The sandbox's data over process lifetimes: restart on the same --data directory, kill -9
// right after an acknowledged write, and a damaged or unusable data directory.
#include "httptestclient.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject credentials()
{
    return {{QStringLiteral("email"), QStringLiteral("kept@example.com")},
            {QStringLiteral("password"), QStringLiteral("password123")}};
}

} // namespace

class TestSandboxDurability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        if (!qEnvironmentVariableIsEmpty("APPWRITE_ENDPOINT"))
            QSKIP("sandbox-only check: restarts the server process");
    }

    void survivesRestartAndKill_data()
    {
        QTest::addColumn<bool>("kill");
        QTest::newRow("SIGTERM") << false;
        QTest::newRow("SIGKILL") << true;
    }
    void survivesRestartAndKill()
    {
        QFETCH(bool, kill);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString session;
        {
            SandboxProcess sandbox;
            QVERIFY2(sandbox.startWithData(dir.path()), qPrintable(sandbox.errorString()));
            HttpTestClient client(sandbox.endpoint(), sandbox.project());
            QJsonObject signUp = credentials();
            signUp.insert(QStringLiteral("userId"), QStringLiteral("kept"));
            QCOMPARE(client.post(QStringLiteral("/account"), signUp).status, 201);
            QCOMPARE(client.post(QStringLiteral("/account/sessions/email"), credentials()).status,
                     201);
            QCOMPARE(
                    client.patch(QStringLiteral("/account/prefs"),
                                 {{QStringLiteral("prefs"),
                                   QJsonObject{{QStringLiteral("theme"), QStringLiteral("dark")}}}})
                            .status,
                    200);
            session = client.session();
            sandbox.stop(kill);
        }
        QVERIFY(!session.isEmpty());

        SandboxProcess again;
        QVERIFY2(again.startWithData(dir.path()), qPrintable(again.errorString()));
        HttpTestClient client(again.endpoint(), again.project());
        client.setSession(session);
        HttpReply reply = client.get(QStringLiteral("/account"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.string("$id"), QStringLiteral("kept"));
        QCOMPARE(
                reply.json.value(QStringLiteral("prefs")).toObject().value(QStringLiteral("theme")),
                QJsonValue(QStringLiteral("dark")));
        // The security log was written before each answer too.
        reply = client.get(QStringLiteral("/account/logs"));
        QCOMPARE(reply.json.value(QStringLiteral("total")).toInt(), 3);

        HttpTestClient fresh(again.endpoint(), again.project());
        QCOMPARE(fresh.post(QStringLiteral("/account/sessions/email"), credentials()).status, 201);
    }

    void damagedDatabaseIsAnError()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("sandbox.sqlite")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        QProcess process;
        process.start(qEnvironmentVariable("APPWRITE_SANDBOX_BIN"),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                       dir.path()});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QByteArray error = process.readAllStandardError();
        QVERIFY2(error.contains("database"), error.constData());
    }

    void unwritableDirectoryIsAnError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QProcess process;
        // A data "directory" below a regular file can never be created.
        process.start(qEnvironmentVariable("APPWRITE_SANDBOX_BIN"),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                       blocker.fileName() + QStringLiteral("/data")});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxDurability)
#include "tst_sandbox_durability.moc"
