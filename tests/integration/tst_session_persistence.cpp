// Signed in across restarts: two real processes wired like the app (SessionStorage as the
// session store, the embedded sandbox with its data under XDG_DATA_HOME and a new port at every
// start, the saved sandbox connection in QSettings). The first signs up and quits; the second
// must come back signed in without a password. With a real Secret Service (gnome-keyring, run
// through keychain/with-keyring.sh) the credential must be in the keyring and in no file; with
// none it stays in memory (nothing on disk) unless the person opts into the owner-only file.
#include "client/redaction.h"
#include "core/accountmodel.h"
#include "core/appinfo.h"
#include "core/connections.h"
#include "core/embeddedsandbox.h"
#include "core/sessionstorage.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
constexpr int timeout = 30000;
const QString email = QStringLiteral("restart@example.com");
const QString password = QStringLiteral("restart horse battery");

// ---- the child: one run of the app's core --------------------------------------------------

void report(const QJsonObject &state)
{
    std::fputs(QJsonDocument(state).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

bool finishes(Operation *op)
{
    return QTest::qWaitFor([op] { return op->done(); }, timeout) && op->ok();
}

//! argv: --child signup|check|signout|forget [--opt-in-file]
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("appwrite-account"));
    QCoreApplication::setOrganizationName(QStringLiteral("appwrite-account"));
    Appwrite::Redaction::installMessageFilter();
    const QStringList args = QCoreApplication::arguments();
    const QString mode = args.value(2);

    SessionStorage *storage = SessionStorage::instance();
    AccountModel::setDefaultSessionStore(storage);
    storage->probe(); // the app asks after its first frame
    EmbeddedSandbox sandbox;
    EmbeddedSandbox::Options options;
    options.dataDir = EmbeddedSandbox::defaultDataDir();
    options.rateLimits = false;
    if (!sandbox.start(options)) {
        report({{QStringLiteral("error"), sandbox.errorString()}});
        return 1;
    }
    AppInfo::instance()->setSandboxEndpoint(sandbox.endpoint());
    Connections::instance()->useSandbox();
    AccountModel *model = AccountModel::instance();
    const bool settled = QTest::qWaitFor(
            [&] { return !model->restoring() && storage->mode() != u"checking"; }, timeout);

    QJsonObject state{{QStringLiteral("settled"), settled},
                      {QStringLiteral("endpoint"), sandbox.endpoint().toString()},
                      {QStringLiteral("restored"), model->signedIn()}};
    bool ok = true;
    if (mode == u"signup") {
        ok = finishes(model->signUp(email, password, QStringLiteral("Restart Test")));
        if (ok && args.contains(QStringLiteral("--opt-in-file")))
            ok = storage->keepInFile();
        // Handed to the parent (a pipe, never a log) so it can look for it on disk; hex so
        // that no stray echo shows it as it is.
        state.insert(
                QStringLiteral("credentialHex"),
                QString::fromLatin1(storage->load(Connections::sessionKey(Connections::sandboxId()))
                                            .toUtf8()
                                            .toHex()));
    } else if (mode == u"signout") {
        ok = model->signedIn() && finishes(model->signOut());
    } else if (mode == u"forget") {
        storage->forgetFile();
    }
    state.insert(QStringLiteral("ok"), ok);
    state.insert(QStringLiteral("signedIn"), model->signedIn());
    state.insert(QStringLiteral("email"),
                 model->user().toMap().value(QStringLiteral("email")).toString());
    state.insert(QStringLiteral("mode"), storage->mode());
    state.insert(QStringLiteral("flushed"), storage->flush());
    report(state);
    sandbox.stop();
    return 0;
}

// ---- the parent ---------------------------------------------------------------------------

//! Every file under \a root holding \a needle.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

QList<QByteArray> credentialParts(const QByteArray &credential)
{
    QList<QByteArray> parts{credential};
    const QJsonObject inner = QJsonDocument::fromJson(QByteArray::fromBase64(credential)).object();
    if (!inner.value(QLatin1String("secret")).toString().isEmpty())
        parts << inner.value(QLatin1String("secret")).toString().toUtf8();
    return parts;
}

QString sha(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestSessionPersistence : public QObject
{
    Q_OBJECT
private:
    QProcessEnvironment m_env;
    QString m_home;
    std::unique_ptr<QTemporaryDir> m_tempHome;

    QJsonObject run(const QStringList &args)
    {
        QProcess child;
        child.setProcessEnvironment(m_env);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    QStringList{QStringLiteral("--child")} + args);
        if (!child.waitForFinished(3 * timeout)) {
            child.kill();
            child.waitForFinished();
        }
        const QByteArray out = child.readAllStandardOutput().trimmed();
        const QJsonObject state = QJsonDocument::fromJson(out.split('\n').last()).object();
        if (state.isEmpty() || child.exitCode() != 0)
            qWarning().noquote() << "child" << args << "exit" << child.exitCode()
                                 << "stderr:" << child.readAllStandardError();
        return state;
    }
    //! Throw-away HOME and XDG directories with no D-Bus session at all.
    void isolateWithoutDbus()
    {
        m_tempHome = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tempHome->isValid());
        m_home = m_tempHome->path();
        m_env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY",
                                 "GNOME_KEYRING_CONTROL", "APPWRITE_TEST_KEYRING"})
            m_env.remove(QString::fromLatin1(name));
        m_env.insert(QStringLiteral("HOME"), m_home);
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/.local/share"));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/.cache"));
        m_env.insert(QStringLiteral("XDG_STATE_HOME"), m_home + QStringLiteral("/.local/state"));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home + QStringLiteral("/run"));
        QVERIFY(QDir().mkpath(m_home + QStringLiteral("/run")));
        QFile::setPermissions(m_home + QStringLiteral("/run"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QString sessionFile() const
    {
        return m_home
                + QStringLiteral(
                        "/.local/share/appwrite-account/appwrite-account/private/sessions.json");
    }

private Q_SLOTS:
    void keyringKeepsTheSession()
    {
        if (qEnvironmentVariable("APPWRITE_TEST_KEYRING") != u"1")
            QSKIP("needs a Secret Service: run through tests/integration/keychain/with-keyring.sh "
                  "(ctest tst_session_keyring)");
        // with-keyring.sh made HOME and the XDG directories throw-away ones.
        m_env = QProcessEnvironment::systemEnvironment();
        m_home = m_env.value(QStringLiteral("HOME"));
        QVERIFY(m_home.startsWith(QDir::tempPath()));
        QVERIFY(!m_env.value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).isEmpty());

        const QJsonObject first = run({QStringLiteral("signup")});
        QVERIFY2(first.value(QLatin1String("ok")).toBool(), "the first run could not sign up");
        QCOMPARE(first.value(QLatin1String("mode")).toString(), QStringLiteral("keychain"));
        QVERIFY(first.value(QLatin1String("flushed")).toBool());
        const QByteArray credential = QByteArray::fromHex(
                first.value(QLatin1String("credentialHex")).toString().toLatin1());
        QVERIFY(!credential.isEmpty());

        const QJsonObject second = run({QStringLiteral("check")});
        QCOMPARE(second.value(QLatin1String("mode")).toString(), QStringLiteral("keychain"));
        QVERIFY2(second.value(QLatin1String("restored")).toBool(), "not signed in after a restart");
        QCOMPARE(second.value(QLatin1String("email")).toString(), email);
        // The embedded sandbox moved to another port, yet the session was found (keyed by the
        // saved connection, not by the address).
        qInfo() << "sandbox endpoints:" << first.value(QLatin1String("endpoint")).toString()
                << second.value(QLatin1String("endpoint")).toString();

        // In the keyring, as the Secret Service tells anyone who asks...
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"),
                      QStringLiteral("appwrite-account"), QStringLiteral("user"),
                      Connections::sessionKey(Connections::sandboxId())});
        QVERIFY(lookup.waitForFinished(timeout));
        QCOMPARE(sha(lookup.readAllStandardOutput().trimmed()), sha(credential));
        // ...the keyring persisted (encrypted) on disk, settings were written...
        QVERIFY(!QDir(m_home + QStringLiteral("/.local/share/keyrings")).isEmpty(QDir::Files));
        QVERIFY(!filesContaining(m_home + QStringLiteral("/.config"), "sandbox").isEmpty());
        // ...and no file under HOME (settings, app data, sandbox data, keyring) holds it.
        for (const QByteArray &part : credentialParts(credential))
            QVERIFY2(filesContaining(m_home, part).isEmpty(),
                     qPrintable(filesContaining(m_home, part).join(QLatin1Char(' '))));
        QVERIFY(!QFile::exists(sessionFile()));

        // Signing out removes it from the keyring.
        const QJsonObject third = run({QStringLiteral("signout")});
        QVERIFY(third.value(QLatin1String("ok")).toBool());
        QVERIFY(third.value(QLatin1String("flushed")).toBool());
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"),
                      QStringLiteral("appwrite-account"), QStringLiteral("user"),
                      Connections::sessionKey(Connections::sandboxId())});
        QVERIFY(lookup.waitForFinished(timeout));
        QVERIFY(lookup.readAllStandardOutput().trimmed().isEmpty());
        const QJsonObject fourth = run({QStringLiteral("check")});
        QVERIFY(!fourth.value(QLatin1String("restored")).toBool());
    }

    void noKeyringKeepsMemoryOnly()
    {
        isolateWithoutDbus();
        const QJsonObject first = run({QStringLiteral("signup")});
        QVERIFY2(first.value(QLatin1String("ok")).toBool(), "the first run could not sign up");
        QCOMPARE(first.value(QLatin1String("mode")).toString(), QStringLiteral("memory"));
        const QByteArray credential = QByteArray::fromHex(
                first.value(QLatin1String("credentialHex")).toString().toLatin1());
        QVERIFY(!credential.isEmpty());
        for (const QByteArray &part : credentialParts(credential))
            QVERIFY2(filesContaining(m_home, part).isEmpty(),
                     qPrintable(filesContaining(m_home, part).join(QLatin1Char(' '))));
        QVERIFY(!QFile::exists(sessionFile()));

        const QJsonObject second = run({QStringLiteral("check")});
        QCOMPARE(second.value(QLatin1String("mode")).toString(), QStringLiteral("memory"));
        QVERIFY(!second.value(QLatin1String("restored")).toBool());
    }

    void noKeyringFileOptIn()
    {
        isolateWithoutDbus();
        const QJsonObject first = run({QStringLiteral("signup"), QStringLiteral("--opt-in-file")});
        QVERIFY2(first.value(QLatin1String("ok")).toBool(), "sign-up or opt-in failed");
        QCOMPARE(first.value(QLatin1String("mode")).toString(), QStringLiteral("file"));
        const QByteArray credential = QByteArray::fromHex(
                first.value(QLatin1String("credentialHex")).toString().toLatin1());
        QVERIFY(!credential.isEmpty());

        struct stat info;
        QCOMPARE(::stat(QFile::encodeName(sessionFile()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0600));
        QCOMPARE(::stat(QFile::encodeName(QFileInfo(sessionFile()).absolutePath()).constData(),
                        &info),
                 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0700));
        // Only there, not in the settings or anywhere else.
        QCOMPARE(filesContaining(m_home, credential), QStringList{sessionFile()});

        const QJsonObject second = run({QStringLiteral("check")});
        QCOMPARE(second.value(QLatin1String("mode")).toString(), QStringLiteral("file"));
        QVERIFY2(second.value(QLatin1String("restored")).toBool(), "not restored from the file");
        QCOMPARE(second.value(QLatin1String("email")).toString(), email);

        const QJsonObject third = run({QStringLiteral("forget")});
        QCOMPARE(third.value(QLatin1String("mode")).toString(), QStringLiteral("memory"));
        QVERIFY(third.value(QLatin1String("signedIn")).toBool());
        QVERIFY(!QFile::exists(sessionFile()));
        QVERIFY(filesContaining(m_home, credential).isEmpty());
        const QJsonObject fourth = run({QStringLiteral("check")});
        QVERIFY(!fourth.value(QLatin1String("restored")).toBool());
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestSessionPersistence test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_session_persistence.moc"
