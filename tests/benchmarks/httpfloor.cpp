// The sandbox floor: one bare QHttpServer route, GET /v1/account, answering a fixed JSON body the
// size of the sandbox's user model. No session lookup, no database: what Qt's HTTP server alone
// costs per request.
#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray body =
            R"({"$id":"6566a1b2c3d4e5f6a7b8","$createdAt":"2026-11-26T23:00:00.000+00:00",)"
            R"("$updatedAt":"2026-11-26T23:00:00.000+00:00","name":"Bench","registration":)"
            R"("2026-11-26T23:00:00.000+00:00","status":true,"labels":[],"passwordUpdate":)"
            R"("2026-11-26T23:00:00.000+00:00","email":"bench@example.com","phone":"",)"
            R"("emailVerification":false,"phoneVerification":false,"mfa":false,"prefs":{},)"
            R"("targets":[],"accessedAt":"2026-11-26T23:00:00.000+00:00"})";
    QHttpServer server;
    server.route(QStringLiteral("/v1/account"), QHttpServerRequest::Method::Get,
                 [&body](const QHttpServerRequest &) {
                     return QHttpServerResponse("application/json", body);
                 });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    if (!port) {
        std::fprintf(stderr, "bench_http_floor: cannot listen\n");
        return 1;
    }
    std::printf("bench_http_floor listening on http://127.0.0.1:%u/v1\n", unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
