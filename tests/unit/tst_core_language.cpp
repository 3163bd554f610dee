#include "core/language.h"
#include "core/settingswriter.h"

#include <QFile>
#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("appwrite-account-tests"));
    }
    void init()
    {
        SettingsWriter::flush();
        QSettings().remove(QStringLiteral("test"));
    }

    void resolvesTheSystemLanguage_data();
    void resolvesTheSystemLanguage();
    void everyLanguageIsEmbedded();
    void choiceSwitchesTranslationAndDirection();
    void pluralFormsFollowTheLanguage_data();
    void pluralFormsFollowTheLanguage();
    void choiceIsKept();
    void unknownChoiceIsIgnored();
};

void TestLanguage::resolvesTheSystemLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::newRow("German (Austria)") << u"de_AT"_s << u"de"_s;
    QTest::newRow("Arabic (Egypt)") << u"ar_EG"_s << u"ar"_s;
    QTest::newRow("English (UK)") << u"en_GB"_s << u"en"_s;
    QTest::newRow("French falls back to English") << u"fr_FR"_s << u"en"_s;
    QTest::newRow("C") << u"C"_s << u"en"_s;
}

void TestLanguage::resolvesTheSystemLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QCOMPARE(Language::resolve(QLocale(locale)), code);
}

void TestLanguage::everyLanguageIsEmbedded()
{
    const QVariantList available = Language(u"test/language"_s).available();
    QCOMPARE(available.size(), Language::codes().size());
    for (const QVariant &entry : available) {
        const QString code = entry.toMap().value(QStringLiteral("code")).toString();
        QVERIFY(!entry.toMap().value(QStringLiteral("name")).toString().isEmpty());
        if (code != QLatin1String("en"))
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/appwrite-account_%1.qm").arg(code)),
                     qPrintable(code));
    }
}

void TestLanguage::choiceSwitchesTranslationAndDirection()
{
    Language language(QStringLiteral("test/language"));
    QSignalSpy currentChanged(&language, &Language::currentChanged);

    language.setChoice(QStringLiteral("de"));
    QCOMPARE(language.current(), QStringLiteral("de"));
    QCOMPARE(currentChanged.count(), 1);
    QCOMPARE(QCoreApplication::translate("RelativeTime", "just now"),
             QStringLiteral("gerade eben"));
    QVERIFY(!language.rightToLeft());
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(QLocale().language(), QLocale::German);

    language.setChoice(QStringLiteral("ar"));
    QCOMPARE(QCoreApplication::translate("RelativeTime", "just now"), QStringLiteral("الآن"));
    QVERIFY(language.rightToLeft());
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);

    language.setChoice(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("RelativeTime", "just now"), QStringLiteral("just now"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(currentChanged.count(), 3);
}

void TestLanguage::pluralFormsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de 1") << u"de"_s << 1 << u"vor 1 Minute"_s;
    QTest::newRow("de 5") << u"de"_s << 5 << u"vor 5 Minuten"_s;
    QTest::newRow("ar 1") << u"ar"_s << 1 << u"منذ دقيقة"_s;
    QTest::newRow("ar 2") << u"ar"_s << 2 << u"منذ دقيقتين"_s;
    QTest::newRow("ar 5") << u"ar"_s << 5 << u"منذ 5 دقائق"_s;
    QTest::newRow("ar 11") << u"ar"_s << 11 << u"منذ 11 دقيقة"_s;
}

void TestLanguage::pluralFormsFollowTheLanguage()
{
    QFETCH(QString, code);
    QFETCH(int, n);
    QFETCH(QString, expected);
    Language language(QStringLiteral("test/language"));
    language.setChoice(code);
    QCOMPARE(QCoreApplication::translate("RelativeTime", "%n minute(s) ago", nullptr, n), expected);
    language.setChoice(QStringLiteral("en"));
}

void TestLanguage::choiceIsKept()
{
    {
        Language language(QStringLiteral("test/language"));
        QCOMPARE(language.choice(), QStringLiteral("system"));
        language.setChoice(QStringLiteral("de"));
    }
    SettingsWriter::flush();
    QCOMPARE(QSettings().value(QStringLiteral("test/language")).toString(), QStringLiteral("de"));
    Language again(QStringLiteral("test/language"));
    QCOMPARE(again.choice(), QStringLiteral("de"));
    again.setChoice(QStringLiteral("system"));
    // ctest runs with LC_ALL=C.UTF-8: the system language resolves to English.
    QCOMPARE(again.current(), Language::resolve(QLocale::system()));
}

void TestLanguage::unknownChoiceIsIgnored()
{
    Language language(QStringLiteral("test/language"));
    QSignalSpy choiceChanged(&language, &Language::choiceChanged);
    language.setChoice(QStringLiteral("xx"));
    QCOMPARE(language.choice(), QStringLiteral("system"));
    QCOMPARE(choiceChanged.count(), 0);
}

QTEST_MAIN(TestLanguage)
#include "tst_core_language.moc"
