// The sandbox's sessions over HTTP: cookies and the four ways a credential travels, session
// management, JWTs and the per-user session limit.
#include "httptestclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

namespace {

QString uniqueEmail(const char *name)
{
    return QStringLiteral("%1.%2@example.com")
            .arg(QLatin1String(name))
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

QJsonObject credentials(const QString &email)
{
    return {{QStringLiteral("email"), email},
            {QStringLiteral("password"), QStringLiteral("password123")}};
}

// Creates a user; returns its email.
QString createUser(HttpTestClient &client, const char *name)
{
    const QString email = uniqueEmail(name);
    const HttpReply reply =
            client.post(QStringLiteral("/account"),
                        {{QStringLiteral("userId"), QStringLiteral("unique()")},
                         {QStringLiteral("email"), email},
                         {QStringLiteral("password"), QStringLiteral("password123")}});
    return reply.status == 201 ? email : QString();
}

} // namespace

class TestSandboxSessions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limits")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void signInSetsCookiesAndFallback()
    {
        HttpTestClient client(m_sandbox.endpoint(), m_sandbox.project());
        const QString email = createUser(client, "cookies");
        QVERIFY(!email.isEmpty());
        HttpReply reply = client.post(QStringLiteral("/account/sessions/email"),
                                      credentials(email.toUpper()));
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.string("provider"), QStringLiteral("email"));
        QCOMPARE(reply.string("providerUid"), email);
        QCOMPARE(reply.string("secret"), QString());
        QCOMPARE(reply.json.value(QStringLiteral("current")).toBool(), true);
        QCOMPARE(reply.json.value(QStringLiteral("factors")).toArray(),
                 QJsonArray{QStringLiteral("password")});
        QCOMPARE(reply.string("osCode"), QStringLiteral("LIN"));
        QCOMPARE(reply.string("clientName"), QStringLiteral("Chrome"));
        QCOMPARE(reply.string("clientVersion"), QStringLiteral("124.0"));
        QCOMPARE(reply.string("deviceName"), QStringLiteral("desktop"));
        QCOMPARE(reply.string("countryCode"), QStringLiteral("--"));
        QCOMPARE(reply.string("countryName"), QStringLiteral("Unknown"));
        QCOMPARE(reply.string("ip"), QStringLiteral("127.0.0.1"));
        QCOMPARE(reply.string("mfaUpdatedAt"), QString());
        static const QRegularExpression isoDate(
                QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+00:00$"));
        QVERIFY(isoDate.match(reply.string("expire")).hasMatch());

        // The credential: base64 of {"id": userId, "secret": 256 hex}.
        const QJsonObject credential =
                QJsonDocument::fromJson(QByteArray::fromBase64(client.session().toLatin1()))
                        .object();
        QCOMPARE(credential.value(QStringLiteral("id")).toString(), reply.string("userId"));
        static const QRegularExpression hex256(QStringLiteral("^[0-9a-f]{256}$"));
        QVERIFY(hex256.match(credential.value(QStringLiteral("secret")).toString()).hasMatch());

        const QList<QByteArray> cookies = reply.setCookies();
        QCOMPARE(cookies.size(), 2);
        const QByteArray name = "a_session_" + m_sandbox.project().toLatin1();
        QVERIFY2(cookies[0].startsWith(name + "_legacy="), cookies[0].constData());
        QVERIFY(cookies[0].contains("; Max-Age=31536000; path=/; httponly"));
        QVERIFY(!cookies[0].contains("samesite"));
        QVERIFY(cookies[1].startsWith(name + '='));
        QVERIFY(cookies[1].endsWith("; path=/; httponly; samesite=None"));
        QVERIFY(!cookies[1].contains("domain"));

        reply = client.post(QStringLiteral("/account/sessions/email"), credentials(email));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.type(), QStringLiteral("user_session_already_exists"));
    }

    void wrongCredentials()
    {
        HttpTestClient client(m_sandbox.endpoint(), m_sandbox.project());
        const QString email = createUser(client, "wrong");
        HttpReply reply =
                client.post(QStringLiteral("/account/sessions/email"),
                            {{QStringLiteral("email"), email},
                             {QStringLiteral("password"), QStringLiteral("wrongpassword")}});
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.type(), QStringLiteral("user_invalid_credentials"));
        QCOMPARE(reply.string("message"),
                 QStringLiteral("Invalid credentials. Please check the email and password."));
        reply = client.post(QStringLiteral("/account/sessions/email"),
                            credentials(uniqueEmail("nobody")));
        QCOMPARE(reply.type(), QStringLiteral("user_invalid_credentials"));
        reply = client.post(QStringLiteral("/account/sessions/email"),
                            {{QStringLiteral("email"), email}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.string("message"), QStringLiteral("Param \"password\" is not optional."));
    }

    void everyCredentialChannelWorks_data()
    {
        QTest::addColumn<int>("channel");
        QTest::newRow("X-Fallback-Cookies") << int(HttpTestClient::Credential::FallbackHeader);
        QTest::newRow("cookie") << int(HttpTestClient::Credential::Cookie);
        QTest::newRow("legacy cookie") << int(HttpTestClient::Credential::LegacyCookie);
        QTest::newRow("X-Appwrite-Session") << int(HttpTestClient::Credential::SessionHeader);
    }
    void everyCredentialChannelWorks()
    {
        QFETCH(int, channel);
        HttpTestClient client(m_sandbox.endpoint(), m_sandbox.project());
        QCOMPARE(client.post(QStringLiteral("/account/sessions/anonymous")).status, 201);
        client.setCredential(HttpTestClient::Credential(channel));
        const HttpReply reply = client.get(QStringLiteral("/account"));
        QCOMPARE(reply.status, 200);
        const bool viaCookie = channel == int(HttpTestClient::Credential::Cookie)
                || channel == int(HttpTestClient::Credential::LegacyCookie);
        QCOMPARE(reply.header("X-Debug-Fallback"),
                 viaCookie ? QByteArray("false") : QByteArray("true"));

        // A tampered secret makes a guest, not a special error.
        const QString tampered = QString::fromLatin1(
                QJsonDocument(
                        QJsonObject{{QStringLiteral("id"), reply.string("$id")},
                                    {QStringLiteral("secret"), QString(256, QLatin1Char('0'))}})
                        .toJson(QJsonDocument::Compact)
                        .toBase64());
        client.setSession(tampered);
        QCOMPARE(client.get(QStringLiteral("/account")).type(),
                 QStringLiteral("general_unauthorized_scope"));
    }

    void manageSessions()
    {
        HttpTestClient first(m_sandbox.endpoint(), m_sandbox.project());
        HttpTestClient second(m_sandbox.endpoint(), m_sandbox.project());
        const QString email = createUser(first, "manage");
        const QString firstId =
                first.post(QStringLiteral("/account/sessions/email"), credentials(email))
                        .string("$id");
        second.setUserAgent(
                "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0");
        const QString secondId =
                second.post(QStringLiteral("/account/sessions/email"), credentials(email))
                        .string("$id");
        QVERIFY(!firstId.isEmpty() && !secondId.isEmpty());

        HttpReply reply = first.get(QStringLiteral("/account/sessions"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("total")).toInt(), 2);
        const QJsonArray sessions = reply.json.value(QStringLiteral("sessions")).toArray();
        QCOMPARE(sessions[0][QStringLiteral("$id")].toString(), firstId); // oldest first
        QCOMPARE(sessions[0][QStringLiteral("current")].toBool(), true);
        QCOMPARE(sessions[1][QStringLiteral("current")].toBool(), false);
        QCOMPARE(sessions[1][QStringLiteral("clientName")].toString(), QStringLiteral("Firefox"));

        QCOMPARE(first.get(QStringLiteral("/account/sessions/current")).string("$id"), firstId);
        QCOMPARE(first.get(QStringLiteral("/account/sessions/") + secondId).string("$id"),
                 secondId);
        reply = first.get(QStringLiteral("/account/sessions/doesnotexist"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.type(), QStringLiteral("user_session_not_found"));
        QCOMPARE(reply.string("message"),
                 QStringLiteral("The current user session could not be found."));
        QCOMPARE(first.patch(QStringLiteral("/account/sessions/doesnotexist")).status, 404);

        reply = first.patch(QStringLiteral("/account/sessions/current"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.string("$id"), firstId);
        QCOMPARE(reply.header("X-RateLimit-Limit"), QByteArray("10"));

        // Ending another device's session keeps ours and sends no cookie changes.
        reply = first.del(QStringLiteral("/account/sessions/") + secondId);
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        QVERIFY(reply.setCookies().isEmpty());
        QCOMPARE(second.get(QStringLiteral("/account")).status, 401);
        QCOMPARE(first.get(QStringLiteral("/account")).status, 200);

        QCOMPARE(second.post(QStringLiteral("/account/sessions/email"), credentials(email)).status,
                 201);
        reply = first.del(QStringLiteral("/account/sessions"));
        QCOMPARE(reply.status, 204);
        QCOMPARE(reply.header("X-Fallback-Cookies"), QByteArray("[]"));
        QCOMPARE(reply.setCookies().size(), 2);
        QVERIFY(first.session().isEmpty());
        QCOMPARE(second.get(QStringLiteral("/account")).status, 401);
        QCOMPARE(first.del(QStringLiteral("/account/sessions/current")).type(),
                 QStringLiteral("general_unauthorized_scope"));
    }

    void jwt()
    {
        HttpTestClient client(m_sandbox.endpoint(), m_sandbox.project());
        QCOMPARE(client.post(QStringLiteral("/account/jwt")).type(),
                 QStringLiteral("general_unauthorized_scope"));
        const QString email = createUser(client, "jwt");
        QCOMPARE(client.post(QStringLiteral("/account/sessions/email"), credentials(email)).status,
                 201);
        const HttpReply created = client.post(QStringLiteral("/account/jwt"));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.header("X-RateLimit-Remaining"), QByteArray("99"));
        const QString token = created.string("jwt");
        QCOMPARE(token.count(QLatin1Char('.')), 2);

        HttpTestClient holder(m_sandbox.endpoint(), m_sandbox.project());
        holder.setJwt(token);
        HttpReply reply = holder.get(QStringLiteral("/account"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.string("email"), email);
        // A JWT has no session of its own.
        QCOMPARE(holder.get(QStringLiteral("/account/sessions/current")).status, 404);
        QCOMPARE(holder.post(QStringLiteral("/account/jwt")).type(),
                 QStringLiteral("user_session_not_found"));

        HttpTestClient forger(m_sandbox.endpoint(), m_sandbox.project());
        forger.setJwt(QStringLiteral("invalid.jwt.token"));
        reply = forger.get(QStringLiteral("/account"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.type(), QStringLiteral("user_jwt_invalid"));
        QCOMPARE(reply.string("message"),
                 QStringLiteral("Failed to verify JWT. JSON failed: Malformed UTF-8 characters, "
                                "possibly incorrectly encoded"));
        QString tampered = token;
        tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == QLatin1Char('A')
                ? QLatin1Char('B')
                : QLatin1Char('A');
        forger.setJwt(tampered);
        QCOMPARE(forger.get(QStringLiteral("/account")).type(), QStringLiteral("user_jwt_invalid"));

        // Once its session ends, the JWT is worth a guest.
        QCOMPARE(client.del(QStringLiteral("/account/sessions/current")).status, 204);
        QCOMPARE(holder.get(QStringLiteral("/account")).type(),
                 QStringLiteral("general_unauthorized_scope"));
    }

    void sessionLimitEvictsTheOldest()
    {
        if (!m_sandbox.isSandbox())
            QSKIP("sandbox-only check: needs --session-limit");
        SandboxProcess limited;
        QVERIFY2(limited.start({QStringLiteral("--session-limit"), QStringLiteral("2")}),
                 qPrintable(limited.errorString()));
        HttpTestClient setup(limited.endpoint(), limited.project());
        const QString email = createUser(setup, "limit");
        QList<std::shared_ptr<HttpTestClient>> devices;
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            devices.append(std::make_shared<HttpTestClient>(limited.endpoint(), limited.project()));
            ids.append(devices.last()
                               ->post(QStringLiteral("/account/sessions/email"), credentials(email))
                               .string("$id"));
        }
        QCOMPARE(devices[0]->get(QStringLiteral("/account")).status, 401);
        const HttpReply list = devices[2]->get(QStringLiteral("/account/sessions"));
        QCOMPARE(list.json.value(QStringLiteral("total")).toInt(), 2);
        const QJsonArray sessions = list.json.value(QStringLiteral("sessions")).toArray();
        QCOMPARE(sessions[0][QStringLiteral("$id")].toString(), ids[1]);
        QCOMPARE(sessions[1][QStringLiteral("$id")].toString(), ids[2]);
    }

private:
    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(TestSandboxSessions)
#include "tst_sandbox_sessions.moc"
