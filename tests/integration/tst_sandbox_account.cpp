// The sandbox's /account routes over HTTP: sign-up, profile updates, anonymous accounts and
// their conversion, blocking. Error answers are checked by status, type and message.
#include "httptestclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

namespace {

QString uniqueEmail(const char *name)
{
    return QStringLiteral("%1.%2@example.com")
            .arg(QLatin1String(name))
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

QJsonObject signUp(const QString &email, const QString &password = QStringLiteral("password123"))
{
    return {{QStringLiteral("userId"), QStringLiteral("unique()")},
            {QStringLiteral("email"), email},
            {QStringLiteral("password"), password}};
}

QJsonObject credentials(const QString &email,
                        const QString &password = QStringLiteral("password123"))
{
    return {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
}

} // namespace

class TestSandboxAccount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limits")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void signUpValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QJsonObject()
                                 << QStringLiteral("Param \"userId\" is not optional.");
        QTest::newRow("no email")
                << QJsonObject{{QStringLiteral("userId"), QStringLiteral("alice")},
                               {QStringLiteral("password"), QStringLiteral("password123")}}
                << QStringLiteral("Param \"email\" is not optional.");
        QJsonObject badEmail = signUp(QStringLiteral("not-an-email"));
        QTest::newRow("bad email") << badEmail
                                   << QStringLiteral("Invalid `email` param: Value must be a valid "
                                                     "email address");
        QTest::newRow("short password")
                << signUp(QStringLiteral("a@example.com"), QStringLiteral("short"))
                << QStringLiteral("Invalid `password` param: Password must be between 8 and 265 "
                                  "characters long, and should not be one of the commonly used "
                                  "password.");
        QJsonObject badId = signUp(QStringLiteral("a@example.com"));
        badId.insert(QStringLiteral("userId"), QStringLiteral("_bad id!"));
        QTest::newRow("bad userId")
                << badId
                << QStringLiteral(
                           "Invalid `userId` param: Parameter must contain at most 36 chars. "
                           "Valid chars are a-z, A-Z, 0-9, period, hyphen, and underscore. "
                           "Can't start with a special char");
    }
    void signUpValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, message);
        HttpTestClient client(m_sandbox.endpoint(), m_sandbox.project());
        const HttpReply reply = client.post(QStringLiteral("/account"), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.type(), QStringLiteral("general_argument_invalid"));
        QCOMPARE(reply.string("message"), message);
        QCOMPARE(reply.json.value(QStringLiteral("code")).toInt(), 400);
        QCOMPARE(reply.string("version"), QStringLiteral("1.5.11"));
    }

    void signUpAndDuplicates()
    {
        HttpTestClient client(m_sandbox.endpoint(), m_sandbox.project());
        const QString email = uniqueEmail("dup");
        HttpReply reply = client.post(QStringLiteral("/account"), signUp(email.toUpper()));
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.string("email"), email); // stored lower-case
        QCOMPARE(reply.json.value(QStringLiteral("$id")).toString().size(), 20);
        QVERIFY(!reply.json.contains(QStringLiteral("password")));
        QCOMPARE(reply.json.value(QStringLiteral("prefs")).toObject(), QJsonObject());
        const QJsonArray targets = reply.json.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets[0][QStringLiteral("providerType")].toString(), QStringLiteral("email"));
        QVERIFY(targets[0][QStringLiteral("providerId")].isNull());
        QVERIFY(reply.string("registration").endsWith(QStringLiteral("+00:00")));
        QVERIFY(reply.header("Set-Cookie").isEmpty());
        const QString id = reply.string("$id");

        reply = client.post(QStringLiteral("/account"), signUp(email));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.type(), QStringLiteral("user_already_exists"));

        QJsonObject sameId = signUp(uniqueEmail("other"));
        sameId.insert(QStringLiteral("userId"), id);
        reply = client.post(QStringLiteral("/account"), sameId);
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.type(), QStringLiteral("user_already_exists"));

        QCOMPARE(client.post(QStringLiteral("/account/sessions/email"), credentials(email)).status,
                 201);

        // Signed in, POST /account still answers 201 and leaves the session alone.
        const QString before = client.session();
        QVERIFY(!before.isEmpty());
        reply = client.post(QStringLiteral("/account"), signUp(uniqueEmail("while")));
        QCOMPARE(reply.status, 201);
        QCOMPARE(client.session(), before);
        QCOMPARE(client.get(QStringLiteral("/account")).string("email"), email);
    }

    void guestIsRefused()
    {
        HttpTestClient client(m_sandbox.endpoint(), m_sandbox.project());
        for (const char *path :
             {"/account", "/account/prefs", "/account/sessions", "/account/logs"}) {
            const HttpReply reply = client.get(QString::fromLatin1(path));
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.type(), QStringLiteral("general_unauthorized_scope"));
            QCOMPARE(reply.string("message"),
                     QStringLiteral("User (role: guests) missing scope (account)"));
        }
        // Scope comes before parameter validation.
        const HttpReply reply = client.patch(QStringLiteral("/account/name"), {});
        QCOMPARE(reply.status, 401);
    }

    void unknownProject()
    {
        HttpTestClient client(m_sandbox.endpoint(), QStringLiteral("nosuchproject"));
        const HttpReply reply = client.get(QStringLiteral("/account"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.type(), QStringLiteral("project_not_found"));
    }

    void profileUpdates()
    {
        HttpTestClient client(m_sandbox.endpoint(), m_sandbox.project());
        const QString email = uniqueEmail("profile");
        QCOMPARE(client.post(QStringLiteral("/account"), signUp(email)).status, 201);
        QCOMPARE(client.post(QStringLiteral("/account/sessions/email"), credentials(email)).status,
                 201);

        HttpReply reply = client.patch(QStringLiteral("/account/name"),
                                       {{QStringLiteral("name"), QStringLiteral("Alice Liddell")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.string("name"), QStringLiteral("Alice Liddell"));
        reply = client.patch(QStringLiteral("/account/name"),
                             {{QStringLiteral("name"), QString(129, QLatin1Char('x'))}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.string("message"),
                 QStringLiteral("Invalid `name` param: Value must be a valid string and at least 1 "
                                "chars and no longer than 128 chars"));

        const QJsonObject prefs{
                {QStringLiteral("theme"), QStringLiteral("dark")},
                {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2}}}}};
        reply = client.patch(QStringLiteral("/account/prefs"), {{QStringLiteral("prefs"), prefs}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("prefs")).toObject(), prefs);
        QCOMPARE(client.get(QStringLiteral("/account/prefs")).json, prefs);
        reply = client.patch(QStringLiteral("/account/prefs"),
                             {{QStringLiteral("prefs"), QStringLiteral("x")}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.string("message"),
                 QStringLiteral("Invalid `prefs` param: Value must be a valid object."));

        reply = client.patch(QStringLiteral("/account/password"),
                             {{QStringLiteral("password"), QStringLiteral("newpassword123")}});
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.type(), QStringLiteral("user_invalid_credentials"));
        reply = client.patch(QStringLiteral("/account/password"),
                             {{QStringLiteral("password"), QStringLiteral("newpassword123")},
                              {QStringLiteral("oldPassword"), QStringLiteral("wrongpassword")}});
        QCOMPARE(reply.status, 401);
        reply = client.patch(QStringLiteral("/account/password"),
                             {{QStringLiteral("password"), QStringLiteral("newpassword123")},
                              {QStringLiteral("oldPassword"), QStringLiteral("password123")}});
        QCOMPARE(reply.status, 200);

        const QString other = uniqueEmail("taken");
        QCOMPARE(client.post(QStringLiteral("/account"), signUp(other)).status, 201);
        reply = client.patch(QStringLiteral("/account/email"),
                             credentials(uniqueEmail("new"), QStringLiteral("wrongpassword")));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.type(), QStringLiteral("user_invalid_credentials"));
        reply = client.patch(QStringLiteral("/account/email"),
                             credentials(other, QStringLiteral("newpassword123")));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.type(), QStringLiteral("user_target_already_exists"));
        const QString renamed = uniqueEmail("renamed");
        reply = client.patch(QStringLiteral("/account/email"),
                             credentials(renamed, QStringLiteral("newpassword123")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.string("email"), renamed);
        QCOMPARE(reply.json.value(QStringLiteral("targets"))
                         .toArray()[0][QStringLiteral("identifier")]
                         .toString(),
                 renamed);
        // The old address is free again.
        QCOMPARE(client.post(QStringLiteral("/account"), signUp(email)).status, 201);

        reply = client.patch(QStringLiteral("/account/phone"),
                             {{QStringLiteral("phone"), QStringLiteral("12345")},
                              {QStringLiteral("password"), QStringLiteral("newpassword123")}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(
                reply.string("message"),
                QStringLiteral("Invalid `phone` param: Phone number must start with a '+' can have "
                               "a maximum of fifteen digits."));
        reply = client.patch(QStringLiteral("/account/phone"),
                             {{QStringLiteral("phone"), QStringLiteral("+15555550101")},
                              {QStringLiteral("password"), QStringLiteral("newpassword123")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.string("phone"), QStringLiteral("+15555550101"));
        QCOMPARE(reply.json.value(QStringLiteral("phoneVerification")).toBool(), false);
    }

    void anonymousConversion()
    {
        HttpTestClient client(m_sandbox.endpoint(), m_sandbox.project());
        HttpReply reply = client.post(QStringLiteral("/account/sessions/anonymous"));
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.string("provider"), QStringLiteral("anonymous"));
        QCOMPARE(reply.json.value(QStringLiteral("factors")).toArray(),
                 QJsonArray{QStringLiteral("anonymous")});
        QCOMPARE(reply.string("secret"), QString());
        QVERIFY(!client.session().isEmpty());
        QCOMPARE(client.post(QStringLiteral("/account/sessions/anonymous")).type(),
                 QStringLiteral("user_session_already_exists"));

        reply = client.get(QStringLiteral("/account"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.string("email"), QString());
        QCOMPARE(reply.string("passwordUpdate"), QString());
        QCOMPARE(reply.json.value(QStringLiteral("targets")).toArray(), QJsonArray());

        // An empty password is "missing", even for a user without one.
        reply = client.patch(QStringLiteral("/account/email"),
                             credentials(uniqueEmail("anon"), QString()));
        QCOMPARE(reply.status, 400);
        const QString email = uniqueEmail("anon");
        reply = client.patch(QStringLiteral("/account/email"), credentials(email));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.string("email"), email);
        QVERIFY(!reply.string("passwordUpdate").isEmpty());
        const QString userId = reply.string("$id");

        QCOMPARE(client.del(QStringLiteral("/account/sessions/current")).status, 204);
        QVERIFY(client.session().isEmpty());
        reply = client.post(QStringLiteral("/account/sessions/email"), credentials(email));
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.string("userId"), userId);
    }

    void anonymousSetsPasswordFirst()
    {
        HttpTestClient client(m_sandbox.endpoint(), m_sandbox.project());
        QCOMPARE(client.post(QStringLiteral("/account/sessions/anonymous")).status, 201);
        HttpReply reply =
                client.patch(QStringLiteral("/account/password"),
                             {{QStringLiteral("password"), QStringLiteral("anonpassword1")}});
        QCOMPARE(reply.status, 200);
        // From now on the email change must prove that password.
        reply = client.patch(QStringLiteral("/account/email"),
                             credentials(uniqueEmail("anon2"), QStringLiteral("anonpassword2")));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.type(), QStringLiteral("user_invalid_credentials"));
        reply = client.patch(QStringLiteral("/account/email"),
                             credentials(uniqueEmail("anon2"), QStringLiteral("anonpassword1")));
        QCOMPARE(reply.status, 200);
    }

    void blockingYourself()
    {
        HttpTestClient client(m_sandbox.endpoint(), m_sandbox.project());
        const QString email = uniqueEmail("block");
        QCOMPARE(client.post(QStringLiteral("/account"), signUp(email)).status, 201);
        QCOMPARE(client.post(QStringLiteral("/account/sessions/email"), credentials(email)).status,
                 201);
        const QString session = client.session();
        const HttpReply reply = client.patch(QStringLiteral("/account/status"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("status")).toBool(), false);
        QCOMPARE(reply.header("X-Fallback-Cookies"), QByteArray("[]"));
        const QList<QByteArray> cookies = reply.setCookies();
        QCOMPARE(cookies.size(), 2);
        for (const QByteArray &cookie : cookies) {
            QVERIFY2(cookie.contains("=deleted; expires=Thu, 01-Jan-1970 00:00:01 GMT; Max-Age=0"),
                     cookie.constData());
        }
        client.setSession(session);
        QCOMPARE(client.get(QStringLiteral("/account")).type(), QStringLiteral("user_blocked"));
        client.setSession(QString());
        const HttpReply login =
                client.post(QStringLiteral("/account/sessions/email"), credentials(email));
        QCOMPARE(login.status, 401);
        QCOMPARE(login.type(), QStringLiteral("user_blocked"));
    }

    void unknownRoute()
    {
        HttpTestClient client(m_sandbox.endpoint(), m_sandbox.project());
        const HttpReply reply = client.get(QStringLiteral("/account/nothing/here"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.type(), QStringLiteral("general_route_not_found"));
    }

private:
    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(TestSandboxAccount)
#include "tst_sandbox_account.moc"
