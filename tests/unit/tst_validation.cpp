#include "client/query.h"
#include "client/validation.h"

#include <QJsonDocument>
#include <QTest>

using namespace Appwrite;

//! The client-side parameter rules (the spec's) and the query builder.
class TestValidation : public QObject
{
    Q_OBJECT

    static void check(const Validation::Check &result, bool valid)
    {
        if (valid) {
            QVERIFY2(!result, result ? qPrintable(result->message()) : "");
        } else {
            QVERIFY(result.has_value());
            QCOMPARE(result->kind(), Error::Kind::Validation);
            QCOMPARE(result->field(), QStringLiteral("p"));
            QVERIFY(!result->message().isEmpty());
        }
    }

private Q_SLOTS:
    void ids_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("newId");
        QTest::addColumn<bool>("existingId");
        QTest::newRow("plain") << QStringLiteral("alice") << true << true;
        QTest::newRow("unique()") << QStringLiteral("unique()") << true << false;
        QTest::newRow("36") << QString(36, QLatin1Char('x')) << true << true;
        QTest::newRow("37") << QString(37, QLatin1Char('x')) << false << false;
        QTest::newRow("leading hyphen") << QStringLiteral("-a") << false << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false << false;
        QTest::newRow("empty") << QString() << false << false;
    }
    void ids()
    {
        QFETCH(QString, value);
        QFETCH(bool, newId);
        QFETCH(bool, existingId);
        check(Validation::newId(QStringLiteral("p"), value), newId);
        check(Validation::id(QStringLiteral("p"), value), existingId);
    }

    void sessionIds()
    {
        check(Validation::sessionId(QStringLiteral("p"), QStringLiteral("current")), true);
        check(Validation::sessionId(QStringLiteral("p"), QStringLiteral("6b088de5db7032686385")),
              true);
        check(Validation::sessionId(QStringLiteral("p"), QStringLiteral("../etc")), false);
    }

    void emails_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("alice@example.com") << true;
        QTest::newRow("plus") << QStringLiteral("alice+tag@mail.example.org") << true;
        QTest::newRow("no at") << QStringLiteral("alice.example.com") << false;
        QTest::newRow("no domain") << QStringLiteral("alice@") << false;
        QTest::newRow("space") << QStringLiteral("al ice@example.com") << false;
        QTest::newRow("two ats") << QStringLiteral("a@b@example.com") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void emails()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        check(Validation::email(QStringLiteral("p"), value), valid);
    }

    void passwords_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("7") << QString(7, QLatin1Char('a')) << false;
        QTest::newRow("8") << QString(8, QLatin1Char('a')) << true;
        QTest::newRow("256") << QString(256, QLatin1Char('a')) << true;
        QTest::newRow("257") << QString(257, QLatin1Char('a')) << false;
        // The server counts bytes: four two-byte characters are 8 bytes.
        QTest::newRow("4 umlauts") << QStringLiteral("\u00e4\u00f6\u00fc\u00df") << true;
        QTest::newRow("129 umlauts") << QString(129, QChar(0xe4)) << false;
    }
    void passwords()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        check(Validation::password(QStringLiteral("p"), value), valid);
    }

    void names()
    {
        check(Validation::name(QStringLiteral("p"), QString(128, QLatin1Char('n'))), true);
        check(Validation::name(QStringLiteral("p"), QString(129, QLatin1Char('n'))), false);
        check(Validation::name(QStringLiteral("p"), QString()), true);
    }

    void phones_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("e164") << QStringLiteral("+16175551212") << true;
        QTest::newRow("15 digits") << QStringLiteral("+123456789012345") << true;
        QTest::newRow("16 digits") << QStringLiteral("+1234567890123456") << false;
        QTest::newRow("no plus") << QStringLiteral("16175551212") << false;
        QTest::newRow("leading zero") << QStringLiteral("+06175551212") << false;
        QTest::newRow("spaces") << QStringLiteral("+1 617 555 1212") << false;
    }
    void phones()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        check(Validation::phone(QStringLiteral("p"), value), valid);
    }

    void prefsSize()
    {
        QJsonObject small{{QStringLiteral("theme"), QStringLiteral("dark")}};
        check(Validation::prefs(QStringLiteral("p"), small), true);
        const QString filler(65535 - 8, QLatin1Char('x')); // {"k":"…"} is 8 bytes of framing
        check(Validation::prefs(QStringLiteral("p"), {{QStringLiteral("k"), filler}}), true);
        check(Validation::prefs(QStringLiteral("p"),
                                {{QStringLiteral("k"), filler + QLatin1Char('x')}}),
              false);
    }

    void urls()
    {
        check(Validation::url(QStringLiteral("p"), QStringLiteral("https://example.com/reset")),
              true);
        check(Validation::url(QStringLiteral("p"), QStringLiteral("http://localhost:4711/x?y=1")),
              true);
        check(Validation::url(QStringLiteral("p"), QStringLiteral("localhost/verification")),
              false);
        check(Validation::url(QStringLiteral("p"), QStringLiteral("not a url")), false);
        check(Validation::url(QStringLiteral("p"), QString()), false);
    }

    void requiredAndQueries()
    {
        check(Validation::required(QStringLiteral("p"), QString()), false);
        check(Validation::required(QStringLiteral("p"), QStringLiteral("123456")), true);
        check(Validation::queries(QStringLiteral("p"), QStringList(100, Query::limit(1))), true);
        check(Validation::queries(QStringLiteral("p"), QStringList(101, Query::limit(1))), false);
        check(Validation::queries(QStringLiteral("p"), {QString(4097, QLatin1Char('q'))}), false);
    }

    void providers()
    {
        QCOMPARE(Validation::oauthProviders().size(), 39);
        check(Validation::oauthProvider(QStringLiteral("p"), QStringLiteral("github")), true);
        check(Validation::oauthProvider(QStringLiteral("p"), QStringLiteral("paypalSandbox")),
              true);
        check(Validation::oauthProvider(QStringLiteral("p"), QStringLiteral("GitHub")), false);
    }

    void firstFailureWins()
    {
        const auto result = Validation::first(
                {Validation::email(QStringLiteral("email"), QStringLiteral("ok@example.com")),
                 Validation::password(QStringLiteral("password"), QStringLiteral("short")),
                 Validation::name(QStringLiteral("name"), QString(200, QLatin1Char('n')))});
        QVERIFY(result);
        QCOMPARE(result->field(), QStringLiteral("password"));
    }

    void queriesUseTheJsonSyntax()
    {
        auto parse = [](const QString &query) {
            return QJsonDocument::fromJson(query.toUtf8()).object();
        };
        QCOMPARE(parse(Query::limit(25)),
                 QJsonObject({{QStringLiteral("method"), QStringLiteral("limit")},
                              {QStringLiteral("values"), QJsonArray{25}}}));
        QCOMPARE(parse(Query::offset(0)).value(QLatin1String("values")).toArray(), QJsonArray{0});
        QCOMPARE(parse(Query::cursorAfter(QStringLiteral("abc"))),
                 QJsonObject({{QStringLiteral("method"), QStringLiteral("cursorAfter")},
                              {QStringLiteral("values"), QJsonArray{QStringLiteral("abc")}}}));
        QCOMPARE(parse(Query::equal(QStringLiteral("provider"), {QStringLiteral("google")})),
                 QJsonObject({{QStringLiteral("method"), QStringLiteral("equal")},
                              {QStringLiteral("attribute"), QStringLiteral("provider")},
                              {QStringLiteral("values"), QJsonArray{QStringLiteral("google")}}}));
        QVERIFY(!Query::limit(1).contains(QLatin1String("attribute")));
        QVERIFY(!Query::limit(1).contains(QLatin1Char(' '))); // compact, as the SDKs send it
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
