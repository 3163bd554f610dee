// The app's own sandbox (`appwrite-account --sandbox`) is a child process: it keeps its data in
// the app's data location, answers on loopback, and never outlives the app, even a killed one.
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
constexpr int timeout = 20000;

//! The pid of \a parent's child process named appwrite-sandbox, or 0.
qint64 sandboxChild(qint64 parent)
{
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(parent));
    if (!children.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &pid : children.readAll().split(' ')) {
        const QString exe = QFile::symLinkTarget(
                QStringLiteral("/proc/%1/exe").arg(QString::fromLatin1(pid.trimmed())));
        if (exe.endsWith(QLatin1String("/appwrite-sandbox")))
            return pid.trimmed().toLongLong();
    }
    return 0;
}

//! Whether the app's settings file names the sandbox connection (read afresh each time).
bool usesSandbox(const QString &settingsFile)
{
    QFile file(settingsFile);
    return file.open(QIODevice::ReadOnly) && file.readAll().contains("isSandbox=true");
}

bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    // A zombie (state Z) has exited; only its parent's wait is missing.
    return stat.open(QIODevice::ReadOnly) && !stat.readAll().contains(") Z ");
}

//! The TCP port \a pid listens on (IPv4 loopback), from /proc/net/tcp; 0 if none.
int listeningPort(qint64 pid)
{
    QSet<QByteArray> sockets;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System)) {
        // "socket:[inode]", made absolute by Qt as if it were a file name in the directory.
        const QString target = QFile::symLinkTarget(fds.filePath(fd)).section(QLatin1Char('/'), -1);
        if (target.startsWith(QLatin1String("socket:[")))
            sockets.insert(target.mid(8).chopped(1).toLatin1());
    }
    QFile tcp(QStringLiteral("/proc/net/tcp"));
    if (!tcp.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : tcp.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        // local_address st ... inode: state 0A is LISTEN
        if (f.size() > 9 && f.at(3) == "0A" && sockets.contains(f.at(9)))
            return f.at(1).split(':').value(1).toInt(nullptr, 16);
    }
    return 0;
}
} // namespace

class TestEmbeddedSandbox : public QObject
{
    Q_OBJECT

    struct Run
    {
        QTemporaryDir home; // fresh for each run: the app's settings start empty
        QProcess app;
        qint64 sandbox = 0;
        int port = 0;
    };

    //! Starts `appwrite-account --sandbox` and waits until it uses its sandbox: the child listens,
    //! and the app has read its address (it then saves the sandbox connection in its settings).
    //! After that the child writes nothing more to the app, so no SIGPIPE can end it.
    void start(Run &run)
    {
        QVERIFY(run.home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), run.home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), run.home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), run.home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), run.home.path());
        env.remove(QStringLiteral("APPWRITE_SANDBOX_BIN")); // the one installed beside the app
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        run.app.setProcessEnvironment(env);
        run.app.start(QStringLiteral(APPWRITE_ACCOUNT_BIN), {QStringLiteral("--sandbox")});
        QVERIFY(run.app.waitForStarted(timeout));
        QTRY_VERIFY_WITH_TIMEOUT((run.sandbox = sandboxChild(run.app.processId())) > 0, timeout);
        QTRY_VERIFY_WITH_TIMEOUT((run.port = listeningPort(run.sandbox)) > 0, timeout);
        const QString settings =
                run.home.filePath(QStringLiteral("config/appwrite-account/appwrite-account.conf"));
        QTRY_VERIFY_WITH_TIMEOUT(usesSandbox(settings), timeout);
    }

private Q_SLOTS:
    void sandboxServesAndEndsWithTheApp()
    {
        Run run;
        start(run);
        if (QTest::currentTestFailed())
            return;

        // It is the Account API, on loopback, keeping its data where the app keeps its own.
        QNetworkAccessManager manager;
        QNetworkRequest request(
                QUrl(QStringLiteral("http://127.0.0.1:%1/v1/account").arg(run.port)));
        request.setRawHeader("X-Appwrite-Project", "sandbox");
        std::unique_ptr<QNetworkReply> reply(manager.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(timeout));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QVERIFY(reply->readAll().contains("general_unauthorized_scope"));
        QVERIFY(!QDir(run.home.filePath(
                              QStringLiteral("data/appwrite-account/appwrite-account/sandbox")))
                         .entryList(QDir::Files)
                         .isEmpty());

        // As the desktop does when logging out: the app quits as if its window were closed, so
        // what runs after its event loop (keeping a session just saved, stopping this sandbox)
        // runs too, rather than dying of the signal.
        run.app.terminate();
        QVERIFY(run.app.waitForFinished(timeout));
        QCOMPARE(run.app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.app.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!alive(run.sandbox), timeout);
    }

    void sandboxEndsWithAKilledApp()
    {
        Run run;
        start(run);
        if (QTest::currentTestFailed())
            return;
        run.app.kill(); // SIGKILL: the app cannot stop it itself
        QVERIFY(run.app.waitForFinished(timeout));
        QTRY_VERIFY_WITH_TIMEOUT(!alive(run.sandbox), timeout);
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedSandbox)
#include "tst_embedded_sandbox.moc"
