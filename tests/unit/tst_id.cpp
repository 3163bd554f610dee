#include "client/id.h"

#include <QSet>
#include <QTest>

using Appwrite::ID;

class TestId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void uniqueHasServerFormat()
    {
        const QString id = ID::unique();
        QCOMPARE(id.size(), 20);
        QVERIFY(ID::isValidCustom(id));
        bool ok = false;
        const qint64 seconds = id.left(8).toLongLong(&ok, 16);
        QVERIFY(ok);
        QVERIFY(qAbs(seconds - QDateTime::currentSecsSinceEpoch()) < 5);
    }
    void uniqueDoesNotRepeat()
    {
        QSet<QString> seen;
        for (int i = 0; i < 10000; ++i)
            seen.insert(ID::unique());
        QCOMPARE(seen.size(), 10000);
    }
    void customIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("alice") << true;
        QTest::newRow("dots and dashes") << QStringLiteral("a.b-c_d") << true;
        QTest::newRow("36 chars") << QString(36, QLatin1Char('a')) << true;
        QTest::newRow("37 chars") << QString(37, QLatin1Char('a')) << false;
        QTest::newRow("leading dot") << QStringLiteral(".alice") << false;
        QTest::newRow("leading underscore") << QStringLiteral("_alice") << false;
        QTest::newRow("space") << QStringLiteral("al ice") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void customIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(ID::isValidCustom(id), valid);
    }
};

QTEST_GUILESS_MAIN(TestId)
#include "tst_id.moc"
