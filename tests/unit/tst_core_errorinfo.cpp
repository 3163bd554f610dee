// Every Appwrite error type has a sentence for people; the map has the contract's shape.
#include "client/error.h"
#include "core/errorinfo.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestErrorInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyDocumentedTypeHasItsOwnSentence()
    {
        const QString shared = qEnvironmentVariable("APPWRITE_SHARED_DIR");
        QFile doc(shared + QStringLiteral("/reference/account-api.md"));
        if (shared.isEmpty() || !doc.open(QIODevice::ReadOnly))
            QSKIP("the reference (APPWRITE_SHARED_DIR) is not available");
        const QString text = QString::fromUtf8(doc.readAll());
        const int start = text.indexOf(QStringLiteral("## 8. Error catalogue"));
        const int end = text.indexOf(QStringLiteral("## 9."), start);
        QVERIFY(start > 0 && end > start);
        // Table rows: | `type` | status | ...; plus the types thrown but missing from the table.
        static const QRegularExpression row(QStringLiteral("^\\| `([a-z0-9_]+)` \\| (\\d+) \\|"),
                                            QRegularExpression::MultilineOption);
        QStringList types{QStringLiteral("user_email_not_found"),
                          QStringLiteral("user_email_not_verified"),
                          QStringLiteral("user_phone_not_verified")};
        QList<int> statuses{500, 500, 500};
        for (auto it = row.globalMatch(text.mid(start, end - start)); it.hasNext();) {
            const auto match = it.next();
            types << match.captured(1);
            statuses << match.captured(2).toInt();
        }
        QVERIFY(types.size() > 60);
        const QStringList known = ErrorText::knownTypes();
        for (int i = 0; i < types.size(); ++i) {
            QVERIFY2(known.contains(types.at(i)), qPrintable(types.at(i)));
            const QString sentence = ErrorText::forType(types.at(i), statuses.at(i));
            QVERIFY(!sentence.isEmpty());
            // Plain words: no error codes or type names in what a person reads.
            QVERIFY2(!sentence.contains(QLatin1Char('_')), qPrintable(sentence));
            QVERIFY2(!sentence.contains(QString::number(statuses.at(i))), qPrintable(sentence));
        }
    }

    void httpErrorMap()
    {
        const auto error = Appwrite::Error::fromHttp(
                401,
                R"({"message":"Invalid token passed in the request.","code":401,"type":"user_invalid_token","version":"1.5.11"})");
        const QVariantMap map = ErrorInfo::fromClient(error).toMap();
        QCOMPARE(map.value(QStringLiteral("kind")).toString(), QStringLiteral("http"));
        QCOMPARE(map.value(QStringLiteral("status")).toInt(), 401);
        QCOMPARE(map.value(QStringLiteral("type")).toString(),
                 QStringLiteral("user_invalid_token"));
        QCOMPARE(map.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Invalid token passed in the request."));
        QCOMPARE(map.value(QStringLiteral("text")).toString(),
                 ErrorText::forType(QStringLiteral("user_invalid_token"), 401));
        QVERIFY(map.value(QStringLiteral("text")).toString().contains(u"expired"));
        QVERIFY(!map.contains(QStringLiteral("retryAt")));
    }

    void rateLimitGivesRetryAt()
    {
        const auto error = Appwrite::Error::fromHttp(
                429, R"({"message":"Rate limit","code":429,"type":"general_rate_limit_exceeded"})",
                "1795000000");
        const QVariantMap map = ErrorInfo::fromClient(error).toMap();
        QCOMPARE(map.value(QStringLiteral("retryAt")).toDateTime(),
                 QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC));
        // Without the header a retry time is still given, in the near future.
        const auto bare = Appwrite::Error::fromHttp(429, "{}");
        const QDateTime guess = ErrorInfo::fromClient(bare).retryAt;
        QVERIFY(guess > QDateTime::currentDateTimeUtc());
    }

    void transportKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        using K = Appwrite::Error::Kind;
        QTest::newRow("network") << int(K::Network) << QStringLiteral("network");
        QTest::newRow("timeout") << int(K::Timeout) << QStringLiteral("timeout");
        QTest::newRow("tls") << int(K::Tls) << QStringLiteral("tls");
        QTest::newRow("invalid") << int(K::InvalidResponse) << QStringLiteral("invalidResponse");
        QTest::newRow("cancelled") << int(K::Cancelled) << QStringLiteral("cancelled");
    }
    void transportKinds()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        const Appwrite::Error error(Appwrite::Error::Kind(kind), QStringLiteral("raw detail"));
        const QVariantMap map = ErrorInfo::fromClient(error).toMap();
        QCOMPARE(map.value(QStringLiteral("kind")).toString(), name);
        QCOMPARE(map.value(QStringLiteral("message")).toString(), QStringLiteral("raw detail"));
        const QString sentence = map.value(QStringLiteral("text")).toString();
        QVERIFY(!sentence.isEmpty());
        QVERIFY(sentence != QStringLiteral("raw detail"));
    }

    void validationKeepsFieldAndMessage()
    {
        const auto error = Appwrite::Error::validation(QStringLiteral("email"),
                                                       QStringLiteral("Enter an email address."));
        const QVariantMap map = ErrorInfo::fromClient(error).toMap();
        QCOMPARE(map.value(QStringLiteral("kind")).toString(), QStringLiteral("validation"));
        QCOMPARE(map.value(QStringLiteral("field")).toString(), QStringLiteral("email"));
        QCOMPARE(map.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Enter an email address."));
    }

    void unknownTypeFallsBackOnStatus()
    {
        QVERIFY(!ErrorText::forType(QStringLiteral("brand_new_type"), 404).isEmpty());
        QVERIFY(ErrorText::forType(QStringLiteral("brand_new_type"), 500)
                != ErrorText::forType(QStringLiteral("brand_new_type"), 404));
        QVERIFY(ErrorInfo().toMap().isEmpty());
    }
};

QTEST_MAIN(TestErrorInfo)
#include "tst_core_errorinfo.moc"
