#include "sandbox/secrets.h"
#include "sandbox/securityphrase.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using Sandbox::Secrets;
using Sandbox::SecurityPhrase;

namespace {

bool isLowerHex(const QString &text, int length)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]*$"));
    return text.size() == length && hex.match(text).hasMatch();
}

} // namespace

class TestAuthSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secretsHaveTheServerFormats()
    {
        QVERIFY(isLowerHex(Secrets::recoverySecret(), 256));
        QVERIFY(isLowerHex(Secrets::verificationSecret(), 256));
        QVERIFY(isLowerHex(Secrets::magicUrlSecret(), 64));
        QVERIFY(isLowerHex(Secrets::oauthTokenSecret(), 64));
        static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
        for (int i = 0; i < 200; ++i)
            QVERIFY(sixDigits.match(Secrets::otp()).hasMatch());
    }
    void secretsDoNotRepeat()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(Secrets::magicUrlSecret());
        QCOMPARE(seen.size(), 1000);
    }
    void recoveryCodesAreSixDistinctTenHexCodes()
    {
        const QStringList codes = Secrets::recoveryCodes();
        QCOMPARE(codes.size(), 6);
        for (const QString &code : codes)
            QVERIFY2(isLowerHex(code, 10), qPrintable(code));
        QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), 6);
        QVERIFY(Secrets::recoveryCodes() != codes);
    }

    void phraseIsAdjectiveAndNoun()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString phrase = SecurityPhrase::generate();
            QVERIFY2(SecurityPhrase::isWellFormed(phrase), qPrintable(phrase));
            const QStringList words = phrase.split(QLatin1Char(' '));
            QCOMPARE(words.size(), 2);
            QVERIFY(words.at(0).at(0).isUpper());
            QCOMPARE(words.at(1), words.at(1).toLower());
            seen.insert(phrase);
        }
        QVERIFY2(seen.size() > 50, "phrases should vary");
    }
    void phraseShapeIsChecked()
    {
        QVERIFY(SecurityPhrase::isWellFormed(QStringLiteral("Mindful lighthouse")));
        QVERIFY(!SecurityPhrase::isWellFormed(QStringLiteral("mindful lighthouse")));
        QVERIFY(!SecurityPhrase::isWellFormed(QStringLiteral("Mindful")));
        QVERIFY(!SecurityPhrase::isWellFormed(QStringLiteral("Mindful lighthouse keeper")));
    }
};

QTEST_GUILESS_MAIN(TestAuthSecrets)
#include "tst_auth_secrets.moc"
