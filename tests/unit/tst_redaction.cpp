// Redaction: what it hides in log text, and that the installed message filter applies it.
#include "client/redaction.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QTest>

using Appwrite::Redaction::redact;

namespace {
QStringList captured;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured.append(message);
}
const QString sessionValue = QStringLiteral("eyJpZCI6IjY1YTEiLCJzZWNyZXQiOiJhYmMxMjMifQ==");

void addCredentialRows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::newRow("cookie header")
            << QStringLiteral("Cookie: a_session_demo=%1; a_session_demo_legacy=%1")
                       .arg(sessionValue)
            << sessionValue;
    QTest::newRow("set-cookie")
            << QStringLiteral("Set-Cookie: a_session_p1=%1; expires=Fri, 1 Jan 2027; path=/")
                       .arg(sessionValue)
            << sessionValue;
    QTest::newRow("fallback cookies")
            << QStringLiteral("X-Fallback-Cookies: {\"a_session_p1\":\"%1\"}").arg(sessionValue)
            << sessionValue;
    QTest::newRow("jwt anywhere") << QStringLiteral(
            "token is eyJhbGciOiJIUzI1NiJ9.eyJ1c2VySWQiOiJ4In0.c2lnbmF0dXJl!")
                                  << QStringLiteral("eyJ1c2VySWQiOiJ4In0.c2lnbmF0dXJl");
    QTest::newRow("json password")
            << QStringLiteral("{\"email\":\"a@b.c\",\"password\":\"hunter2 with spaces\"}")
            << QStringLiteral("hunter2");
    QTest::newRow("json old password")
            << QStringLiteral("{\"oldPassword\":\"s3cret-old\",\"password\":\"x\"}")
            << QStringLiteral("s3cret-old");
    QTest::newRow("query secret") << QStringLiteral(
            "GET /v1/x?userId=u1&secret=7f3a9c0d1e2b&expire=1")
                                  << QStringLiteral("7f3a9c0d1e2b");
    QTest::newRow("json secret with escapes")
            << QStringLiteral("{\"secret\":\"ab\\\"cd9876\",\"userId\":\"u\"}")
            << QStringLiteral("cd9876");
    QTest::newRow("otp") << QStringLiteral("otp=123456") << QStringLiteral("123456");
    QTest::newRow("recovery codes")
            << QStringLiteral("{\"recoveryCodes\":[\"a1b2c3d4e5\",\"f6g7h8i9j0\"]}")
            << QStringLiteral("a1b2c3d4e5");
    QTest::newRow("authorization header")
            << QStringLiteral("Authorization: Bearer 9d8c7b6a") << QStringLiteral("9d8c7b6a");
}
} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hidesCredentials_data() { addCredentialRows(); }
    void hidesCredentials()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString redacted = redact(text);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY2(redacted.contains(QStringLiteral("[redacted]")), qPrintable(redacted));
    }

    void keepsOrdinaryText()
    {
        const QString line =
                QStringLiteral("201 http://127.0.0.1:4000/v1/account/sessions/email in 12 ms");
        QCOMPARE(redact(line), line);
        const QString userId = QStringLiteral("{\"userId\":\"65a1b2\",\"name\":\"Alice\"}");
        QCOMPARE(redact(userId), userId);
    }

    void filterRedactsEveryMessage()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("appwrite.test.debug=true"));
        const QLoggingCategory category("appwrite.test");
        QtMessageHandler before = qInstallMessageHandler(capture);
        Appwrite::Redaction::installMessageFilter();
        qCDebug(category).noquote() << QStringLiteral("Cookie: a_session_p=") + sessionValue;
        qWarning("password=%s", "plaintext-pw");
        qInstallMessageHandler(before);
        QCOMPARE(captured.size(), 2);
        QVERIFY(!captured.join(QLatin1Char('\n')).contains(sessionValue));
        QVERIFY(!captured.join(QLatin1Char('\n')).contains(QStringLiteral("plaintext-pw")));
        QVERIFY(captured.at(0).startsWith(QStringLiteral("Cookie: a_session_p=")));
    }

    // Qt still logs while the process exits; the filter must neither crash nor leak then.
    void filterSurvivesLoggingAtExit()
    {
        QProcess probe;
        probe.start(QStringLiteral(REDACTION_EXIT_PROBE));
        QVERIFY(probe.waitForFinished(30000));
        const QByteArray output = probe.readAllStandardError();
        QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
        QCOMPARE(probe.exitCode(), 0);
        QVERIFY2(output.contains("early: password=[redacted]"), output.constData());
        QVERIFY2(output.contains("[redacted]\n"), output.constData());
        QVERIFY2(!output.contains("secret-value"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
