#include "sandbox/base32.h"
#include "sandbox/totp.h"

#include <QTest>

using Sandbox::Base32;
using Sandbox::Totp;

class TestTotp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void base32MatchesRfc4648_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("encoded");
        // RFC 4648 section 10, with the padding removed as otpauth URIs carry it.
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY");
        QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ");
        QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6");
        QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ");
        QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI");
    }
    void base32MatchesRfc4648()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, encoded);
        QCOMPARE(Base32::encode(data), encoded);
        QCOMPARE(Base32::decode(encoded), std::optional<QByteArray>(data));
    }
    void base32DecodeIsLenient()
    {
        QCOMPARE(Base32::decode(QStringLiteral("mzxw 6ytb oi======")),
                 std::optional<QByteArray>("foobar"));
        QVERIFY(!Base32::decode(QStringLiteral("MZXW1")).has_value());
        QVERIFY(!Base32::decode(QStringLiteral("MZ-XW")).has_value());
    }

    void codeMatchesRfc6238_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("code");
        // RFC 6238 appendix B (SHA1), last six of the eight digits.
        QTest::newRow("59") << qint64(59) << QStringLiteral("287082");
        QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("081804");
        QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("050471");
        QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("005924");
        QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("279037");
        QTest::newRow("20000000000") << qint64(20000000000) << QStringLiteral("353130");
    }
    void codeMatchesRfc6238()
    {
        QFETCH(qint64, time);
        QFETCH(QString, code);
        QCOMPARE(Totp::code("12345678901234567890", time), code);
    }

    void codeMatchesTheRealServer()
    {
        // Secrets and codes the real 1.5.11 server produced and accepted (transcripts.jsonl,
        // steps mfa-totp-verify-ok at 19:52:13Z and mfa3-totp-verify at 19:52:23Z).
        const QString first = QStringLiteral(
                "LZ2AKALSUBU5QE5RLUCDIXNYQ6APFUXT7UXKQ7QGT3K4RS2SDJVB7AKQNBIEJBACISSWQEN3M3BS3RY4"
                "IWXZDNGN3OO4GXSBNYIS7ZQ");
        QCOMPARE(Totp::codeForSecret(first, 1795722733), QStringLiteral("728652"));
        const QString second = QStringLiteral(
                "DRN6VYWTML3YEEW2TFSSZDQPTXQ24UWKZJ7F4QPN7PHWSOD72NDRKXCXS34XGOTLJWF5JL5PDZNZH7BM"
                "7RSJD3TWVCXHAVDVIORD6WA");
        QCOMPARE(Totp::codeForSecret(second, 1795722743), QStringLiteral("050072"));
    }

    void verifyAcceptsOneStepEitherSide()
    {
        const QString secret = Totp::generateSecret();
        const qint64 now = 1795722733;
        const QString current = Totp::codeForSecret(secret, now);
        QVERIFY(Totp::verify(secret, current, now));
        QVERIFY(Totp::verify(secret, Totp::codeForSecret(secret, now - 30), now));
        QVERIFY(Totp::verify(secret, Totp::codeForSecret(secret, now + 30), now));
        const QString old = Totp::codeForSecret(secret, now - 90);
        if (old != current)
            QVERIFY(!Totp::verify(secret, old, now));
        const QString previous = Totp::codeForSecret(secret, now - 30);
        if (previous != current)
            QVERIFY(!Totp::verify(secret, previous, now, 0));
    }
    void verifyRejectsMalformedInput()
    {
        const QString secret = Totp::generateSecret();
        const QString code = Totp::codeForSecret(secret, 1000);
        QVERIFY(!Totp::verify(secret, code + QLatin1Char('0'), 1000));
        QVERIFY(!Totp::verify(secret, QString(), 1000));
        QVERIFY(!Totp::verify(QStringLiteral("not base32!"), code, 1000));
        QVERIFY(Totp::codeForSecret(QStringLiteral("!!"), 1000).isEmpty());
    }

    void secretHasTheServerFormat()
    {
        const QString secret = Totp::generateSecret();
        QCOMPARE(secret.size(), 103);
        QCOMPARE(Base32::decode(secret)->size(), 64);
        QVERIFY(secret != Totp::generateSecret());
    }

    void uriMatchesTheRealServer()
    {
        const QString secret = QStringLiteral(
                "QSDWN4OLN5L7CY2BNBSHCGDWMZM4NBDFFZAATB4GLK4ZG3B2KKNBDBSR732LRIXQYE2SD3WNEOMLSRLA"
                "3DIT6FRGIUJCDBXKTKAB64Y");
        QCOMPARE(
                Totp::uri(QStringLiteral("Sandbox"), QStringLiteral("mallory@example.com"), secret),
                QStringLiteral("otpauth://totp/Sandbox%3Amallory%40example.com?issuer=Sandbox&"
                               "secret=")
                        + secret);
    }
    void uriEncodesSpacesAsPercent20()
    {
        QCOMPARE(Totp::uri(QStringLiteral("My App"), QStringLiteral("john@example.com"),
                           QStringLiteral("JBSWY3DP")),
                 QStringLiteral("otpauth://totp/My%20App%3Ajohn%40example.com?issuer=My%20App&"
                                "secret=JBSWY3DP"));
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
