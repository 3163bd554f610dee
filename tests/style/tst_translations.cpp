// The translations gate (ctest label "style"):
// - every message of translations/*.ts is finished, with the source's %1..%9 placeholders;
// - the .ts files match the sources: scripts/update-translations.sh on a copy adds nothing and
//   drops nothing (no new, vanished or obsolete strings);
// - QML and JS bind no user-visible property (text, title, placeholderText, Accessible.name,
//   ToolTip.text, ... see translationscan.cpp) to a plain string literal outside qsTr();
// - C++ in src/core, src/client and app/account builds no sentence with QStringLiteral,
//   QLatin1String or u""_s (sentences belong in tr()).
// A line that must keep a literal (a URL, a brand name) can say so with "i18n: ignore".
#include "translationscan.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasLanguages();
    void everyMessageFinished();
    void matchesSources();
    void qmlStringsMarked();
    void cppSentencesMarked();
};

void TestTranslations::hasLanguages()
{
    const QStringList files = tsFiles(sourceDir() + QStringLiteral("/translations"));
    QVERIFY2(files.size() >= 2, qPrintable(files.join(u' ')));
    for (const QString &file : files) {
        QString error;
        const QList<Message> messages = readTs(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(file + QStringLiteral(": ") + error));
        QVERIFY2(!messages.isEmpty(), qPrintable(file));
    }
}

void TestTranslations::everyMessageFinished()
{
    QStringList problems;
    for (const QString &file : tsFiles(sourceDir() + QStringLiteral("/translations")))
        problems += translationProblems(file);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("\n") + problems.join(u'\n')
                        + QStringLiteral("\nTranslate them (translations/*.ts).")));
}

void TestTranslations::matchesSources()
{
    QTemporaryDir copy;
    QVERIFY(copy.isValid());
    const QStringList originals = tsFiles(sourceDir() + QStringLiteral("/translations"));
    for (const QString &file : originals)
        QVERIFY(QFile::copy(file, copy.filePath(QFileInfo(file).fileName())));

    QProcess update;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TS_DIR"), copy.path());
    env.insert(QStringLiteral("LUPDATE"), QStringLiteral(LUPDATE_BIN));
    env.insert(QStringLiteral("VERBOSE"), QStringLiteral("0"));
    update.setProcessEnvironment(env);
    update.setProcessChannelMode(QProcess::MergedChannels);
    update.start(QStringLiteral("bash"),
                 {sourceDir() + QStringLiteral("/scripts/update-translations.sh")});
    QVERIFY(update.waitForFinished(120000));
    QVERIFY2(update.exitCode() == 0, update.readAll().constData());

    QStringList problems;
    for (const QString &file : originals) {
        QString error;
        const QString name = QFileInfo(file).fileName();
        const QList<Message> before = readTs(file, &error);
        const QList<Message> after = readTs(copy.filePath(name), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> beforeKeys, afterKeys;
        for (const Message &message : before)
            beforeKeys.insert(message.key());
        for (const Message &message : after)
            afterKeys.insert(message.key());
        for (const Message &message : after) {
            if (!beforeKeys.contains(message.key()))
                problems.append(
                        QStringLiteral("%1: new in the sources %2").arg(name, location(message)));
        }
        for (const Message &message : before) {
            if (!afterKeys.contains(message.key()))
                problems.append(QStringLiteral("%1: no longer in the sources %2")
                                        .arg(name, location(message)));
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("\n") + problems.join(u'\n')
                        + QStringLiteral("\nRun scripts/update-translations.sh, then translate.")));
}

void TestTranslations::qmlStringsMarked()
{
    const QStringList problems = unmarkedQmlStrings();
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
}

void TestTranslations::cppSentencesMarked()
{
    const QStringList problems = unmarkedCppSentences();
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
