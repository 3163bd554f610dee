// SessionStorage keeps a list of the connections it saved a session for (names only, in the
// settings), so that a start with nothing saved does not wait for the keychain, or touch it.
#include "core/sessionstorage.h"
#include "core/settingswriter.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSessionStorage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_key = u"https://cloud.example/v1#project"_s;

    std::unique_ptr<SessionStorage> makeStorage()
    {
        return std::make_unique<SessionStorage>(u"appwrite-account-unit-test"_s,
                                                m_dir.filePath(u"sessions.json"_s), nullptr);
    }
    static QString settingsText()
    {
        SettingsWriter::flush();
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"appwrite-account-tests"_s);
        QCoreApplication::setApplicationName(u"tst_core_sessionstorage"_s);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        SettingsWriter::flush(); // nothing of the test before lands after the clear
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void nothingSavedIsKnownAtOnce()
    {
        const auto storage = makeStorage();
        // Answered before the keychain could have been asked anything.
        QVERIFY(storage->isLoaded(m_key));
        QVERIFY(storage->load(m_key).isEmpty());
        bool ready = false;
        storage->prefetch(m_key, this, [&ready] { ready = true; });
        QTRY_VERIFY(ready);
    }

    void savedKeyIsListedWithoutItsSecret()
    {
        {
            const auto storage = makeStorage();
            storage->save(m_key, u"the-session-secret"_s);
            QVERIFY(storage->isLoaded(m_key));
            QCOMPARE(storage->load(m_key), u"the-session-secret"_s);
        }
        QVERIFY(settingsText().contains(u"cloud.example"_s));
        QVERIFY(!settingsText().contains(u"the-session-secret"_s));

        // A later start must ask the keychain for it: not known at once.
        const auto later = makeStorage();
        QVERIFY(!later->isLoaded(m_key));
        QVERIFY(later->isLoaded(u"https://other.example/v1#project"_s));

        later->clear(m_key);
        QVERIFY(!settingsText().contains(u"cloud.example"_s));
        QVERIFY(makeStorage()->isLoaded(m_key));
    }

    void closedNoticeStaysClosed()
    {
        {
            const auto storage = makeStorage();
            QVERIFY(!storage->noticeDismissed());
            QSignalSpy changed(storage.get(), &SessionStorage::noticeDismissedChanged);
            storage->setNoticeDismissed(true);
            storage->setNoticeDismissed(true);
            QCOMPARE(changed.count(), 1);
            QVERIFY(storage->noticeDismissed());
        }
        QVERIFY(settingsText().contains(u"noticeDismissed=true"_s));
        QVERIFY(makeStorage()->noticeDismissed());
    }
};

QTEST_MAIN(TestSessionStorage)
#include "tst_core_sessionstorage.moc"
