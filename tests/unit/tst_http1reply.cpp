#include "client/network/http1reply.h"
#include "client/network/networkaccess.h"

#include "fakehttpserver.h"

#include <QNetworkCookie>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Appwrite;

// The plain-HTTP reply against a scripted server: framing, keep-alive, errors, as Qt's replies.
class TestHttp1Reply : public QObject
{
    Q_OBJECT

    static QNetworkRequest request(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        return request;
    }

    static QNetworkReply *waitFor(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(10000))
                return reply;
        }
        return reply;
    }

    static int status(QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private Q_SLOTS:
    void answersPlainHttpItselfAndNothingElse()
    {
        NetworkAccess access;
        FakeHttpServer server;
        QVERIFY(server.listen());
        std::unique_ptr<QNetworkReply> own(access.get(request(server.endpoint())));
        QVERIFY(qobject_cast<Http1Reply *>(own.get()));
        // Qt's cookie jar or redirects wanted: Qt's own reply.
        std::unique_ptr<QNetworkReply> qt(access.get(QNetworkRequest(server.endpoint())));
        QVERIFY(!qobject_cast<Http1Reply *>(qt.get()));
        waitFor(own.get());
        waitFor(qt.get());
    }

    void readsAnswerHeadersAndKeepsTheConnection()
    {
        NetworkAccess access;
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.queue.append(
                FakeHttpServer::Response{201,
                                         {{"Content-Type", "application/json"},
                                          {"Set-Cookie", "a_session_p=one; path=/; httponly"},
                                          {"Set-Cookie", "a_session_p_legacy=two; path=/"},
                                          {"X-Thing", "a"},
                                          {"X-Thing", "b"}},
                                         "{\"ok\":true}"});
        std::unique_ptr<QNetworkReply> first(waitFor(access.get(request(server.endpoint()))));
        QVERIFY(first->isFinished());
        QCOMPARE(first->error(), QNetworkReply::NoError);
        QCOMPARE(status(first.get()), 201);
        QCOMPARE(first->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(),
                 QByteArray("Status"));
        QCOMPARE(first->rawHeader("x-thing"), QByteArray("a, b"));
        const auto cookies =
                first->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
        QCOMPARE(cookies.size(), 2);
        QCOMPARE(cookies.at(1).value(), QByteArray("two"));
        QCOMPARE(first->readAll(), QByteArray("{\"ok\":true}"));

        std::unique_ptr<QNetworkReply> second(waitFor(access.get(request(server.endpoint()))));
        QCOMPARE(status(second.get()), 200);
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.connections, 1);
        QCOMPARE(server.requests.at(0).target, QByteArray("/v1"));
        QVERIFY(server.requests.at(0).header("Host").startsWith("127.0.0.1:"));
    }

    void sendsTheBodyAndVerb()
    {
        NetworkAccess access;
        FakeHttpServer server;
        QVERIFY(server.listen());
        QNetworkRequest patch = request(server.endpoint().resolved(QUrl(u"v1/account?x=1%2B2"_qs)));
        patch.setRawHeader("X-Appwrite-Project", "p");
        std::unique_ptr<QNetworkReply> reply(
                waitFor(access.sendCustomRequest(patch, "PATCH", "{\"name\":\"Zoë\"}")));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(server.requests.size(), 1);
        const auto &seen = server.requests.first();
        QCOMPARE(seen.method, QByteArray("PATCH"));
        QCOMPARE(seen.target, QByteArray("/v1/account?x=1%2B2"));
        QCOMPARE(seen.body, QByteArray("{\"name\":\"Zoë\"}"));
        QCOMPARE(seen.header("X-Appwrite-Project"), QByteArray("p"));
    }

    void framings_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("close");
        QTest::addColumn<bool>("dribble");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("length, one byte at a time")
                << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << false << true
                << QByteArray("hello");
        QTest::newRow("chunked with extension and trailer")
                << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                              "3;x=y\r\nhel\r\n2\r\nlo\r\n0\r\nX-Trailer: 1\r\n\r\n")
                << false << false << QByteArray("hello");
        QTest::newRow("chunked, one byte at a time")
                << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                              "a\r\n0123456789\r\n0\r\n\r\n")
                << false << true << QByteArray("0123456789");
        QTest::newRow("until the connection closes")
                << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nto the end") << true
                << false << QByteArray("to the end");
        QTest::newRow("interim 100 Continue first")
                << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"
                              "Content-Length: 2\r\n\r\nok")
                << false << false << QByteArray("ok");
        QTest::newRow("bare line ends") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nok")
                                        << false << false << QByteArray("ok");
    }

    void framings()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, close);
        QFETCH(bool, dribble);
        QFETCH(QByteArray, body);
        NetworkAccess access;
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeHttpServer::Response response;
        response.raw = raw;
        response.close = close;
        response.dribble = dribble;
        server.queue.append(response);
        std::unique_ptr<QNetworkReply> reply(waitFor(access.get(request(server.endpoint()))));
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(status(reply.get()), 200);
        QCOMPARE(reply->readAll(), body);
    }

    void errorStatusKeepsTheBody()
    {
        NetworkAccess access;
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.queue.append(FakeHttpServer::Response::json(404, "{\"type\":\"x\"}"));
        std::unique_ptr<QNetworkReply> reply(waitFor(access.get(request(server.endpoint()))));
        QCOMPARE(reply->error(), QNetworkReply::ContentNotFoundError);
        QCOMPARE(status(reply.get()), 404);
        QCOMPARE(reply->readAll(), QByteArray("{\"type\":\"x\"}"));
    }

    void cutOffAnswerIsATransportError()
    {
        NetworkAccess access;
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeHttpServer::Response truncated = FakeHttpServer::Response::json(200, "{\"a\":123456}");
        truncated.truncate = true;
        server.queue.append(truncated);
        std::unique_ptr<QNetworkReply> reply(waitFor(access.get(request(server.endpoint()))));
        QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
        QCOMPARE(status(reply.get()), 200);
    }

    void staleKeptConnectionIsReplaced()
    {
        NetworkAccess access;
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeHttpServer::Response closing = FakeHttpServer::Response::json(200, "{}");
        closing.close = true; // closes without saying so
        server.queue.append(closing);
        std::unique_ptr<QNetworkReply> first(waitFor(access.get(request(server.endpoint()))));
        QCOMPARE(first->error(), QNetworkReply::NoError);
        std::unique_ptr<QNetworkReply> second(waitFor(access.get(request(server.endpoint()))));
        QCOMPARE(second->error(), QNetworkReply::NoError);
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.connections, 2);
    }

    void transferTimeout()
    {
        NetworkAccess access;
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeHttpServer::Response silent;
        silent.hang = true;
        server.queue.append(silent);
        QNetworkRequest slow = request(server.endpoint());
        slow.setTransferTimeout(200);
        std::unique_ptr<QNetworkReply> reply(waitFor(access.get(slow)));
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::TimeoutError);
    }

    void abortFinishesAtOnce()
    {
        NetworkAccess access;
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeHttpServer::Response silent;
        silent.hang = true;
        server.queue.append(silent);
        std::unique_ptr<QNetworkReply> reply(access.get(request(server.endpoint())));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QTRY_COMPARE(server.requests.size(), 1);
        reply->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    }

    void refusedConnection()
    {
        NetworkAccess access;
        QUrl url;
        {
            FakeHttpServer gone;
            QVERIFY(gone.listen());
            url = gone.endpoint();
        }
        std::unique_ptr<QNetworkReply> reply(waitFor(access.get(request(url))));
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
        QCOMPARE(status(reply.get()), 0);
    }

    void garbageIsAProtocolFailure()
    {
        NetworkAccess access;
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeHttpServer::Response garbage;
        garbage.raw = "SSH-2.0-OpenSSH\r\n";
        server.queue.append(garbage);
        std::unique_ptr<QNetworkReply> reply(waitFor(access.get(request(server.endpoint()))));
        QCOMPARE(reply->error(), QNetworkReply::ProtocolFailure);
    }
};

QTEST_MAIN(TestHttp1Reply)
#include "tst_http1reply.moc"
