// Passwordless sign-in over HTTP: email codes (with security phrase), magic links, SMS codes,
// the session made from them, and the outbox they are read from.
#include "sandboxauthhelpers.h"
#include "sandboxprocess.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace SandboxAuth;

class TestSandboxAuthTokens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limits")}),
                 qPrintable(m_sandbox.errorString()));
        if (!m_sandbox.isSandbox())
            QSKIP("These tests read codes from the sandbox outbox.");
    }

    void emailCodeSignsInOnce()
    {
        HttpTestClient client = newClient();
        const QString email = uniqueEmail("otp");
        const HttpReply token = client.post(QStringLiteral("/account/tokens/email"),
                                            {{QStringLiteral("userId"), QStringLiteral("unique()")},
                                             {QStringLiteral("email"), email},
                                             {QStringLiteral("phrase"), true}});
        QCOMPARE(token.status, 201);
        QCOMPARE(token.string("secret"), QString());
        const QString phrase = token.string("phrase");
        QVERIFY2(
                QRegularExpression(QStringLiteral("^[A-Z][a-z]+ [a-z]+$")).match(phrase).hasMatch(),
                qPrintable(phrase));
        const QString userId = token.string("userId");
        QVERIFY(!userId.isEmpty());
        const QDateTime created =
                QDateTime::fromString(token.string("$createdAt"), Qt::ISODateWithMs);
        const QDateTime expire = QDateTime::fromString(token.string("expire"), Qt::ISODateWithMs);
        QCOMPARE(created.secsTo(expire), 900);

        const QJsonObject mail = latestMessage(client, email);
        QCOMPARE(field(mail, "channel"), QStringLiteral("email"));
        QCOMPARE(field(mail, "userId"), userId);
        QCOMPARE(field(mail, "phrase"), phrase);
        const QString code = field(mail, "secret");
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(code).hasMatch());
        QVERIFY(field(mail, "subject").startsWith(QStringLiteral("OTP for ")));
        QVERIFY(field(mail, "body").contains(code));
        QVERIFY(field(mail, "body")
                        .contains(QStringLiteral("Security phrase for this email is ") + phrase));

        QCOMPARE(signIn(client, userId, QStringLiteral("000000")).type(),
                 QStringLiteral("user_invalid_token"));
        const HttpReply session = signIn(client, userId, code);
        QCOMPARE(session.status, 201);
        QCOMPARE(session.string("provider"), QStringLiteral("token"));
        QCOMPARE(session.json.value(QStringLiteral("factors")).toArray(),
                 QJsonArray{QStringLiteral("email")});
        QVERIFY(!session.header("X-Fallback-Cookies").isEmpty());
        const HttpReply account = client.get(QStringLiteral("/account"));
        QCOMPARE(account.status, 200);
        QCOMPARE(account.json.value(QStringLiteral("emailVerification")).toBool(), true);

        HttpTestClient other = newClient();
        const HttpReply reuse = signIn(other, userId, code);
        QCOMPARE(reuse.status, 401);
        QCOMPARE(reuse.type(), QStringLiteral("user_invalid_token"));
    }

    void emailCodeForKnownAddressKeepsItsUser()
    {
        HttpTestClient client = newClient();
        const QString email = uniqueEmail("known");
        const HttpReply first = client.post(QStringLiteral("/account/tokens/email"),
                                            {{QStringLiteral("userId"), QStringLiteral("unique()")},
                                             {QStringLiteral("email"), email}});
        QCOMPARE(first.status, 201);
        QCOMPARE(first.string("phrase"), QString());
        const HttpReply second =
                client.post(QStringLiteral("/account/tokens/email"),
                            {{QStringLiteral("userId"), QStringLiteral("someone-else")},
                             {QStringLiteral("email"), email}});
        QCOMPARE(second.status, 201);
        QCOMPARE(second.string("userId"), first.string("userId"));
        QVERIFY(!field(latestMessage(client, email), "body")
                         .contains(QStringLiteral("Security phrase")));
    }

    void signInWhileSignedInIsRefused()
    {
        HttpTestClient client = newClient();
        const QString email = uniqueEmail("twice");
        const QString userId = client.post(QStringLiteral("/account/tokens/email"),
                                           {{QStringLiteral("userId"), QStringLiteral("unique()")},
                                            {QStringLiteral("email"), email}})
                                       .string("userId");
        QCOMPARE(signIn(client, userId, field(latestMessage(client, email), "secret")).status, 201);
        client.post(QStringLiteral("/account/tokens/email"),
                    {{QStringLiteral("userId"), userId}, {QStringLiteral("email"), email}});
        const HttpReply again =
                signIn(client, userId, field(latestMessage(client, email), "secret"));
        QCOMPARE(again.status, 401);
        QCOMPARE(again.type(), QStringLiteral("user_session_already_exists"));
    }

    void unknownUserOrMissingParams()
    {
        HttpTestClient client = newClient();
        QCOMPARE(signIn(client, QStringLiteral("nosuchuser"), QStringLiteral("123456")).type(),
                 QStringLiteral("user_invalid_token"));
        const HttpReply missing = client.post(QStringLiteral("/account/sessions/token"));
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.string("message"), QStringLiteral("Param \"userId\" is not optional."));
        const HttpReply badEmail =
                client.post(QStringLiteral("/account/tokens/email"),
                            {{QStringLiteral("userId"), QStringLiteral("unique()")},
                             {QStringLiteral("email"), QStringLiteral("x")}});
        QCOMPARE(badEmail.status, 400);
        QCOMPARE(badEmail.string("message"),
                 QStringLiteral("Invalid `email` param: Value must be a valid email address"));
    }

    void magicLink()
    {
        HttpTestClient client = newClient();
        const QString email = uniqueEmail("magic");
        const HttpReply token =
                client.post(QStringLiteral("/account/tokens/magic-url"),
                            {{QStringLiteral("userId"), QStringLiteral("unique()")},
                             {QStringLiteral("email"), email},
                             {QStringLiteral("url"), QStringLiteral("http://localhost/callback")}});
        QCOMPARE(token.status, 201);
        const QString userId = token.string("userId");
        const QJsonObject mail = latestMessage(client, email);
        const QString secret = field(mail, "secret");
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(secret).hasMatch());
        const QUrl link(field(mail, "url"));
        QCOMPARE(link.host(), QStringLiteral("localhost"));
        QCOMPARE(link.path(), QStringLiteral("/callback"));
        const QUrlQuery query(link);
        QCOMPARE(query.queryItemValue(QStringLiteral("userId")), userId);
        QCOMPARE(query.queryItemValue(QStringLiteral("secret")), secret);
        QCOMPARE(query.queryItemValue(QStringLiteral("project")), m_sandbox.project());
        QCOMPARE(query.queryItemValue(QStringLiteral("expire"), QUrl::FullyDecoded),
                 token.string("expire"));
        QVERIFY(field(mail, "body").contains(link.toString(QUrl::FullyEncoded)));

        const HttpReply wrong = client.put(QStringLiteral("/account/sessions/magic-url"),
                                           {{QStringLiteral("userId"), userId},
                                            {QStringLiteral("secret"), QStringLiteral("wrong")}});
        QCOMPARE(wrong.type(), QStringLiteral("user_invalid_token"));
        const HttpReply session = client.put(
                QStringLiteral("/account/sessions/magic-url"),
                {{QStringLiteral("userId"), userId}, {QStringLiteral("secret"), secret}});
        QCOMPARE(session.status, 201);
        QCOMPARE(session.string("provider"), QStringLiteral("magic-url"));
        QCOMPARE(client.get(QStringLiteral("/account"))
                         .json.value(QStringLiteral("emailVerification"))
                         .toBool(),
                 true);
    }

    void magicLinkUrlMustBeAllowed()
    {
        HttpTestClient client = newClient();
        const HttpReply reply = client.post(
                QStringLiteral("/account/tokens/magic-url"),
                {{QStringLiteral("userId"), QStringLiteral("unique()")},
                 {QStringLiteral("email"), uniqueEmail("evil")},
                 {QStringLiteral("url"), QStringLiteral("https://evil.example.org/x")}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.type(), QStringLiteral("general_argument_invalid"));
        QVERIFY2(reply.string("message").startsWith(
                         QStringLiteral("Invalid `url` param: URL host must be one of: localhost")),
                 qPrintable(reply.string("message")));
    }

    void magicLinkDefaultsToTheServersPage()
    {
        HttpTestClient client = newClient();
        const QString email = uniqueEmail("nourl");
        QCOMPARE(client.post(QStringLiteral("/account/tokens/magic-url"),
                             {{QStringLiteral("userId"), QStringLiteral("unique()")},
                              {QStringLiteral("email"), email}})
                         .status,
                 201);
        const QUrl link(field(latestMessage(client, email), "url"));
        QCOMPARE(link.path(), QStringLiteral("/auth/magic-url"));
        QCOMPARE(link.port(), m_sandbox.endpoint().port());
        // The magic secret also works with the generic route.
        HttpTestClient other = newClient();
        QCOMPARE(signIn(other, QUrlQuery(link).queryItemValue(QStringLiteral("userId")),
                        QUrlQuery(link).queryItemValue(QStringLiteral("secret")))
                         .string("provider"),
                 QStringLiteral("magic-url"));
    }

    void phoneCode()
    {
        HttpTestClient client = newClient();
        const QString phone = QStringLiteral("+1555%1").arg(
                QRandomGenerator::global()->bounded(1000000, 9999999));
        const HttpReply bad = client.post(QStringLiteral("/account/tokens/phone"),
                                          {{QStringLiteral("userId"), QStringLiteral("unique()")},
                                           {QStringLiteral("phone"), QStringLiteral("5551234")}});
        QCOMPARE(bad.status, 400);
        const HttpReply token = client.post(QStringLiteral("/account/tokens/phone"),
                                            {{QStringLiteral("userId"), QStringLiteral("unique()")},
                                             {QStringLiteral("phone"), phone}});
        QCOMPARE(token.status, 201);
        const QJsonObject sms = latestMessage(client, phone);
        QCOMPARE(field(sms, "channel"), QStringLiteral("sms"));
        QCOMPARE(field(sms, "body"), field(sms, "secret"));
        const QString userId = token.string("userId");
        QCOMPARE(client.put(QStringLiteral("/account/sessions/phone"),
                            {{QStringLiteral("userId"), userId},
                             {QStringLiteral("secret"), QStringLiteral("000000")}})
                         .status,
                 401);
        const HttpReply session = client.put(QStringLiteral("/account/sessions/phone"),
                                             {{QStringLiteral("userId"), userId},
                                              {QStringLiteral("secret"), field(sms, "secret")}});
        QCOMPARE(session.status, 201);
        QCOMPARE(session.json.value(QStringLiteral("factors")).toArray(),
                 QJsonArray{QStringLiteral("phone")});
        const HttpReply account = client.get(QStringLiteral("/account"));
        QCOMPARE(account.string("phone"), phone);
        QCOMPARE(account.json.value(QStringLiteral("phoneVerification")).toBool(), true);
        const QJsonArray targets = account.json.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.first().toObject().value(QStringLiteral("providerType")).toString(),
                 QStringLiteral("sms"));
    }

    void outboxIsNewestFirstAndCanBeEmptied()
    {
        HttpTestClient client = newClient();
        const QString email = uniqueEmail("outbox");
        for (int i = 0; i < 2; ++i)
            client.post(QStringLiteral("/account/tokens/email"),
                        {{QStringLiteral("userId"), QStringLiteral("unique()")},
                         {QStringLiteral("email"), email}});
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("to"), email);
        const HttpReply list = client.get(QStringLiteral("/sandbox/outbox"), query);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(QStringLiteral("total")).toInt(), 2);
        const QJsonArray messages = list.json.value(QStringLiteral("messages")).toArray();
        QVERIFY(field(messages.at(0).toObject(), "$createdAt")
                >= field(messages.at(1).toObject(), "$createdAt"));
        for (const char *key : {"$id", "$createdAt", "channel", "to", "subject", "body", "userId",
                                "secret", "url", "phrase"})
            QVERIFY2(messages.at(0).toObject().contains(QLatin1String(key)), key);
        QCOMPARE(client.del(QStringLiteral("/sandbox/outbox")).status, 204);
        QCOMPARE(client.get(QStringLiteral("/sandbox/outbox"))
                         .json.value(QStringLiteral("total"))
                         .toInt(),
                 0);
    }

private:
    HttpTestClient newClient() const
    {
        return HttpTestClient(m_sandbox.endpoint(), m_sandbox.project());
    }
    static HttpReply signIn(HttpTestClient &client, const QString &userId, const QString &secret)
    {
        return client.post(
                QStringLiteral("/account/sessions/token"),
                {{QStringLiteral("userId"), userId}, {QStringLiteral("secret"), secret}});
    }

    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(TestSandboxAuthTokens)
#include "tst_sandbox_auth_tokens.moc"
