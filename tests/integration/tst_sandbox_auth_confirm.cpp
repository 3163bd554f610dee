// Email and phone verification and password recovery over HTTP: the secret arrives in the
// outbox, confirms once, and the confirmation answers with the stored hash as the real server.
#include "sandboxauthhelpers.h"
#include "sandboxprocess.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace SandboxAuth;

namespace {

QString sha256(const QString &text)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestSandboxAuthConfirm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limits")}),
                 qPrintable(m_sandbox.errorString()));
        if (!m_sandbox.isSandbox())
            QSKIP("These tests read secrets from the sandbox outbox.");
    }

    void emailVerification()
    {
        HttpTestClient client = newClient();
        const QString email = signUpAndIn(client, "verify");
        const HttpReply guest = newClient().post(QStringLiteral("/account/verification"),
                                                 {{QStringLiteral("url"), callback()}});
        QCOMPARE(guest.type(), QStringLiteral("general_unauthorized_scope"));
        const HttpReply badUrl = client.post(
                QStringLiteral("/account/verification"),
                {{QStringLiteral("url"), QStringLiteral("https://evil.example.org/verify")}});
        QCOMPARE(badUrl.status, 400);
        QVERIFY(badUrl.string("message").startsWith(QStringLiteral("Invalid `url` param: ")));
        const HttpReply noScheme =
                client.post(QStringLiteral("/account/verification"),
                            {{QStringLiteral("url"), QStringLiteral("localhost/verification")}});
        QCOMPARE(noScheme.status, 400);

        const HttpReply token = client.post(QStringLiteral("/account/verification"),
                                            {{QStringLiteral("url"), callback()}});
        QCOMPARE(token.status, 201);
        QCOMPARE(token.string("secret"), QString());
        const QJsonObject mail = latestMessage(client, email);
        QCOMPARE(field(mail, "subject"), QStringLiteral("Account Verification"));
        const QString secret = field(mail, "secret");
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{256}$")).match(secret).hasMatch());
        const QString url = field(mail, "url");
        // The expiry is in the database format, form-encoded: 2026-11-26+20%3A52%3A07.180
        QVERIFY2(QRegularExpression(QStringLiteral("&expire=\\d{4}-\\d\\d-\\d\\d\\+\\d\\d%3A\\d\\d%"
                                                   "3A\\d\\d\\.\\d{3}$"))
                         .match(url)
                         .hasMatch(),
                 qPrintable(url));
        QVERIFY(url.startsWith(callback() + QStringLiteral("?userId=")));
        const QString userId = token.string("userId");

        HttpTestClient anyone = newClient();
        QCOMPARE(anyone.put(QStringLiteral("/account/verification"),
                            {{QStringLiteral("userId"), QStringLiteral("nobody")},
                             {QStringLiteral("secret"), secret}})
                         .type(),
                 QStringLiteral("user_not_found"));
        QCOMPARE(anyone.put(QStringLiteral("/account/verification"),
                            {{QStringLiteral("userId"), userId},
                             {QStringLiteral("secret"), QStringLiteral("wrongsecret")}})
                         .type(),
                 QStringLiteral("user_invalid_token"));
        const HttpReply confirmed = anyone.put(
                QStringLiteral("/account/verification"),
                {{QStringLiteral("userId"), userId}, {QStringLiteral("secret"), secret}});
        QCOMPARE(confirmed.status, 200);
        QCOMPARE(confirmed.string("$id"), token.string("$id"));
        QCOMPARE(confirmed.string("secret"), sha256(secret));
        QCOMPARE(
                anyone.put(QStringLiteral("/account/verification"),
                           {{QStringLiteral("userId"), userId}, {QStringLiteral("secret"), secret}})
                        .status,
                401);
        QCOMPARE(client.get(QStringLiteral("/account"))
                         .json.value(QStringLiteral("emailVerification"))
                         .toBool(),
                 true);
        QCOMPARE(client.post(QStringLiteral("/account/verification"),
                             {{QStringLiteral("url"), callback()}})
                         .type(),
                 QStringLiteral("user_email_already_verified"));
    }

    void phoneVerification()
    {
        HttpTestClient client = newClient();
        signUpAndIn(client, "phone");
        QCOMPARE(client.post(QStringLiteral("/account/verification/phone")).type(),
                 QStringLiteral("user_phone_not_found"));
        const QString phone = QStringLiteral("+1555%1").arg(
                QRandomGenerator::global()->bounded(1000000, 9999999));
        QCOMPARE(client.patch(QStringLiteral("/account/phone"),
                              {{QStringLiteral("phone"), phone},
                               {QStringLiteral("password"), QStringLiteral("password123")}})
                         .status,
                 200);
        const HttpReply token = client.post(QStringLiteral("/account/verification/phone"));
        QCOMPARE(token.status, 201);
        const QDateTime created =
                QDateTime::fromString(token.string("$createdAt"), Qt::ISODateWithMs);
        QCOMPARE(created.secsTo(QDateTime::fromString(token.string("expire"), Qt::ISODateWithMs)),
                 3600);
        const QString code = field(latestMessage(client, phone), "secret");
        const QString userId = token.string("userId");
        // The code is checked against the caller's own tokens: a guest never matches.
        QCOMPARE(
                newClient()
                        .put(QStringLiteral("/account/verification/phone"),
                             {{QStringLiteral("userId"), userId}, {QStringLiteral("secret"), code}})
                        .type(),
                QStringLiteral("user_invalid_token"));
        QCOMPARE(client.put(QStringLiteral("/account/verification/phone"),
                            {{QStringLiteral("userId"), userId},
                             {QStringLiteral("secret"), QStringLiteral("000000")}})
                         .status,
                 401);
        const HttpReply confirmed =
                client.put(QStringLiteral("/account/verification/phone"),
                           {{QStringLiteral("userId"), userId}, {QStringLiteral("secret"), code}});
        QCOMPARE(confirmed.status, 200);
        QCOMPARE(confirmed.string("secret"), sha256(code));
        QCOMPARE(client.get(QStringLiteral("/account"))
                         .json.value(QStringLiteral("phoneVerification"))
                         .toBool(),
                 true);
        QCOMPARE(client.post(QStringLiteral("/account/verification/phone")).type(),
                 QStringLiteral("user_phone_already_verified"));
    }

    void passwordRecovery()
    {
        HttpTestClient client = newClient();
        const QString email = signUpAndIn(client, "recover");
        HttpTestClient guest = newClient();
        QCOMPARE(guest.post(QStringLiteral("/account/recovery"),
                            {{QStringLiteral("email"), uniqueEmail("nobody")},
                             {QStringLiteral("url"), callback()}})
                         .type(),
                 QStringLiteral("user_not_found"));
        QCOMPARE(guest.post(QStringLiteral("/account/recovery"),
                            {{QStringLiteral("email"), email},
                             {QStringLiteral("url"), QStringLiteral("https://evil.example.org/r")}})
                         .status,
                 400);
        const HttpReply token =
                guest.post(QStringLiteral("/account/recovery"),
                           {{QStringLiteral("email"), email}, {QStringLiteral("url"), callback()}});
        QCOMPARE(token.status, 201);
        const QJsonObject mail = latestMessage(guest, email);
        QCOMPARE(field(mail, "subject"), QStringLiteral("Password Reset"));
        const QString secret = field(mail, "secret");
        const QString userId = token.string("userId");
        const auto confirm = [&](const QString &withSecret, const QString &password) {
            return guest.put(QStringLiteral("/account/recovery"),
                             {{QStringLiteral("userId"), userId},
                              {QStringLiteral("secret"), withSecret},
                              {QStringLiteral("password"), password}});
        };
        QCOMPARE(confirm(QStringLiteral("wrongsecret"), QStringLiteral("recovered123")).type(),
                 QStringLiteral("user_invalid_token"));
        QCOMPARE(confirm(secret, QStringLiteral("short")).status, 400);
        const HttpReply done = confirm(secret, QStringLiteral("recovered123"));
        QCOMPARE(done.status, 200);
        QCOMPARE(done.string("secret"), sha256(secret));
        QCOMPARE(confirm(secret, QStringLiteral("recovered456")).type(),
                 QStringLiteral("user_invalid_token"));
        // The old session still works; the new password signs in.
        QCOMPARE(client.get(QStringLiteral("/account")).status, 200);
        HttpTestClient fresh = newClient();
        QCOMPARE(fresh.post(QStringLiteral("/account/sessions/email"),
                            {{QStringLiteral("email"), email},
                             {QStringLiteral("password"), QStringLiteral("recovered123")}})
                         .status,
                 201);
        QCOMPARE(fresh.get(QStringLiteral("/account"))
                         .json.value(QStringLiteral("emailVerification"))
                         .toBool(),
                 true);
    }

private:
    HttpTestClient newClient() const
    {
        return HttpTestClient(m_sandbox.endpoint(), m_sandbox.project());
    }
    static QString callback() { return QStringLiteral("http://localhost/callback"); }

    // A new user with a password, signed in on \a client; returns the email.
    static QString signUpAndIn(HttpTestClient &client, const char *name)
    {
        const QString email = uniqueEmail(name);
        const QJsonObject credentials{{QStringLiteral("email"), email},
                                      {QStringLiteral("password"), QStringLiteral("password123")}};
        QJsonObject signUp = credentials;
        signUp.insert(QStringLiteral("userId"), QStringLiteral("unique()"));
        if (client.post(QStringLiteral("/account"), signUp).status != 201
            || client.post(QStringLiteral("/account/sessions/email"), credentials).status != 201)
            qWarning("sign-up failed for %s", qPrintable(email));
        return email;
    }

    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(TestSandboxAuthConfirm)
#include "tst_sandbox_auth_confirm.moc"
