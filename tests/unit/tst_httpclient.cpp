#include "callbackwaiter.h"
#include "fakehttpserver.h"
#include "sampledata.h"

#include "client/account.h"
#include "client/client.h"
#include "client/query.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Appwrite;
using namespace std::chrono_literals;

//! Appwrite::Client on the wire: headers, encoding, answers, errors and request lifetime.
class TestHttpClient : public QObject
{
    Q_OBJECT

    FakeHttpServer *server = nullptr;
    Client *client = nullptr;
    Account *account = nullptr;

private Q_SLOTS:
    void init()
    {
        server = new FakeHttpServer;
        QVERIFY(server->listen());
        client = new Client;
        client->setEndpoint(server->endpoint());
        client->setProject(QStringLiteral("sandbox"));
        account = new Account(client);
    }
    void cleanup()
    {
        delete account;
        delete client;
        delete server;
    }

    void sendsTheSdkHeaders()
    {
        server->fallback = FakeHttpServer::Response::json(200, SampleData::user);
        client->setLocale(QStringLiteral("de"));
        CallbackWaiter<User> waiter;
        account->get(this, waiter.callback());
        QTRY_VERIFY(waiter.done());
        QVERIFY2(waiter.result->ok(), waiter.describe().constData());
        QCOMPARE(waiter.result->value().id, QStringLiteral("alice"));

        QCOMPARE(server->requests.size(), 1);
        const auto &request = server->requests.first();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.target, QByteArray("/v1/account"));
        QCOMPARE(request.header("X-Appwrite-Project"), QByteArray("sandbox"));
        QCOMPARE(request.header("X-Appwrite-Response-Format"), QByteArray("1.5.0"));
        QCOMPARE(request.header("x-sdk-platform"), QByteArray("client"));
        QVERIFY(!request.header("x-sdk-name").isEmpty());
        QVERIFY(!request.header("x-sdk-language").isEmpty());
        QCOMPARE(request.header("x-sdk-version"), QByteArray(APPWRITE_APP_VERSION));
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        QCOMPARE(request.header("X-Appwrite-Locale"), QByteArray("de"));
        QCOMPARE(request.header("User-Agent"), client->userAgent().toUtf8());
        QVERIFY(!request.hasHeader("Origin"));
        QVERIFY(!request.hasHeader("Cookie"));
        QVERIFY(!request.hasHeader("X-Fallback-Cookies"));
    }

    void userAgentIsDesktopStyle()
    {
        const QString agent = Client::defaultUserAgent(QStringLiteral("appwrite-account"),
                                                       QStringLiteral("0.1.0"));
#if defined(Q_OS_LINUX)
        static const QRegularExpression pattern(
                QStringLiteral("^appwrite-account/0\\.1\\.0 \\(Linux; U; \\S+ \\S*\\)$"));
        QVERIFY2(pattern.match(agent).hasMatch(), qPrintable(agent));
#endif
        QVERIFY(agent.startsWith(QLatin1String("appwrite-account/0.1.0 (")));
    }

    void bodiesAreJson()
    {
        server->fallback = FakeHttpServer::Response::json(201, SampleData::user);
        CallbackWaiter<User> waiter;
        account->create(this, QStringLiteral("alice"), QStringLiteral("alice@example.com"),
                        QStringLiteral("password123"), QString(), waiter.callback());
        QTRY_VERIFY(waiter.done());
        QVERIFY(waiter.result->ok());
        const auto &request = server->requests.first();
        QCOMPARE(request.method, QByteArray("POST"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body,
                 QJsonObject({{QStringLiteral("userId"), QStringLiteral("alice")},
                              {QStringLiteral("email"), QStringLiteral("alice@example.com")},
                              {QStringLiteral("password"), QStringLiteral("password123")}}));
    }

    void deleteSendsAnEmptyObjectAnd204IsSuccess()
    {
        server->fallback = {204, {{"Content-Type", "text/html"}}, {}};
        CallbackWaiter<void> waiter;
        account->deleteIdentity(this, QStringLiteral("identity1"), waiter.callback());
        QTRY_VERIFY(waiter.done());
        QVERIFY(waiter.result->ok());
        const auto &request = server->requests.first();
        QCOMPARE(request.method, QByteArray("DELETE"));
        QCOMPARE(request.target, QByteArray("/v1/account/identities/identity1"));
        QCOMPARE(request.body, QByteArray("{}"));
    }

    void any2xxIsSuccess()
    {
        // The real server answers 200 where the spec says 201 (challenge, recovery codes).
        server->fallback = FakeHttpServer::Response::json(
                200,
                R"({"$id":"c1","$createdAt":"2026-11-26T19:52:13.700+00:00",)"
                R"("userId":"u1","expire":"2026-11-26T20:52:13.700+00:00"})");
        CallbackWaiter<MfaChallenge> waiter;
        account->createMfaChallenge(this, Account::AuthenticationFactor::RecoveryCode,
                                    waiter.callback());
        QTRY_VERIFY(waiter.done());
        QVERIFY(waiter.result->ok());
        QCOMPARE(waiter.result->value().id, QStringLiteral("c1"));
        const QJsonObject body = QJsonDocument::fromJson(server->requests.first().body).object();
        QCOMPARE(body.value(QLatin1String("factor")).toString(), QStringLiteral("recoverycode"));
    }

    void queriesAreEncodedAsArrays()
    {
        server->fallback = FakeHttpServer::Response::json(200, R"({"total":0,"logs":[]})");
        CallbackWaiter<LogList> waiter;
        const QStringList queries{Query::limit(25), Query::offset(5)};
        account->listLogs(this, queries, waiter.callback());
        QTRY_VERIFY(waiter.done());
        QVERIFY(waiter.result->ok());
        const QByteArray target = server->requests.first().target;
        QVERIFY2(target.startsWith("/v1/account/logs?queries%5B%5D="), target.constData());
        // Every JSON character that means something in a URL is escaped.
        const QByteArray query = target.mid(target.indexOf('?') + 1);
        QVERIFY(!query.contains('{') && !query.contains('"') && !query.contains(':'));
        QStringList decoded;
        for (const QByteArray &pair : query.split('&')) {
            const auto parts = pair.split('=');
            QCOMPARE(QByteArray::fromPercentEncoding(parts.value(0)), QByteArray("queries[]"));
            decoded.append(QString::fromUtf8(QByteArray::fromPercentEncoding(parts.value(1))));
        }
        QCOMPARE(decoded, queries);
    }

    void plusAndAmpersandSurviveTheQueryString()
    {
        const QUrl url = client->url(QStringLiteral("/x"),
                                     {{QStringLiteral("q"), QStringLiteral("a+b&c=d e")}});
        const QByteArray encoded = url.toEncoded();
        QVERIFY2(encoded.endsWith("?q=a%2Bb%26c%3Dd%20e"), encoded.constData());
    }

    void httpErrorsAreTyped()
    {
        server->fallback = FakeHttpServer::Response::json(409, SampleData::errorBody);
        CallbackWaiter<User> waiter;
        account->create(this, QStringLiteral("alice"), QStringLiteral("alice@example.com"),
                        QStringLiteral("password123"), QStringLiteral("Alice"), waiter.callback());
        QTRY_VERIFY(waiter.done());
        QVERIFY(!waiter.result->ok());
        QCOMPARE(waiter.error().kind(), Error::Kind::Http);
        QCOMPARE(waiter.error().status(), 409);
        QCOMPARE(waiter.error().type(), QStringLiteral("user_already_exists"));
        QVERIFY(waiter.error().message().startsWith(QLatin1String("A user with the same id")));
        QVERIFY(!waiter.error().isSessionGone());
    }

    void htmlErrorPagesGetAPlainMessage()
    {
        server->fallback = {412,
                            {{"Content-Type", "text/html; charset=UTF-8"}},
                            "<html><body>Error 412</body></html>"};
        CallbackWaiter<User> waiter;
        account->get(this, waiter.callback());
        QTRY_VERIFY(waiter.done());
        QCOMPARE(waiter.error().status(), 412);
        QVERIFY(waiter.error().type().isEmpty());
        QVERIFY(!waiter.error().message().contains(QLatin1Char('<')));
    }

    void rateLimitCarriesTheResetTime()
    {
        server->fallback = FakeHttpServer::Response::json(
                429,
                R"({"message":"Rate limit for the current endpoint has been exceeded. Please try again after some time.","code":429,"type":"general_rate_limit_exceeded","version":"1.5.11"})",
                {{"X-RateLimit-Limit", "10"},
                 {"X-RateLimit-Remaining", "0"},
                 {"X-RateLimit-Reset", "1795723200"}});
        CallbackWaiter<Session> waiter;
        account->createEmailPasswordSession(this, QStringLiteral("a@example.com"),
                                            QStringLiteral("password123"), waiter.callback());
        QTRY_VERIFY(waiter.done());
        QVERIFY(waiter.error().isRateLimited());
        QCOMPARE(waiter.error().type(), QStringLiteral("general_rate_limit_exceeded"));
        QCOMPARE(waiter.error().rateLimitReset(),
                 QDateTime::fromSecsSinceEpoch(1795723200, Qt::UTC));
    }

    void malformedAnswersAreInvalidResponses_data()
    {
        QTest::addColumn<FakeHttpServer::Response>("response");
        QTest::newRow("not json") << FakeHttpServer::Response::json(200, "{\"$id\": ");
        QTest::newRow("array") << FakeHttpServer::Response::json(200, "[]");
        QTest::newRow("missing field")
                << FakeHttpServer::Response::json(200, R"({"$id":"alice","name":"A"})");
        QTest::newRow("wrong type") << FakeHttpServer::Response::json(
                200, QByteArray(SampleData::user).replace("\"status\":true", "\"status\":\"yes\""));
        QTest::newRow("bad date") << FakeHttpServer::Response::json(
                200,
                QByteArray(SampleData::user)
                        .replace("\"accessedAt\":\"2026-11-26T19:52:04.948+00:00\"",
                                 "\"accessedAt\":\"yesterday\""));
        FakeHttpServer::Response truncated = FakeHttpServer::Response::json(200, SampleData::user);
        truncated.truncate = true;
        QTest::newRow("truncated") << truncated;
    }
    void malformedAnswersAreInvalidResponses()
    {
        QFETCH(FakeHttpServer::Response, response);
        server->fallback = response;
        CallbackWaiter<User> waiter;
        account->get(this, waiter.callback());
        QTRY_VERIFY(waiter.done());
        QVERIFY(!waiter.result->ok());
        QCOMPARE(waiter.error().kind(), Error::Kind::InvalidResponse);
        QVERIFY(!waiter.error().message().isEmpty());
    }

    void unreachableServerIsANetworkError()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        client->setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
        CallbackWaiter<User> waiter;
        account->get(this, waiter.callback());
        QTRY_VERIFY(waiter.done());
        QCOMPARE(waiter.error().kind(), Error::Kind::Network);
    }

    void silentServerTimesOut()
    {
        server->fallback.hang = true;
        client->setTransferTimeout(300ms);
        CallbackWaiter<User> waiter;
        account->get(this, waiter.callback());
        QTRY_VERIFY_WITH_TIMEOUT(waiter.done(), 10000);
        QCOMPARE(waiter.error().kind(), Error::Kind::Timeout);
        QCOMPARE(client->pendingCount(), 0);
    }

    void destroyingTheContextAbortsSilently()
    {
        server->fallback.hang = true;
        auto *context = new QObject;
        CallbackWaiter<User> waiter;
        account->get(context, waiter.callback());
        QTRY_COMPARE(server->requests.size(), 1);
        QCOMPARE(client->pendingCount(), 1);
        delete context;
        QCOMPARE(client->pendingCount(), 0);
        // Deliver everything already queued: a late callback must not be among it.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(waiter.count, 0);
    }

    void validationFailuresArriveLaterAndSendNothing()
    {
        CallbackWaiter<User> waiter;
        account->create(this, QStringLiteral("_bad"), QStringLiteral("alice@example.com"),
                        QStringLiteral("password123"), QString(), waiter.callback());
        QVERIFY(!waiter.done()); // never from inside the call
        QTRY_VERIFY(waiter.done());
        QCOMPARE(waiter.error().kind(), Error::Kind::Validation);
        QCOMPARE(waiter.error().field(), QStringLiteral("userId"));
        QVERIFY(server->requests.isEmpty());
    }

    void validationFailureIsDroppedWithItsContext()
    {
        auto *context = new QObject;
        CallbackWaiter<User> waiter;
        account->updateName(context, QString(129, QLatin1Char('n')), waiter.callback());
        delete context;
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(waiter.count, 0);
    }

    void cancelEndsPendingCallsOfOneContext()
    {
        server->fallback.hang = true;
        QObject other;
        CallbackWaiter<User> mine;
        CallbackWaiter<User> theirs;
        account->get(this, mine.callback());
        account->get(&other, theirs.callback());
        QTRY_COMPARE(server->requests.size(), 2);
        client->cancel(this);
        QVERIFY(!mine.done());
        QTRY_VERIFY(mine.done());
        QCOMPARE(mine.error().kind(), Error::Kind::Cancelled);
        QCOMPARE(client->pendingCount(), 1);
        QVERIFY(!theirs.done());
    }

    void everyRequestIsRecorded()
    {
        server->fallback = FakeHttpServer::Response::json(200, SampleData::user);
        QSignalSpy spy(client, &Client::requestSent);
        CallbackWaiter<User> waiter;
        account->updatePrefs(this, {{QStringLiteral("theme"), QStringLiteral("dark")}},
                             waiter.callback());
        QTRY_VERIFY(waiter.done());
        QCOMPARE(spy.size(), 1);
        const auto record = spy.first().first().value<RecordedRequest>();
        const auto &sent = server->requests.first();
        QCOMPARE(record.method, sent.method);
        QCOMPARE(record.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority), sent.target);
        QCOMPARE(record.body, sent.body);
        for (const auto &header : record.headers)
            QCOMPARE(sent.header(header.first), header.second);
    }

    void oauth2UrlsAreBuiltNotFetched()
    {
        const auto url = account->createOAuth2Token(
                QStringLiteral("github"),
                QStringLiteral("http://localhost:4711/auth/oauth2/success"),
                QStringLiteral("http://localhost:4711/auth/oauth2/failure"),
                {QStringLiteral("read:user"), QStringLiteral("user email")});
        QVERIFY(url.ok());
        QCOMPARE(url->path(), QStringLiteral("/v1/account/tokens/oauth2/github"));
        const QUrlQuery query(*url);
        QCOMPARE(query.queryItemValue(QStringLiteral("project")), QStringLiteral("sandbox"));
        QCOMPARE(query.queryItemValue(QStringLiteral("success"), QUrl::FullyDecoded),
                 QStringLiteral("http://localhost:4711/auth/oauth2/success"));
        QStringList scopes;
        for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
            if (item.first == QLatin1String("scopes[]"))
                scopes.append(item.second);
        }
        QCOMPARE(scopes, QStringList({QStringLiteral("read:user"), QStringLiteral("user email")}));
        QVERIFY(server->requests.isEmpty());

        const auto session = account->createOAuth2Session(QStringLiteral("mock"));
        QVERIFY(session.ok());
        QCOMPARE(session->path(), QStringLiteral("/v1/account/sessions/oauth2/mock"));
        QCOMPARE(QUrlQuery(*session).queryItemValue(QStringLiteral("project")),
                 QStringLiteral("sandbox"));

        const auto unknown = account->createOAuth2Session(QStringLiteral("myspace"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().field(), QStringLiteral("provider"));
        const auto badUrl =
                account->createOAuth2Session(QStringLiteral("github"), QStringLiteral("not a url"));
        QCOMPARE(badUrl.error().field(), QStringLiteral("success"));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
