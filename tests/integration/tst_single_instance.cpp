// One app per user, with real processes: a later launch hands its link (or nothing) to the
// running one and exits 0; a socket left by a crashed instance does not block the next start.
// The second half uses appwrite-account itself: a magic link opened by a second launch is
// completed by the first.
#include "core/callbackscheme.h"
#include "core/singleinstance.h"
#include "sandboxprocess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {
constexpr int timeout = 20000;

//! Reads lines from a running process as they come.
bool waitForLine(QProcess &process, const QByteArray &line, int ms = timeout)
{
    return QTest::qWaitFor(
            [&] {
                while (process.canReadLine()) {
                    if (process.readLine().trimmed() == line)
                        return true;
                }
                return false;
            },
            ms);
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    bool finished = false;
};

Run runToEnd(const QString &program, const QStringList &args,
             const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    Run run;
    run.finished = process.waitForFinished(timeout);
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    if (!run.finished)
        process.kill();
    return run;
}
} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString serverName() const { return m_dir.filePath(QStringLiteral("instance")); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void secondLaunchHandsOverLink()
    {
        QProcess first;
        first.start(QStringLiteral(SINGLE_INSTANCE_PROBE), {serverName()});
        QVERIFY(waitForLine(first, "listening"));

        const QString link = QStringLiteral("appwrite-callback-demo://localhost/magic-url?userId="
                                            "u1&secret=s%26cret&expire=2026");
        const Run second = runToEnd(QStringLiteral(SINGLE_INSTANCE_PROBE), {serverName(), link});
        QVERIFY(second.finished);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out.trimmed(), QByteArray("handed-off"));
        QVERIFY(waitForLine(first, "received:" + link.toUtf8()));

        // Without a link: the running one is only asked to come to the front.
        const Run third = runToEnd(QStringLiteral(SINGLE_INSTANCE_PROBE), {serverName()});
        QCOMPARE(third.exitCode, 0);
        QVERIFY(waitForLine(first, "received:"));

        QCOMPARE(runToEnd(QStringLiteral(SINGLE_INSTANCE_PROBE),
                          {serverName(), QStringLiteral("quit")})
                         .exitCode,
                 0);
        QVERIFY(first.waitForFinished(timeout));
        QCOMPARE(first.exitCode(), 0);
    }

    void crashedInstanceDoesNotBlock()
    {
        QProcess crashed;
        crashed.start(QStringLiteral(SINGLE_INSTANCE_PROBE), {serverName()});
        QVERIFY(waitForLine(crashed, "listening"));
        crashed.kill(); // leaves its socket file behind
        QVERIFY(crashed.waitForFinished(timeout));

        QProcess next;
        next.start(QStringLiteral(SINGLE_INSTANCE_PROBE), {serverName(), QStringLiteral("x")});
        // Nobody took the hand-over, so this launch becomes the instance itself.
        QVERIFY(waitForLine(next, "listening"));
        const Run later = runToEnd(QStringLiteral(SINGLE_INSTANCE_PROBE),
                                   {serverName(), QStringLiteral("quit")});
        QCOMPARE(later.exitCode, 0);
        QVERIFY(next.waitForFinished(timeout));
    }

    void inProcessServerReceives()
    {
        SingleInstance instance(m_dir.filePath(QStringLiteral("inprocess")));
        QVERIFY(!instance.handOff(QStringLiteral("nobody"), 500));
        QVERIFY(instance.listen());
        QSignalSpy received(&instance, &SingleInstance::messageReceived);
        QProcess launch;
        launch.start(QStringLiteral(SINGLE_INSTANCE_PROBE),
                     {instance.serverName(), QStringLiteral("hello")});
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, timeout);
        QCOMPARE(received.constFirst().constFirst().toString(), QStringLiteral("hello"));
        QTRY_COMPARE_WITH_TIMEOUT(launch.state(), QProcess::NotRunning, timeout);
        QCOMPARE(launch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(launch.exitCode(), 0);
    }

    //! A launch's Wayland activation token travels with its message, so the running instance
    //! may raise its window; without one, none is invented.
    void forwardsActivationToken()
    {
        SingleInstance instance(m_dir.filePath(QStringLiteral("activation")));
        QVERIFY(instance.listen());
        QSignalSpy received(&instance, &SingleInstance::messageReceived);
        for (const QString &token : {QStringLiteral("token-1234_abc"), QString()}) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("XDG_ACTIVATION_TOKEN"));
            if (!token.isEmpty())
                env.insert(QStringLiteral("XDG_ACTIVATION_TOKEN"), token);
            QProcess launch;
            launch.setProcessEnvironment(env);
            launch.start(QStringLiteral(SINGLE_INSTANCE_PROBE),
                         {instance.serverName(), QStringLiteral("link")});
            QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, timeout);
            const QList<QVariant> arguments = received.takeFirst();
            QCOMPARE(arguments.at(0).toString(), QStringLiteral("link"));
            QCOMPARE(arguments.at(1).toString(), token);
            QTRY_COMPARE_WITH_TIMEOUT(launch.state(), QProcess::NotRunning, timeout);
            QCOMPARE(launch.exitCode(), 0);
        }
    }

    //! Two real appwrite-account processes: the second is started by "the desktop" with a magic
    //! link from the sandbox outbox, hands it over and exits; the first signs in with it.
    void appCompletesMagicLinkOfSecondLaunch()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        if (!sandbox.isSandbox())
            QSKIP("The magic link is read from the sandbox outbox; APPWRITE_ENDPOINT is set.");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                 "XDG_RUNTIME_DIR", "XDG_STATE_HOME"}) {
            const QString dir = home.filePath(QString::fromLatin1(name));
            QVERIFY(QDir().mkpath(dir));
            QFile::setPermissions(
                    dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            env.insert(QString::fromLatin1(name), dir);
        }
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

        QProcess first;
        first.setProcessEnvironment(env);
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(QStringLiteral(APPWRITE_ACCOUNT_BIN),
                    {QStringLiteral("--endpoint"), sandbox.endpoint().toString(),
                     QStringLiteral("--project"), sandbox.project()});
        QVERIFY(first.waitForStarted(timeout));
        const QString socket = env.value(QStringLiteral("XDG_RUNTIME_DIR"))
                + QStringLiteral("/io.appwrite.account.instance");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), timeout);
        // The app registered its scheme for the project it connected to.
        const QString entry = env.value(QStringLiteral("XDG_DATA_HOME"))
                + QStringLiteral("/applications/io.appwrite.account.callback-%1.desktop")
                          .arg(sandbox.project().toLower());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(entry), timeout);

        // Ask for a magic link as the app would (default URL: the app's scheme).
        QNetworkAccessManager network;
        const QString email =
                QStringLiteral("handoff.%1@example.com").arg(QDateTime::currentMSecsSinceEpoch());
        QNetworkRequest create(
                QUrl(sandbox.endpoint().toString() + QStringLiteral("/account/tokens/magic-url")));
        create.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        create.setRawHeader("X-Appwrite-Project", sandbox.project().toUtf8());
        const QUrl callback = CallbackScheme::url(sandbox.project(), QStringLiteral("magic-url"));
        std::unique_ptr<QNetworkReply> created(network.post(
                create,
                QJsonDocument(QJsonObject{{QStringLiteral("userId"), QStringLiteral("unique()")},
                                          {QStringLiteral("email"), email},
                                          {QStringLiteral("url"), callback.toString()}})
                        .toJson()));
        QSignalSpy createdDone(created.get(), &QNetworkReply::finished);
        QVERIFY(createdDone.wait(timeout));
        QCOMPARE(created->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        const QString userId = QJsonDocument::fromJson(created->readAll())
                                       .object()
                                       .value(QStringLiteral("userId"))
                                       .toString();

        QUrl outboxUrl(sandbox.endpoint().toString() + QStringLiteral("/sandbox/outbox"));
        outboxUrl.setQuery(QUrlQuery{{QStringLiteral("to"), email}});
        std::unique_ptr<QNetworkReply> outbox(network.get(QNetworkRequest(outboxUrl)));
        QSignalSpy outboxDone(outbox.get(), &QNetworkReply::finished);
        QVERIFY(outboxDone.wait(timeout));
        const QJsonArray messages = QJsonDocument::fromJson(outbox->readAll())
                                            .object()
                                            .value(QStringLiteral("messages"))
                                            .toArray();
        QVERIFY(!messages.isEmpty());
        const QString link = messages.first().toObject().value(QStringLiteral("url")).toString();
        QVERIFY2(link.startsWith(callback.toString()), qPrintable(link));

        const Run second = runToEnd(QStringLiteral(APPWRITE_ACCOUNT_BIN), {link}, env);
        QVERIFY(second.finished);
        QCOMPARE(second.exitCode, 0);

        // The first app signed in with the link: it remembers the account's email next to
        // the saved connection (and nothing else could have put it there).
        const QString config = env.value(QStringLiteral("XDG_CONFIG_HOME"));
        const auto remembered = [&config, &email] {
            QDirIterator it(config, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(email.toUtf8()))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(remembered(), timeout);
        QVERIFY(!userId.isEmpty());
        QCOMPARE(first.state(), QProcess::Running);
        first.terminate();
        QVERIFY(first.waitForFinished(timeout));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
