#include "callbackwaiter.h"
#include "fakehttpserver.h"
#include "sampledata.h"

#include "client/account.h"
#include "client/client.h"
#include "client/sessionstore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace Appwrite;

namespace {

const QByteArray cookieName = "a_session_sandbox";

FakeHttpServer::Response sessionCreated(bool withCookie, bool withFallback)
{
    FakeHttpServer::Headers headers;
    if (withFallback)
        headers.append({"X-Fallback-Cookies",
                        "{\"" + cookieName + "\":\"" + SampleData::credential + "\"}"});
    if (withCookie) {
        headers.append({"Set-Cookie",
                        cookieName + "_legacy=" + SampleData::credential
                                + "; expires=Fri, 26-Nov-2099 19:52:05 GMT; "
                                  "Max-Age=31536000; path=/; httponly"});
        headers.append({"Set-Cookie",
                        cookieName + "=" + SampleData::credential
                                + "; expires=Fri, 26-Nov-2099 19:52:05 GMT; "
                                  "Max-Age=31536000; path=/; httponly; samesite=None"});
    }
    return FakeHttpServer::Response::json(201, SampleData::session, headers);
}

FakeHttpServer::Response signedOut()
{
    return {204,
            {{"X-Fallback-Cookies", "[]"},
             {"Set-Cookie",
              cookieName
                      + "=deleted; expires=Thu, 01-Jan-1970 00:00:01 GMT; "
                        "Max-Age=0; path=/; httponly; samesite=None"},
             {"Content-Type", "text/html"}},
            {}};
}

//! Counts how often each key was written, to check that secrets go through the store only.
class CountingStore : public SessionStore
{
public:
    QString load(const QString &key) override { return values.value(key); }
    void save(const QString &key, const QString &value) override
    {
        values.insert(key, value);
        ++saves;
    }
    void clear(const QString &key) override
    {
        values.remove(key);
        ++clears;
    }
    QHash<QString, QString> values;
    int saves = 0;
    int clears = 0;
};

} // namespace

//! The session credential: taken from Set-Cookie and X-Fallback-Cookies, replayed, cleared.
class TestSessionCredential : public QObject
{
    Q_OBJECT

    FakeHttpServer *server = nullptr;
    Client *client = nullptr;
    Account *account = nullptr;
    CountingStore *store = nullptr;

    void signIn(const FakeHttpServer::Response &answer)
    {
        server->queue.append(answer);
        CallbackWaiter<Session> waiter;
        account->createEmailPasswordSession(this, QStringLiteral("alice@example.com"),
                                            QStringLiteral("password123"), waiter.callback());
        QTRY_VERIFY(waiter.done());
        QVERIFY2(waiter.result->ok(), waiter.describe().constData());
    }

    void getAccount()
    {
        CallbackWaiter<User> waiter;
        account->get(this, waiter.callback());
        QTRY_VERIFY(waiter.done());
    }

private Q_SLOTS:
    void init()
    {
        server = new FakeHttpServer;
        QVERIFY(server->listen());
        server->fallback = FakeHttpServer::Response::json(200, SampleData::user);
        store = new CountingStore;
        client = new Client;
        client->setEndpoint(server->endpoint());
        client->setProject(QStringLiteral("sandbox"));
        client->setSessionStore(store);
        account = new Account(client);
    }
    void cleanup()
    {
        delete account;
        delete client;
        delete store;
        delete server;
    }

    void credentialIsTakenAndReplayed_data()
    {
        QTest::addColumn<bool>("withCookie");
        QTest::addColumn<bool>("withFallback");
        QTest::newRow("both") << true << true;
        QTest::newRow("cookie only") << true << false;
        QTest::newRow("fallback only") << false << true;
    }
    void credentialIsTakenAndReplayed()
    {
        QFETCH(bool, withCookie);
        QFETCH(bool, withFallback);
        QSignalSpy changed(client, &Client::sessionChanged);
        signIn(sessionCreated(withCookie, withFallback));
        QVERIFY(client->hasSession());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store->values.value(client->sessionKey()),
                 QString::fromLatin1(SampleData::credential));

        getAccount();
        const auto &request = server->requests.last();
        QCOMPARE(request.header("Cookie"), cookieName + "=" + SampleData::credential);
        const QJsonObject fallback =
                QJsonDocument::fromJson(request.header("X-Fallback-Cookies")).object();
        QCOMPARE(fallback.value(QLatin1String(cookieName)).toString(),
                 QString::fromLatin1(SampleData::credential));
    }

    void paddingIsEncodedInTheCookieOnly()
    {
        const QString padded = QStringLiteral("eyJpZCI6ImEiLCJzZWNyZXQiOiJiIn0+/=");
        client->adoptSessionFromRedirect(
                QUrl(QStringLiteral(
                             "http://localhost:1/auth/oauth2/success?key=a_session_sandbox&secret=")
                     + QString::fromLatin1(QUrl::toPercentEncoding(padded))));
        getAccount();
        const auto &request = server->requests.last();
        QCOMPARE(request.header("Cookie"), cookieName + "=" + QUrl::toPercentEncoding(padded));
        QCOMPARE(QJsonDocument::fromJson(request.header("X-Fallback-Cookies"))
                         .object()
                         .value(QLatin1String(cookieName))
                         .toString(),
                 padded);
    }

    void otherProjectsCookiesAreIgnored()
    {
        server->queue.append(FakeHttpServer::Response::json(
                200, SampleData::user,
                {{"Set-Cookie", "a_session_other=abc; path=/; httponly"},
                 {"X-Fallback-Cookies", R"({"a_session_other":"abc"})"}}));
        getAccount();
        QVERIFY(!client->hasSession());
    }

    void storedCredentialIsUsedOnStart()
    {
        store->values.insert(client->sessionKey(), QString::fromLatin1(SampleData::credential));
        Client fresh;
        fresh.setSessionStore(store);
        fresh.setEndpoint(server->endpoint());
        fresh.setProject(QStringLiteral("sandbox"));
        QVERIFY(fresh.hasSession());
        fresh.setProject(QStringLiteral("another"));
        QVERIFY(!fresh.hasSession()); // credentials belong to one endpoint and project
    }

    void signOutClearsTheCredential()
    {
        signIn(sessionCreated(true, true));
        QSignalSpy changed(client, &Client::sessionChanged);
        server->queue.append(signedOut());
        CallbackWaiter<void> waiter;
        account->deleteSession(this, QStringLiteral("current"), waiter.callback());
        QTRY_VERIFY(waiter.done());
        QVERIFY(waiter.result->ok());
        QVERIFY(!client->hasSession());
        QVERIFY(!store->values.contains(client->sessionKey()));
        QCOMPARE(changed.size(), 1);

        getAccount();
        QVERIFY(!server->requests.last().hasHeader("Cookie"));
        QVERIFY(!server->requests.last().hasHeader("X-Fallback-Cookies"));
    }

    void emptyFallbackArrayAloneClears()
    {
        signIn(sessionCreated(true, true));
        server->queue.append({200,
                              {{"X-Fallback-Cookies", "[]"}, {"Content-Type", "application/json"}},
                              SampleData::user});
        getAccount();
        QVERIFY(!client->hasSession());
    }

    void sessionGone401Clears()
    {
        signIn(sessionCreated(true, true));
        server->queue.append(FakeHttpServer::Response::json(
                401,
                R"json({"message":"User (role: guests) missing scope (account)","code":401,"type":"general_unauthorized_scope","version":"1.5.11"})json"));
        CallbackWaiter<User> waiter;
        account->get(this, waiter.callback());
        QTRY_VERIFY(waiter.done());
        QVERIFY(waiter.error().isSessionGone());
        QVERIFY(!client->hasSession());
    }

    void other401sKeepTheSession()
    {
        signIn(sessionCreated(true, true));
        server->queue.append(FakeHttpServer::Response::json(
                401,
                R"({"message":"More factors are required to complete the sign in process.","code":401,"type":"user_more_factors_required","version":"1.5.11"})"));
        CallbackWaiter<User> waiter;
        account->get(this, waiter.callback());
        QTRY_VERIFY(waiter.done());
        QVERIFY(waiter.error().needsMoreFactors());
        QVERIFY(!waiter.error().isSessionGone());
        QVERIFY(client->hasSession());
    }

    void secretsNeverReachTheLog()
    {
        static QStringList lines;
        lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("appwrite.http.debug=true"));
        const auto previous =
                qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                          const QString &message) { lines.append(message); });
        signIn(sessionCreated(true, true));
        getAccount();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(!lines.isEmpty()); // the category is really in use
        for (const QString &line : std::as_const(lines)) {
            QVERIFY2(!line.contains(QString::fromLatin1(SampleData::credential.left(40))),
                     qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("password123")), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestSessionCredential)
#include "tst_sessioncredential.moc"
