// The sandbox as a process: its ready line, health route and command-line errors.
#include "sandboxprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class TestSandboxCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readyLineAndHealth()
    {
        SandboxProcess sandbox;
        if (!qEnvironmentVariableIsEmpty("APPWRITE_ENDPOINT"))
            QSKIP("sandbox-only check: APPWRITE_ENDPOINT points at another server");
        QVERIFY2(sandbox.start({QStringLiteral("--project"), QStringLiteral("demo")}),
                 qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.project(), QStringLiteral("demo"));
        QCOMPARE(sandbox.endpoint().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(sandbox.endpoint().port() > 0);

        QNetworkAccessManager nam;
        QUrl health = sandbox.endpoint();
        health.setPath(health.path() + QStringLiteral("/sandbox/health"));
        std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(health)));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }

    void badFlagsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown flag") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("x")};
        QTest::newRow("data and memory") << QStringList{
                QStringLiteral("--data"), QStringLiteral("/tmp"), QStringLiteral("--memory")};
    }
    void badFlagsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QProcess process;
        process.start(qEnvironmentVariable("APPWRITE_SANDBOX_BIN"), args);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
