// Appearance: the colour scheme chosen is kept across runs; only the three choices are taken.
#include "core/appearance.h"
#include "core/settingswriter.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"appwrite-account-tests"_s);
        QSettings().setValue(u"appearance/mode"_s, u"dark"_s); // chosen in an earlier run
    }
    void cleanupTestCase()
    {
        SettingsWriter::flush();
        QSettings().remove(u"appearance"_s);
    }

    void choiceIsKeptAndValidated()
    {
        Appearance *appearance = Appearance::create(nullptr, nullptr);
        QCOMPARE(appearance->mode(), u"dark"_s);
        QSignalSpy changed(appearance, &Appearance::modeChanged);

        appearance->setMode(u"sepia"_s);
        QCOMPARE(appearance->mode(), u"dark"_s);
        QCOMPARE(changed.size(), 0);

        appearance->setMode(u"light"_s);
        QCOMPARE(appearance->mode(), u"light"_s);
        QCOMPARE(changed.size(), 1);
        SettingsWriter::flush();
        QCOMPARE(QSettings().value(u"appearance/mode"_s).toString(), u"light"_s);
    }
};

QTEST_GUILESS_MAIN(TestAppearance)
#include "tst_core_appearance.moc"
