// The AccountModel's list models against a real sandbox process, and the email code read back
// from the sandbox's outbox.
#include "accountfixture.h"
#include "core/identitiesmodel.h"
#include "core/logsmodel.h"
#include "core/outboxmodel.h"
#include "core/preferencesmodel.h"
#include "core/pushtargetsmodel.h"
#include "core/sessionsmodel.h"

#include <QAbstractItemModelTester>

class TestCoreAccountLists : public AccountFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void listModels()
    {
        AccountModel model(nullptr);
        attach(model);
        QVERIFY(!signUp(model, "lists").isEmpty());

        SessionsModel sessions;
        QAbstractItemModelTester sessionsTester(
                &sessions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sessions.setAccount(&model);
        QTRY_VERIFY_WITH_TIMEOUT(!sessions.loading() && sessions.count() == 1, timeout);
        QVERIFY(sessions.error().toMap().isEmpty());
        QCOMPARE(sessions.index(0).data(sessions.roleNames().key("current")).toBool(), true);

        LogsModel logs;
        QAbstractItemModelTester logsTester(&logs,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        logs.setAccount(&model);
        QTRY_VERIFY_WITH_TIMEOUT(!logs.loading() && logs.count() > 0, timeout);
        QVERIFY2(logs.error().toMap().isEmpty(),
                 qPrintable(logs.error().toMap().value(QStringLiteral("message")).toString()));
        QCOMPARE(logs.total(), logs.count());
        const QString event = logs.index(0).data(logs.roleNames().key("event")).toString();
        QVERIFY(!event.isEmpty());
        QVERIFY(!logs.index(0).data(logs.roleNames().key("eventText")).toString().contains(event));

        IdentitiesModel identities;
        QAbstractItemModelTester identitiesTester(
                &identities, QAbstractItemModelTester::FailureReportingMode::QtTest);
        identities.setAccount(&model);
        QTRY_VERIFY_WITH_TIMEOUT(!identities.loading(), timeout);
        QVERIFY(identities.error().toMap().isEmpty());
        QCOMPARE(identities.count(), 0);

        PreferencesModel prefs;
        QAbstractItemModelTester prefsTester(
                &prefs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        prefs.setAccount(&model);
        QTRY_VERIFY_WITH_TIMEOUT(!prefs.loading(), timeout);
        QCOMPARE(prefs.count(), 0);
        prefs.add(QStringLiteral("theme"), QStringLiteral("dark"));
        prefs.add(QStringLiteral("fontSize"), QStringLiteral("14"));
        QVERIFY(prefs.dirty());
        Operation *op = prefs.save();
        WAIT_OK(op);
        QVERIFY(!prefs.dirty());
        const QVariantMap saved = model.user().toMap().value(QStringLiteral("prefs")).toMap();
        QCOMPARE(saved.value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(saved.value(QStringLiteral("fontSize")).toInt(), 14);

        PushTargetsModel targets;
        QAbstractItemModelTester targetsTester(
                &targets, QAbstractItemModelTester::FailureReportingMode::QtTest);
        targets.setAccount(&model);
        QTRY_VERIFY_WITH_TIMEOUT(!targets.loading(), timeout);
        QCOMPARE(targets.count(), 0);
        op = targets.add(QStringLiteral("device-token-1"), QString());
        WAIT_OK(op);
        QCOMPARE(targets.count(), 1);
        const QString targetId = op->result().toString();
        WAIT_OK(targets.update(targetId, QStringLiteral("device-token-2")));
        QCOMPARE(targets.index(0).data(targets.roleNames().key("identifier")).toString(),
                 QStringLiteral("device-token-2"));
        WAIT_OK(targets.remove(targetId));
        QCOMPARE(targets.count(), 0);

        // Signing out empties every list.
        WAIT_OK(model.signOut());
        QCOMPARE(sessions.count(), 0);
        QCOMPARE(logs.count(), 0);
        QCOMPARE(prefs.count(), 0);
    }

    void emailCodeThroughTheOutbox()
    {
        if (!m_sandbox.isSandbox())
            QSKIP("sandbox-only: reads the sandbox outbox");
        AccountModel model(nullptr);
        attach(model);
        OutboxModel outbox;
        QAbstractItemModelTester tester(&outbox,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        outbox.setAccount(&model);
        const QString email = uniqueEmail("code");
        Operation *op = model.sendEmailCode(email, true);
        WAIT_OK(op);
        const QString userId = op->result().toMap().value(QStringLiteral("userId")).toString();
        QVERIFY(!userId.isEmpty());
        QVERIFY(!op->result().toMap().value(QStringLiteral("phrase")).toString().isEmpty());

        const int toRole = outbox.roleNames().key("to");
        QString code;
        outbox.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!outbox.loading() && outbox.count() > 0, timeout);
        for (int row = 0; row < outbox.count() && code.isEmpty(); ++row) {
            if (outbox.index(row).data(toRole).toString().contains(email))
                code = outbox.index(row).data(outbox.roleNames().key("secret")).toString();
        }
        QVERIFY(!code.isEmpty());
        WAIT_OK(model.completeEmailCode(userId, code));
        QVERIFY(model.signedIn());
        QCOMPARE(model.user().toMap().value(QStringLiteral("email")).toString(), email);
    }
};

QTEST_MAIN(TestCoreAccountLists)
#include "tst_core_account_lists.moc"
