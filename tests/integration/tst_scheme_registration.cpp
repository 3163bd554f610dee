// The per-project URL scheme with the freedesktop tools a real desktop uses, in temporary
// XDG_DATA_HOME / XDG_CONFIG_HOME: the hidden desktop entry, the default handler in
// mimeapps.list (a user's own choice kept), GIO resolving the scheme to the entry, and `gio open`
// starting the entry's program, which hands the link to the running instance.
#include "core/callbackscheme.h"
#include "core/connections.h"
#include "core/desktoplinks.h"
#include "core/schemeregistration.h"
#include "core/singleinstance.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int timeout = 20000;
const QString project = QStringLiteral("Demo.Proj");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    process.waitForFinished(timeout);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAll();
}
} // namespace

class TestSchemeRegistration : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_serverName;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        m_serverName = m_home.filePath(QStringLiteral("instance"));
        QVERIFY(SchemeRegistration::desktopFilePath(project).startsWith(m_home.path()));
    }

    void writesEntryAndDefault()
    {
        const SchemeRegistration registration(QStringLiteral(SINGLE_INSTANCE_PROBE),
                                              {m_serverName});
        QVERIFY(registration.ensure(project));
        const QString entryPath = SchemeRegistration::desktopFilePath(project);
        QCOMPARE(entryPath,
                 m_home.filePath(QStringLiteral(
                         "data/applications/io.appwrite.account.callback-demo.proj.desktop")));
        const QByteArray entry = readAll(entryPath);
        QVERIFY2(entry.contains("\nMimeType=x-scheme-handler/appwrite-callback-demo.proj;\n"),
                 entry.constData());
        QVERIFY(entry.contains("\nNoDisplay=true\n"));
        QVERIFY(entry.contains("\nExec=" SINGLE_INSTANCE_PROBE " "));
        QVERIFY(entry.contains(" %u\n"));
        const QByteArray mimeApps = readAll(SchemeRegistration::mimeAppsPath());
        QVERIFY2(mimeApps.contains("[Default Applications]\nx-scheme-handler/"
                                   "appwrite-callback-demo.proj=io.appwrite.account.callback-"
                                   "demo.proj.desktop;\n"),
                 mimeApps.constData());
        // Again: nothing changes.
        QVERIFY(registration.ensure(project));
        QCOMPARE(readAll(SchemeRegistration::mimeAppsPath()), mimeApps);

        const QString validator =
                QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (!validator.isEmpty()) {
            int code = -1;
            const QByteArray out = run(validator, {entryPath}, &code);
            QVERIFY2(code == 0 && !out.contains("error"), out.constData());
        }
    }

    void quotesExecArguments()
    {
        const SchemeRegistration registration(QStringLiteral("/opt/My Apps/appwrite-account"),
                                              {QStringLiteral("--sandbox")});
        const QString entry = registration.desktopEntry(QStringLiteral("p1"));
        QVERIFY2(entry.contains(
                         QStringLiteral("\nExec=\"/opt/My Apps/appwrite-account\" --sandbox %u\n")),
                 qPrintable(entry));
        QVERIFY(!registration.ensure(QStringLiteral("not_a_scheme")));
    }

    void keepsTheUsersChoice()
    {
        const QString type = QStringLiteral("x-scheme-handler/appwrite-callback-p");
        const QString chosen = QStringLiteral("[Added Associations]\ntext/plain=vim.desktop;\n\n"
                                              "[Default Applications]\n")
                + type + QStringLiteral("=other.desktop;\n");
        QCOMPARE(SchemeRegistration::withDefault(chosen, type, QStringLiteral("ours.desktop")),
                 chosen);
        // Added into the existing group, before the next one; other groups untouched.
        const QString other = QStringLiteral("[Default Applications]\ntext/html=firefox.desktop;\n"
                                             "[Removed Associations]\nimage/png=x.desktop;\n");
        QCOMPARE(SchemeRegistration::withDefault(other, type, QStringLiteral("ours.desktop")),
                 QStringLiteral("[Default Applications]\ntext/html=firefox.desktop;\n") + type
                         + QStringLiteral("=ours.desktop;\n[Removed Associations]\n"
                                          "image/png=x.desktop;\n"));
        QCOMPARE(SchemeRegistration::withDefault(QString(), type, QStringLiteral("ours.desktop")),
                 QStringLiteral("[Default Applications]\n") + type
                         + QStringLiteral("=ours.desktop;\n"));
    }

    void removesOnlyItsOwnHandler()
    {
        const QString type = QStringLiteral("x-scheme-handler/appwrite-callback-p");
        const QString mimeApps =
                QStringLiteral("[Default Applications]\ntext/html=firefox.desktop;\n") + type
                + QStringLiteral("=ours.desktop;\n[Added Associations]\n") + type
                + QStringLiteral("=other.desktop;ours.desktop;\n");
        QCOMPARE(SchemeRegistration::withoutHandler(mimeApps, type, QStringLiteral("ours.desktop")),
                 QStringLiteral("[Default Applications]\ntext/html=firefox.desktop;\n"
                                "[Added Associations]\n")
                         + type + QStringLiteral("=other.desktop;\n"));
        // The user's own choice is not ours to remove.
        const QString chosen = QStringLiteral("[Default Applications]\n") + type
                + QStringLiteral("=other.desktop;\n");
        QCOMPARE(SchemeRegistration::withoutHandler(chosen, type, QStringLiteral("ours.desktop")),
                 chosen);
    }

    //! A project no longer saved loses its entry and its default handler; the others stay.
    void prunesProjectsNoLongerSaved()
    {
        const SchemeRegistration registration(QStringLiteral("/usr/bin/appwrite-account"));
        QVERIFY(registration.ensure(QStringLiteral("kept")));
        QVERIFY(registration.ensure(QStringLiteral("Gone.One")));
        const QStringList registered = SchemeRegistration::registeredProjects();
        QVERIFY2(registered.contains(QStringLiteral("kept"))
                         && registered.contains(QStringLiteral("gone.one")),
                 qPrintable(registered.join(QLatin1Char(','))));

        QCOMPARE(SchemeRegistration::prune({QStringLiteral("KEPT"), project}),
                 QStringList{QStringLiteral("gone.one")});
        QVERIFY(!QFile::exists(SchemeRegistration::desktopFilePath(QStringLiteral("gone.one"))));
        QVERIFY(QFile::exists(SchemeRegistration::desktopFilePath(QStringLiteral("kept"))));
        QVERIFY(QFile::exists(SchemeRegistration::desktopFilePath(project)));
        const QByteArray mimeApps = readAll(SchemeRegistration::mimeAppsPath());
        QVERIFY2(!mimeApps.contains("appwrite-callback-gone.one"), mimeApps.constData());
        QVERIFY2(mimeApps.contains("\nx-scheme-handler/appwrite-callback-kept="
                                   "io.appwrite.account.callback-kept.desktop;\n"),
                 mimeApps.constData());
        QVERIFY(!SchemeRegistration::registeredProjects().contains(QStringLiteral("gone.one")));

        // Removing a saved connection's project: gone; again: nothing left to do.
        QVERIFY(SchemeRegistration::remove(QStringLiteral("kept")));
        QVERIFY(!QFile::exists(SchemeRegistration::desktopFilePath(QStringLiteral("kept"))));
        QVERIFY(!readAll(SchemeRegistration::mimeAppsPath()).contains("appwrite-callback-kept"));
        QVERIFY(SchemeRegistration::remove(QStringLiteral("kept")));
        QVERIFY(SchemeRegistration::prune({project}).isEmpty());
    }

    void gioResolvesAndOpensTheScheme()
    {
        const QString gio = QStandardPaths::findExecutable(QStringLiteral("gio"));
        if (gio.isEmpty())
            QSKIP("gio (libglib2.0-bin) is not installed: the desktop's view cannot be checked.");
        const QString type = QStringLiteral("x-scheme-handler/") + CallbackScheme::name(project);
        const QByteArray handlers = run(gio, {QStringLiteral("mime"), type});
        QVERIFY2(handlers.contains(SchemeRegistration::desktopFileId(project).toUtf8()),
                 handlers.constData());

        // The desktop opens a link: the entry's program starts, finds the running instance and
        // hands the link over.
        SingleInstance running(m_serverName);
        QVERIFY(running.listen());
        QSignalSpy received(&running, &SingleInstance::messageReceived);
        const QString link = CallbackScheme::url(project, QStringLiteral("magic-url")).toString()
                + QStringLiteral("?userId=u1&secret=abc&project=demo.proj");
        int code = -1;
        const QByteArray out = run(gio, {QStringLiteral("open"), link}, &code);
        QVERIFY2(code == 0, out.constData());
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, timeout);
        QCOMPARE(received.constFirst().constFirst().toString(), link);
    }

    //! The app's side: the scheme of the connection in use is registered, and goes when that
    //! connection is forgotten; entries of projects that are not saved go at start. Last, as
    //! it prunes what the tests above registered.
    void desktopLinksFollowSavedConnections()
    {
        // Settings in the temporary XDG_CONFIG_HOME, away from a real user's connections.
        QCoreApplication::setOrganizationName(QStringLiteral("appwrite-account-scheme-test"));
        QSettings().clear();
        const SchemeRegistration registration(QStringLiteral("/usr/bin/appwrite-account"));
        QVERIFY(registration.ensure(QStringLiteral("stale-proj")));

        DesktopLinks links(nullptr);
        links.start();
        QVERIFY(!QFile::exists(SchemeRegistration::desktopFilePath(QStringLiteral("stale-proj"))));
        Connections *connections = Connections::instance();
        const QString id =
                connections->add(QStringLiteral("Links"), QStringLiteral("http://localhost:9/v1"),
                                 QStringLiteral("links-proj"), false);
        QVERIFY(!id.isEmpty());
        connections->select(id);
        const QString entry = SchemeRegistration::desktopFilePath(QStringLiteral("links-proj"));
        QTRY_VERIFY(QFile::exists(entry));
        connections->remove(id);
        QTRY_VERIFY(!QFile::exists(entry));
        QVERIFY(!readAll(SchemeRegistration::mimeAppsPath()).contains("links-proj"));
        QSettings().clear();
    }
};

QTEST_MAIN(TestSchemeRegistration)
#include "tst_scheme_registration.moc"
