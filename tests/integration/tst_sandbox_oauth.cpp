// OAuth2 through the sandbox's consent page, following each redirect by hand: approve and deny
// with the automation parameters, session and token flows, and the HTML errors of these routes.
#include "sandboxauthhelpers.h"
#include "sandboxprocess.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace SandboxAuth;

class TestSandboxOAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limits")}),
                 qPrintable(m_sandbox.errorString()));
        if (!m_sandbox.isSandbox())
            QSKIP("The consent page exists only in the sandbox.");
    }

    void consentPageIsAFormForATestIdentity()
    {
        HttpTestClient client = newClient();
        const QUrl consent = start(client, QStringLiteral("sessions"), QStringLiteral("github"),
                                   {QStringLiteral("read:user")});
        QCOMPARE(consent.path(), QStringLiteral("/v1/sandbox/oauth2/github/authorize"));
        QCOMPARE(QUrlQuery(consent).queryItemValue(QStringLiteral("project")), m_sandbox.project());
        const HttpReply page = follow(client, consent);
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(QStringLiteral("Sign in with GitHub")));
        QVERIFY(html.contains(QStringLiteral("read:user")));
        QVERIFY(html.contains(QStringLiteral("name=\"email\"")));
        QVERIFY(html.contains(QStringLiteral("value=\"approve\"")));
        QVERIFY(html.contains(QStringLiteral("value=\"deny\"")));
    }

    void consentFormSpacesArriveAsSpaces()
    {
        // A browser submits the consent form with '+' for a space and %2B for a plus.
        HttpTestClient client = newClient();
        QUrl consent = start(client, QStringLiteral("sessions"), QStringLiteral("github"), {});
        const QString email = uniqueEmail("plus");
        consent.setQuery(consent.query(QUrl::FullyEncoded)
                         + QStringLiteral("&decision=approve&name=Mona+Lisa%2B1&email=")
                         + QString::fromLatin1(QUrl::toPercentEncoding(email)));
        QCOMPARE(follow(client, consent).status, 301);
        QCOMPARE(client.get(QStringLiteral("/account")).string("name"),
                 QStringLiteral("Mona Lisa+1"));
    }

    void approveCreatesSessionAndIdentity()
    {
        HttpTestClient client = newClient();
        const QString email = uniqueEmail("oauth");
        const HttpReply done = decide(client, QStringLiteral("sessions"), QStringLiteral("github"),
                                      QStringLiteral("approve"), email, QStringLiteral("Octo Cat"));
        QCOMPARE(done.status, 301);
        QCOMPARE(QString::fromUtf8(done.header("Location")),
                 QStringLiteral("http://:@localhost/ok#"));
        QVERIFY(!done.header("X-Fallback-Cookies").isEmpty());
        QCOMPARE(done.setCookies().size(), 2);
        QVERIFY(!client.session().isEmpty());

        const HttpReply account = client.get(QStringLiteral("/account"));
        QCOMPARE(account.status, 200);
        QCOMPARE(account.string("email"), email);
        QCOMPARE(account.string("name"), QStringLiteral("Octo Cat"));
        QCOMPARE(account.json.value(QStringLiteral("emailVerification")).toBool(), true);
        const HttpReply session = client.get(QStringLiteral("/account/sessions/current"));
        QCOMPARE(session.string("provider"), QStringLiteral("github"));
        QCOMPARE(session.json.value(QStringLiteral("factors")).toArray(),
                 (QJsonArray{QStringLiteral("email"), QStringLiteral("oauth2")}));
        QVERIFY(!session.string("providerAccessToken").isEmpty());
        const QJsonArray identities = client.get(QStringLiteral("/account/identities"))
                                              .json.value(QStringLiteral("identities"))
                                              .toArray();
        QCOMPARE(identities.size(), 1);
        const QJsonObject identity = identities.first().toObject();
        QCOMPARE(field(identity, "provider"), QStringLiteral("github"));
        QCOMPARE(field(identity, "providerEmail"), email);
        QCOMPARE(field(identity, "providerUid"), session.string("providerUid"));

        // The same person again: same user, same identity.
        HttpTestClient again = newClient();
        decide(again, QStringLiteral("sessions"), QStringLiteral("github"),
               QStringLiteral("approve"), email, QStringLiteral("Octo Cat"));
        QCOMPARE(again.get(QStringLiteral("/account")).string("$id"), account.string("$id"));
        QCOMPARE(again.get(QStringLiteral("/account/identities"))
                         .json.value(QStringLiteral("total"))
                         .toInt(),
                 1);
    }

    void tokenFlowEndsWithSecretAndUserId()
    {
        HttpTestClient client = newClient();
        const QString email = uniqueEmail("token");
        const HttpReply done = decide(client, QStringLiteral("tokens"), QStringLiteral("google"),
                                      QStringLiteral("approve"), email, QString());
        QCOMPARE(done.status, 301);
        QVERIFY(done.header("X-Fallback-Cookies").isEmpty());
        const QString location = QString::fromUtf8(done.header("Location"));
        const QRegularExpressionMatch match =
                QRegularExpression(QStringLiteral("^http://:@localhost/ok\\?secret=([0-9a-f]{64})"
                                                  "&userId=([^&#]+)#$"))
                        .match(location);
        QVERIFY2(match.hasMatch(), qPrintable(location));
        const HttpReply session = client.post(QStringLiteral("/account/sessions/token"),
                                              {{QStringLiteral("userId"), match.captured(2)},
                                               {QStringLiteral("secret"), match.captured(1)}});
        QCOMPARE(session.status, 201);
        QCOMPARE(session.string("provider"), QStringLiteral("oauth2"));
        QCOMPARE(client.get(QStringLiteral("/account")).string("email"), email);
    }

    void denyEndsAtTheFailureUrl()
    {
        HttpTestClient client = newClient();
        const HttpReply done = decide(client, QStringLiteral("sessions"), QStringLiteral("github"),
                                      QStringLiteral("deny"), QString(), QString());
        QCOMPARE(done.status, 301);
        const QUrl location(QString::fromUtf8(done.header("Location")));
        QVERIFY(done.header("Location").startsWith("http://:@localhost/fail?error="));
        QVERIFY(done.header("Location").endsWith("#"));
        const QJsonObject error =
                QJsonDocument::fromJson(
                        QUrlQuery(location)
                                .queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded)
                                .replace(u'+', u' ')
                                .toUtf8())
                        .object();
        QCOMPARE(error.value(QStringLiteral("type")).toString(),
                 QStringLiteral("user_oauth2_provider_error"));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 424);
        QCOMPARE(error.value(QStringLiteral("message")).toString(),
                 QStringLiteral("The GitHub OAuth2 provider returned an error: access_denied"));
        QVERIFY(client.session().isEmpty());
    }

    void stateWorksOnce()
    {
        HttpTestClient client = newClient();
        const QUrl consent =
                start(client, QStringLiteral("sessions"), QStringLiteral("github"), {});
        QUrl deny = consent;
        QUrlQuery query(consent);
        query.addQueryItem(QStringLiteral("decision"), QStringLiteral("deny"));
        deny.setQuery(query);
        QCOMPARE(follow(client, deny).status, 301);
        const HttpReply again = follow(client, deny);
        QCOMPARE(again.status, 400);
        QVERIFY(again.header("Content-Type").startsWith("text/html"));
    }

    void errorsAreHtmlPages()
    {
        HttpTestClient client = newClient();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("success"), QStringLiteral("http://localhost/ok"));
        const HttpReply unknown =
                client.get(QStringLiteral("/account/sessions/oauth2/nosuchprovider"), query);
        QCOMPARE(unknown.status, 400);
        QVERIFY(unknown.header("Content-Type").startsWith("text/html"));
        QVERIFY(QString::fromUtf8(unknown.body)
                        .contains(QStringLiteral("Invalid `provider` param: Value must be one of "
                                                 "(amazon, apple,")));
        QUrlQuery evil;
        evil.addQueryItem(QStringLiteral("success"), QStringLiteral("https://evil.example.org/x"));
        const HttpReply badSuccess =
                client.get(QStringLiteral("/account/tokens/oauth2/github"), evil);
        QCOMPARE(badSuccess.status, 400);
        QVERIFY(QString::fromUtf8(badSuccess.body)
                        .contains(
                                QStringLiteral("Invalid `success` param: URL host must be one of: "
                                               "localhost")));
        QVERIFY(QString::fromUtf8(badSuccess.body)
                        .contains(QStringLiteral("general_argument_invalid")));
    }

private:
    HttpTestClient newClient() const
    {
        return HttpTestClient(m_sandbox.endpoint(), m_sandbox.project());
    }

    // GET …/{flow}/oauth2/{provider}: returns where the 301 points (the consent page).
    QUrl start(HttpTestClient &client, const QString &flow, const QString &provider,
               const QStringList &scopes)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("project"), m_sandbox.project());
        query.addQueryItem(QStringLiteral("success"), QStringLiteral("http://localhost/ok"));
        query.addQueryItem(QStringLiteral("failure"), QStringLiteral("http://localhost/fail"));
        for (const QString &scope : scopes)
            query.addQueryItem(QStringLiteral("scopes[]"), scope);
        const HttpReply reply =
                client.get(QStringLiteral("/account/%1/oauth2/%2").arg(flow, provider), query);
        if (reply.status != 301)
            qWarning("start answered %d: %s", reply.status, reply.body.constData());
        return QUrl(QString::fromUtf8(reply.header("Location")));
    }

    // Requests an absolute URL on the sandbox, as a browser following a redirect would.
    HttpReply follow(HttpTestClient &client, const QUrl &url)
    {
        const QString root = m_sandbox.endpoint().path();
        return client.get(url.path().mid(root.size()), QUrlQuery(url));
    }

    HttpReply decide(HttpTestClient &client, const QString &flow, const QString &provider,
                     const QString &decision, const QString &email, const QString &name)
    {
        QUrl consent = start(client, flow, provider, {});
        QUrlQuery query(consent);
        query.addQueryItem(QStringLiteral("decision"), decision);
        if (!email.isEmpty())
            query.addQueryItem(QStringLiteral("email"), email);
        if (!name.isEmpty())
            query.addQueryItem(QStringLiteral("name"), name);
        consent.setQuery(query);
        return follow(client, consent);
    }

    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandbox_oauth.moc"
