// Security: one user cannot reach another's sessions, identities or push targets, and a
// credential is bound to its own user. Users A and B sign in with the sandbox's OAuth2 consent
// page, so each has a session and an identity without paying for argon2.
#include "sandboxauthhelpers.h"
#include "sandboxprocess.h"

#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace SandboxAuth;

namespace {

struct Person
{
    std::unique_ptr<HttpTestClient> client;
    QString userId;
    QString sessionId;
    QString identityId;
    QString targetId;
};

QStringList ids(const QJsonArray &items)
{
    QStringList list;
    for (const QJsonValue &item : items)
        list << item.toObject().value(QStringLiteral("$id")).toString();
    return list;
}

} // namespace

class TestSecurityIsolation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limits")}),
                 qPrintable(m_sandbox.errorString()));
        if (!m_sandbox.isSandbox())
            QSKIP("Users are made on the sandbox's OAuth2 consent page.");
        m_a = signUp("alice", "target-a");
        m_b = signUp("bob", "target-b");
        QVERIFY(!m_a.identityId.isEmpty() && !m_b.identityId.isEmpty());
        QVERIFY(m_a.userId != m_b.userId);
    }

    void listsShowOnlyOwnData()
    {
        const HttpReply sessions = m_a.client->get(QStringLiteral("/account/sessions"));
        QCOMPARE(ids(sessions.json.value(QStringLiteral("sessions")).toArray()),
                 QStringList{m_a.sessionId});
        const HttpReply identities = m_a.client->get(QStringLiteral("/account/identities"));
        QCOMPARE(ids(identities.json.value(QStringLiteral("identities")).toArray()),
                 QStringList{m_a.identityId});
        const HttpReply account = m_a.client->get(QStringLiteral("/account"));
        QVERIFY(!ids(account.json.value(QStringLiteral("targets")).toArray())
                         .contains(m_b.targetId));
        // A query cannot widen the list to someone else's rows.
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("queries[]"),
                           QStringLiteral("{\"method\":\"equal\",\"attribute\":\"userId\","
                                          "\"values\":[\"%1\"]}")
                                   .arg(m_b.userId));
        const HttpReply byUser = m_a.client->get(QStringLiteral("/account/identities"), query);
        QCOMPARE(byUser.status, 200);
        QCOMPARE(byUser.json.value(QStringLiteral("total")).toInt(), 0);
    }

    void otherUsersSessionIsNotFound_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::newRow("get") << QByteArray("GET");
        QTest::newRow("update") << QByteArray("PATCH");
        QTest::newRow("delete") << QByteArray("DELETE");
    }

    void otherUsersSessionIsNotFound()
    {
        QFETCH(QByteArray, verb);
        const HttpReply reply = m_a.client->send(
                verb, QStringLiteral("/account/sessions/") + m_b.sessionId, QByteArray());
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.type(), QStringLiteral("user_session_not_found"));
        QCOMPARE(m_b.client->get(QStringLiteral("/account/sessions/current")).string("$id"),
                 m_b.sessionId);
    }

    void otherUsersIdentityCannotBeDeleted()
    {
        const HttpReply reply =
                m_a.client->del(QStringLiteral("/account/identities/") + m_b.identityId);
        // The real server would say 401 user_unauthorized (account-api.md §3.5, inferred);
        // the sandbox says the identity is not among the caller's. Either way, nothing happens.
        QVERIFY2(reply.status == 404 || reply.status == 401, reply.body.constData());
        QCOMPARE(ids(m_b.client->get(QStringLiteral("/account/identities"))
                             .json.value(QStringLiteral("identities"))
                             .toArray()),
                 QStringList{m_b.identityId});
    }

    void otherUsersTargetIsNotFound()
    {
        const QString path = QStringLiteral("/account/targets/%1/push").arg(m_b.targetId);
        const HttpReply update =
                m_a.client->put(path, {{QStringLiteral("identifier"), QStringLiteral("stolen")}});
        QCOMPARE(update.status, 404);
        QCOMPARE(update.type(), QStringLiteral("user_target_not_found"));
        const HttpReply remove = m_a.client->del(path);
        QCOMPARE(remove.status, 404);
        QCOMPARE(remove.type(), QStringLiteral("user_target_not_found"));
        // B's target is untouched.
        const QJsonArray targets = m_b.client->get(QStringLiteral("/account"))
                                           .json.value(QStringLiteral("targets"))
                                           .toArray();
        bool found = false;
        for (const QJsonValue &target : targets) {
            if (target.toObject().value(QStringLiteral("$id")).toString() == m_b.targetId) {
                found = true;
                QCOMPARE(field(target.toObject(), "identifier"), QStringLiteral("device-bob"));
            }
        }
        QVERIFY(found);
    }

    void credentialIsBoundToItsUser()
    {
        // A's secret presented as B's: the sandbox must not look the secret up without the user.
        const QByteArray aDecoded = QByteArray::fromBase64(m_a.client->session().toLatin1());
        const QString secret = QJsonDocument::fromJson(aDecoded)
                                       .object()
                                       .value(QStringLiteral("secret"))
                                       .toString();
        QVERIFY(!secret.isEmpty());
        const QByteArray forged = QJsonDocument(QJsonObject{{QStringLiteral("id"), m_b.userId},
                                                            {QStringLiteral("secret"), secret}})
                                          .toJson(QJsonDocument::Compact)
                                          .toBase64();
        HttpTestClient intruder(m_sandbox.endpoint(), m_sandbox.project());
        intruder.setSession(QString::fromLatin1(forged));
        for (const auto credential :
             {HttpTestClient::Credential::FallbackHeader, HttpTestClient::Credential::Cookie,
              HttpTestClient::Credential::SessionHeader,
              HttpTestClient::Credential::LegacyCookie}) {
            intruder.setCredential(credential);
            const HttpReply reply = intruder.get(QStringLiteral("/account"));
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.type(), QStringLiteral("general_unauthorized_scope"));
        }
    }

    void jwtOfOneUserReadsOnlyThatUser()
    {
        const QString jwt = m_a.client->post(QStringLiteral("/account/jwt")).string("jwt");
        QVERIFY(!jwt.isEmpty());
        HttpTestClient bearer(m_sandbox.endpoint(), m_sandbox.project());
        bearer.setJwt(jwt);
        QCOMPARE(bearer.get(QStringLiteral("/account")).string("$id"), m_a.userId);
        const HttpReply session = bearer.get(QStringLiteral("/account/sessions/") + m_b.sessionId);
        QCOMPARE(session.type(), QStringLiteral("user_session_not_found"));
    }

    void deletingAllSessionsLeavesOthers()
    {
        HttpTestClient second(m_sandbox.endpoint(), m_sandbox.project());
        second.setSession(m_a.client->session());
        QCOMPARE(second.del(QStringLiteral("/account/sessions")).status, 204);
        QCOMPARE(m_a.client->get(QStringLiteral("/account")).status, 401);
        QCOMPARE(m_b.client->get(QStringLiteral("/account")).status, 200);
        QCOMPARE(m_b.client->get(QStringLiteral("/account/sessions"))
                         .json.value(QStringLiteral("total"))
                         .toInt(),
                 1);
    }

private:
    Person signUp(const char *name, const char *targetId)
    {
        Person person;
        person.client = std::make_unique<HttpTestClient>(m_sandbox.endpoint(), m_sandbox.project());
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("project"), m_sandbox.project());
        query.addQueryItem(QStringLiteral("success"), QStringLiteral("http://localhost/ok"));
        query.addQueryItem(QStringLiteral("failure"), QStringLiteral("http://localhost/fail"));
        const HttpReply started =
                person.client->get(QStringLiteral("/account/sessions/oauth2/github"), query);
        QUrl consent(QString::fromUtf8(started.header("Location")));
        QUrlQuery decision(consent);
        decision.addQueryItem(QStringLiteral("decision"), QStringLiteral("approve"));
        decision.addQueryItem(QStringLiteral("email"), uniqueEmail(name));
        const QString root = m_sandbox.endpoint().path();
        const HttpReply done = person.client->get(consent.path().mid(root.size()), decision);
        if (done.status != 301 || person.client->session().isEmpty())
            qWarning("OAuth2 sign-in answered %d: %s", done.status, done.body.constData());
        person.userId = person.client->get(QStringLiteral("/account")).string("$id");
        person.sessionId =
                person.client->get(QStringLiteral("/account/sessions/current")).string("$id");
        person.identityId = ids(person.client->get(QStringLiteral("/account/identities"))
                                        .json.value(QStringLiteral("identities"))
                                        .toArray())
                                    .value(0);
        const HttpReply target = person.client->post(
                QStringLiteral("/account/targets/push"),
                {{QStringLiteral("targetId"), QLatin1String(targetId)},
                 {QStringLiteral("identifier"), QStringLiteral("device-") + QLatin1String(name)}});
        if (target.status != 201)
            qWarning("push target answered %d: %s", target.status, target.body.constData());
        person.targetId = target.string("$id");
        return person;
    }

    SandboxProcess m_sandbox;
    Person m_a;
    Person m_b;
};

QTEST_GUILESS_MAIN(TestSecurityIsolation)
#include "tst_security_isolation.moc"
