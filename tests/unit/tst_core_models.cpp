// The list models, fed through the client's own JSON parsing, under QAbstractItemModelTester.
#include "core/eventnames.h"
#include "core/identitiesmodel.h"
#include "core/logsmodel.h"
#include "core/outboxmodel.h"
#include "core/preferencesmodel.h"
#include "core/pushtargetsmodel.h"
#include "core/sessionsmodel.h"

#include "coremodelsamples.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace CoreSamples;

class TestCoreModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionsCurrentFirst()
    {
        SessionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString why;
        const auto list = Appwrite::SessionList::fromJson(
                QJsonObject{{QStringLiteral("total"), 3},
                            {QStringLiteral("sessions"),
                             QJsonArray{session(QStringLiteral("old"), false,
                                                QStringLiteral("2026-11-20T10:00:00.000+00:00")),
                                        session(QStringLiteral("here"), true,
                                                QStringLiteral("2026-11-21T10:00:00.000+00:00")),
                                        session(QStringLiteral("new"), false,
                                                QStringLiteral("2026-11-25T10:00:00.000+00:00"))}}},
                &why);
        QVERIFY2(list, qPrintable(why));
        QSignalSpy count(&model, &AccountListModel::countChanged);
        model.setSessions(*list);
        QCOMPARE(count.size(), 1);
        QCOMPARE(model.count(), 3);
        const auto role = [&](int row, const char *name) {
            return model.data(model.index(row), model.roleNames().key(name));
        };
        QCOMPARE(role(0, "sessionId").toString(), QStringLiteral("here"));
        QCOMPARE(role(0, "current").toBool(), true);
        QCOMPARE(role(1, "sessionId").toString(), QStringLiteral("new"));
        QCOMPARE(role(2, "sessionId").toString(), QStringLiteral("old"));
        QCOMPARE(role(0, "clientName").toString(), QStringLiteral("Chrome"));
        QCOMPARE(role(0, "osName").toString(), QStringLiteral("GNU/Linux"));
        QCOMPARE(role(0, "countryName").toString(), QStringLiteral("Unknown"));
        QCOMPARE(role(0, "factors").toStringList(), QStringList{QStringLiteral("password")});
        QCOMPARE(role(0, "createdAt").toDateTime(),
                 QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC));
        QVERIFY(role(0, "expire").toDateTime().isValid());
        for (const QByteArray &name : model.roleNames())
            QVERIFY2(role(0, name.constData()).isValid(), name.constData());
        // Without an account there is nothing to remove from.
        Operation *op = model.remove(QStringLiteral("old"));
        QVERIFY(op->done());
        QVERIFY(!op->ok());
    }

    void logsPageUntilTotal()
    {
        LogsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy total(&model, &LogsModel::totalChanged);
        model.addPage(logPage(60, 0, LogsModel::pageSize), true);
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(model.total(), 60);
        QCOMPARE(total.size(), 1);
        model.addPage(logPage(60, 25, LogsModel::pageSize), false);
        QCOMPARE(model.rowCount(), 50);
        model.addPage(logPage(60, 50, 10), false);
        QCOMPARE(model.rowCount(), 60);
        QCOMPARE(model.total(), 60);
        // Not signed in: never asks for more, whatever the numbers say.
        QVERIFY(!model.canFetchMore({}));
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(model.roleNames().key("event")).toString(),
                 QStringLiteral("session.create"));
        QCOMPARE(first.data(model.roleNames().key("eventText")).toString(),
                 EventNames::describe(QStringLiteral("session.create")));
        QCOMPARE(first.data(model.roleNames().key("time")).toDateTime(),
                 QDateTime(QDate(2026, 11, 26), QTime(19, 0), Qt::UTC));
        // A fresh first page replaces everything.
        model.addPage(logPage(3, 0, 3), true);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.total(), 3);
    }

    void everyAuditEventHasWords()
    {
        // The events the real server and the sandbox write (shared/reference and src/sandbox).
        const QStringList events{
                QStringLiteral("user.create"),         QStringLiteral("user.update"),
                QStringLiteral("session.create"),      QStringLiteral("session.update"),
                QStringLiteral("session.delete"),      QStringLiteral("verification.create"),
                QStringLiteral("verification.update"), QStringLiteral("recovery.create"),
                QStringLiteral("recovery.update"),     QStringLiteral("challenge.create"),
                QStringLiteral("challenge.update"),    QStringLiteral("challenges.update"),
                QStringLiteral("target.create"),       QStringLiteral("target.update"),
                QStringLiteral("target.delete"),       QStringLiteral("identity.delete"),
        };
        QSet<QString> sentences;
        for (const QString &event : events) {
            QVERIFY2(EventNames::known().contains(event), qPrintable(event));
            const QString text = EventNames::describe(event);
            QVERIFY(!text.contains(event));
            sentences.insert(text);
        }
        QVERIFY(sentences.size() >= 12);
        QVERIFY(EventNames::describe(QStringLiteral("team.create")).contains(u"team.create"));
    }

    void identities()
    {
        IdentitiesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString why;
        const auto list = Appwrite::IdentityList::fromJson(json(sample1), &why);
        QVERIFY2(list, qPrintable(why));
        model.setIdentities(*list);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(model.roleNames().key("identityId")).toString(), QStringLiteral("i1"));
        QCOMPARE(row.data(model.roleNames().key("provider")).toString(), QStringLiteral("github"));
        QCOMPARE(row.data(model.roleNames().key("providerEmail")).toString(),
                 QStringLiteral("alice@example.com"));
        QVERIFY(row.data(model.roleNames().key("createdAt")).toDateTime().isValid());
    }

    void pushTargetsOnlyPush()
    {
        PushTargetsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString why;
        const auto user = Appwrite::User::fromJson(json(sample2), &why);
        QVERIFY2(user, qPrintable(why));
        model.setTargets(user->targets);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(model.roleNames().key("targetId")).toString(), QStringLiteral("p1"));
        QCOMPARE(row.data(model.roleNames().key("identifier")).toString(),
                 QStringLiteral("device-token"));
        QCOMPARE(row.data(model.roleNames().key("providerId")).toString(), QStringLiteral("fcm"));
        QCOMPARE(row.data(model.roleNames().key("name")).toString(), QStringLiteral("Laptop"));
    }

    void preferencesEditing()
    {
        PreferencesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString why;
        const auto prefs = Appwrite::Preferences::fromJson(json(sample3), &why);
        QVERIFY2(prefs, qPrintable(why));
        model.setPreferences(prefs->values);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.dirty());
        QVERIFY(model.valid());
        QCOMPARE(model.limitBytes(), 65535);
        QCOMPARE(model.sizeBytes(),
                 int(QJsonDocument(prefs->values).toJson(QJsonDocument::Compact).size()));
        // Every stored value reads back as itself.
        QCOMPARE(model.toJson(), prefs->values);

        const int keyRole = model.roleNames().key("key");
        const int valueRole = model.roleNames().key("value");
        const int isJsonRole = model.roleNames().key("isJson");
        const int validRole = model.roleNames().key("valid");
        const int errorRole = model.roleNames().key("error");
        int quoted = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(keyRole).toString() == QLatin1String("quoted"))
                quoted = row;
        }
        QVERIFY(quoted >= 0);
        QCOMPARE(model.index(quoted).data(valueRole).toString(), QStringLiteral("\"42\""));
        QCOMPARE(model.index(quoted).data(isJsonRole).toBool(), false);

        QSignalSpy state(&model, &PreferencesModel::stateChanged);
        model.add(QStringLiteral("layout"), QStringLiteral("{\"columns\": 2"));
        const int added = model.rowCount() - 1;
        QVERIFY(model.dirty());
        QVERIFY(!model.valid());
        QCOMPARE(model.index(added).data(validRole).toBool(), false);
        QVERIFY(!model.index(added).data(errorRole).toString().isEmpty());
        QVERIFY(state.size() > 0);
        // A failed save never leaves: it fails on the spot as a validation error.
        Operation *op = model.save();
        QVERIFY(op->done());
        QCOMPARE(op->error().toMap().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("validation"));

        model.setValue(added, QStringLiteral("{\"columns\": 2}"));
        QVERIFY(model.valid());
        QCOMPARE(model.index(added).data(isJsonRole).toBool(), true);
        QCOMPARE(model.toJson().value(QStringLiteral("layout")).toObject(),
                 QJsonObject({{QStringLiteral("columns"), 2}}));
        model.setValue(added, QStringLiteral("3 apples"));
        QCOMPARE(model.toJson().value(QStringLiteral("layout")).toString(),
                 QStringLiteral("3 apples"));

        model.setKey(added, QStringLiteral("theme"));
        QVERIFY(!model.valid());
        QCOMPARE(model.index(added).data(validRole).toBool(), false);
        model.setKey(added, QString());
        QVERIFY(!model.valid());

        model.revert();
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.dirty());

        QVERIFY(model.setData(model.index(0), QStringLiteral("1"), valueRole));
        QVERIFY(model.dirty());
        model.remove(0);
        QCOMPARE(model.rowCount(), 4);

        // Past 64 kB the model says so before anything is sent.
        model.add(QStringLiteral("big"), QString(70000, QLatin1Char('x')));
        QVERIFY(model.sizeBytes() > model.limitBytes());
        QVERIFY(!model.valid());
    }

    void outboxParsesSandboxAnswer()
    {
        OutboxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<OutboxModel::Message> messages;
        const QJsonObject notOutbox = json(sample4);
        QVERIFY(!OutboxModel::parse(notOutbox, &messages));
        const QJsonObject answer = json(sample5);
        QVERIFY(OutboxModel::parse(answer, &messages));
        model.setMessages(messages);
        QCOMPARE(model.rowCount(), 2);
        const auto role = [&](int row, const char *name) {
            return model.data(model.index(row), model.roleNames().key(name));
        };
        QCOMPARE(role(0, "messageId").toString(), QStringLiteral("m2"));
        QCOMPARE(role(0, "channel").toString(), QStringLiteral("sms"));
        QCOMPARE(role(0, "secret").toString(), QStringLiteral("123456"));
        QCOMPARE(role(1, "subject").toString(), QStringLiteral("Account Verification"));
        QCOMPARE(role(1, "phrase").toString(), QStringLiteral("Mindful lighthouse"));
        QCOMPARE(role(1, "to").toString(), QStringLiteral("alice@example.com"));
        QCOMPARE(role(1, "url").toString(),
                 QStringLiteral("http://localhost/cb?userId=u1&secret=abc"));
        QCOMPARE(role(1, "createdAt").toDateTime(),
                 QDateTime(QDate(2026, 11, 26), QTime(19, 0), Qt::UTC));
        // The same list again (polling) is no change for the views.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setMessages(messages);
        QCOMPARE(reset.size(), 0);
        model.setMessages({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestCoreModels)
#include "tst_core_models.moc"
