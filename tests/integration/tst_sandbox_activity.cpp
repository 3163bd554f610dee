// The sandbox's security log, identities and push targets over HTTP.
#include "httptestclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QTest>

class TestSandboxActivity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limits")}),
                 qPrintable(m_sandbox.errorString()));
        m_client = std::make_unique<HttpTestClient>(m_sandbox.endpoint(), m_sandbox.project());
        const QJsonObject credentials{{QStringLiteral("email"), QStringLiteral("logs@example.com")},
                                      {QStringLiteral("password"), QStringLiteral("password123")}};
        QJsonObject signUp = credentials;
        signUp.insert(QStringLiteral("userId"), QStringLiteral("unique()"));
        QCOMPARE(m_client->post(QStringLiteral("/account"), signUp).status, 201);
        QCOMPARE(m_client->post(QStringLiteral("/account/sessions/email"), credentials).status,
                 201);
        QCOMPARE(m_client->patch(QStringLiteral("/account/name"),
                                 {{QStringLiteral("name"), QStringLiteral("Logan")}})
                         .status,
                 200);
    }

    void logsNewestFirst()
    {
        HttpReply reply = m_client->get(QStringLiteral("/account/logs"));
        QCOMPARE(reply.status, 200);
        const QJsonArray logs = reply.json.value(QStringLiteral("logs")).toArray();
        QVERIFY(logs.size() >= 3);
        QCOMPARE(reply.json.value(QStringLiteral("total")).toInt(), logs.size());
        QCOMPARE(logs[logs.size() - 1][QStringLiteral("event")].toString(),
                 QStringLiteral("user.create"));
        QCOMPARE(logs[logs.size() - 2][QStringLiteral("event")].toString(),
                 QStringLiteral("session.create"));
        const QJsonObject newest = logs[0].toObject();
        QCOMPARE(newest[QStringLiteral("event")].toString(), QStringLiteral("user.update"));
        QCOMPARE(newest[QStringLiteral("userName")].toString(), QStringLiteral("Logan"));
        QCOMPARE(newest[QStringLiteral("userEmail")].toString(),
                 QStringLiteral("logs@example.com"));
        QCOMPARE(newest[QStringLiteral("mode")].toString(), QStringLiteral("default"));
        QCOMPARE(newest[QStringLiteral("ip")].toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(newest[QStringLiteral("clientName")].toString(), QStringLiteral("Chrome"));
        QCOMPARE(newest[QStringLiteral("countryName")].toString(), QStringLiteral("Unknown"));

        QUrlQuery query;
        query.addQueryItem(QStringLiteral("queries[]"),
                           QStringLiteral("{\"method\":\"limit\",\"values\":[1]}"));
        query.addQueryItem(QStringLiteral("queries[]"),
                           QStringLiteral("{\"method\":\"offset\",\"values\":[1]}"));
        reply = m_client->get(QStringLiteral("/account/logs"), query);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("logs")).toArray().size(), 1);
        QCOMPARE(reply.json.value(QStringLiteral("logs")).toArray()[0][QStringLiteral("time")],
                 logs[1][QStringLiteral("time")]);
        QCOMPARE(reply.json.value(QStringLiteral("total")).toInt(), logs.size());
    }

    void badQueries_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("logs filter")
                << QStringLiteral("/account/logs")
                << QStringLiteral(
                           "{\"method\":\"equal\",\"attribute\":\"event\",\"values\":[\"x\"]}")
                << QStringLiteral("Invalid `queries` param: Invalid query method: equal");
        QTest::newRow("identities syntax")
                << QStringLiteral("/account/identities") << QStringLiteral("bogus")
                << QStringLiteral(
                           "Invalid `queries` param: Invalid query: Invalid query: Syntax error");
    }
    void badQueries()
    {
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QString, message);
        QUrlQuery url;
        url.addQueryItem(QStringLiteral("queries[0]"), query);
        const HttpReply reply = m_client->get(path, url);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.type(), QStringLiteral("general_argument_invalid"));
        QCOMPARE(reply.string("message"), message);
    }

    void identities()
    {
        HttpReply reply = m_client->get(QStringLiteral("/account/identities"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json,
                 (QJsonObject{{QStringLiteral("total"), 0},
                              {QStringLiteral("identities"), QJsonArray()}}));
        reply = m_client->del(QStringLiteral("/account/identities/doesnotexist"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.type(), QStringLiteral("user_identity_not_found"));
    }

    void pushTargets()
    {
        const QString path = QStringLiteral("/account/targets/push");
        HttpReply reply =
                m_client->post(path,
                               {{QStringLiteral("targetId"), QStringLiteral("pushtarget1")},
                                {QStringLiteral("identifier"), QStringLiteral("token-abc")}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.string("name"), QStringLiteral(" "));
        QCOMPARE(reply.string("providerType"), QStringLiteral("push"));
        QVERIFY(reply.json.value(QStringLiteral("providerId")).isNull());
        reply = m_client->post(path,
                               {{QStringLiteral("targetId"), QStringLiteral("pushtarget1")},
                                {QStringLiteral("identifier"), QStringLiteral("token-abc")}});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.type(), QStringLiteral("user_target_already_exists"));
        reply = m_client->post(path, {{QStringLiteral("targetId"), QStringLiteral("pushtarget2")}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.string("message"), QStringLiteral("Param \"identifier\" is not optional."));

        reply = m_client->put(QStringLiteral("/account/targets/pushtarget1/push"),
                              {{QStringLiteral("identifier"), QStringLiteral("token-def")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.string("identifier"), QStringLiteral("token-def"));
        QCOMPARE(m_client->put(QStringLiteral("/account/targets/nosuchtarget/push"),
                               {{QStringLiteral("identifier"), QStringLiteral("x")}})
                         .type(),
                 QStringLiteral("user_target_not_found"));
        const auto targets = m_client->get(QStringLiteral("/account"))
                                     .json.value(QStringLiteral("targets"))
                                     .toArray();
        QCOMPARE(targets.size(), 2);

        reply = m_client->del(QStringLiteral("/account/targets/pushtarget1/push"));
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(m_client->del(QStringLiteral("/account/targets/pushtarget1/push")).status, 404);
    }

    void pushTargetsEndWithTheirSession()
    {
        HttpTestClient device(m_sandbox.endpoint(), m_sandbox.project());
        const QString sessionId =
                device.post(QStringLiteral("/account/sessions/email"),
                            {{QStringLiteral("email"), QStringLiteral("logs@example.com")},
                             {QStringLiteral("password"), QStringLiteral("password123")}})
                        .string("$id");
        QVERIFY(!sessionId.isEmpty());
        QCOMPARE(device.post(QStringLiteral("/account/targets/push"),
                             {{QStringLiteral("targetId"), QStringLiteral("unique()")},
                              {QStringLiteral("identifier"), QStringLiteral("token")}})
                         .status,
                 201);
        auto pushTargets = [this] {
            int count = 0;
            const QJsonArray targets = m_client->get(QStringLiteral("/account"))
                                               .json.value(QStringLiteral("targets"))
                                               .toArray();
            for (const QJsonValue &target : targets)
                count +=
                        target[QStringLiteral("providerType")].toString() == QStringLiteral("push");
            return count;
        };
        QCOMPARE(pushTargets(), 1);
        QCOMPARE(m_client->del(QStringLiteral("/account/sessions/") + sessionId).status, 204);
        QCOMPARE(pushTargets(), 0);
    }

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<HttpTestClient> m_client;
};

QTEST_GUILESS_MAIN(TestSandboxActivity)
#include "tst_sandbox_activity.moc"
