#include "sandboxharness.h"

#include "sandbox/authroutes.h"
#include "sandbox/coreroutes.h"
#include "sandbox/httpfrontend.h"
#include "sandbox/router.h"
#include "sandbox/services.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace {

const QByteArray userEmail = "fuzzer@example.com";
const QByteArray userPassword = "fuzzing-password-1";

//! True once \a answer holds a whole response: the head and Content-Length bytes of body.
bool complete(const QByteArray &answer)
{
    const qsizetype headEnd = answer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = answer.left(headEnd).split('\n');
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            return answer.size() - headEnd - 4 >= line.mid(15).trimmed().toLongLong();
    }
    return true;
}

QByteArray bodyOf(const QByteArray &answer)
{
    const qsizetype headEnd = answer.indexOf("\r\n\r\n");
    return headEnd < 0 ? QByteArray() : answer.mid(headEnd + 4);
}

} // namespace

SandboxHarness::SandboxHarness()
{
    m_options.inMemory = true;
    m_options.rateLimits = false;
}

SandboxHarness::~SandboxHarness() = default;

bool SandboxHarness::start()
{
    using namespace Sandbox;
    m_services = std::make_unique<Services>(m_options);
    if (!m_services->open())
        return false;
    m_router = std::make_unique<Router>(*m_services);
    // The families SandboxServer::addRoutes() registers.
    addHealthRoutes(*m_router);
    addAccountRoutes(*m_router);
    addSessionRoutes(*m_router);
    addActivityRoutes(*m_router);
    addTargetRoutes(*m_router);
    addAuthRoutes(*m_router);
    m_http = std::make_unique<HttpFrontend>(
            [this](const QHttpServerRequest &request, const Response *instead) {
                return m_router->dispatch(request, instead);
            });
    m_port = m_http->listen(QHostAddress::LocalHost, 0);
    if (m_port == 0)
        return false;
    m_credential = signIn();
    if (m_credential.isEmpty())
        return false;

    const auto tables =
            m_services->db.all(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                              "AND name NOT LIKE 'sqlite_stat%'"));
    for (const QVariantMap &row : tables) {
        const QString table = row.value(QStringLiteral("name")).toString();
        m_tables.append(table);
        m_services->db.exec(QStringLiteral("CREATE TEMP TABLE \"snapshot_%1\" AS SELECT * FROM "
                                           "main.\"%1\"")
                                    .arg(table));
    }
    return true;
}

void SandboxHarness::restore()
{
    for (const QString &table : std::as_const(m_tables)) {
        m_services->db.exec(QStringLiteral("DELETE FROM main.\"%1\"").arg(table));
        m_services->db.exec(QStringLiteral("INSERT INTO main.\"%1\" SELECT * FROM "
                                           "temp.\"snapshot_%1\"")
                                    .arg(table));
    }
}

QByteArray SandboxHarness::signIn()
{
    const auto post = [this](const QByteArray &path, const QJsonObject &body) {
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Appwrite-Project: "
                            + m_options.projectId.toUtf8()
                            + "\r\nContent-Type: application/json\r\nContent-Length: "
                            + QByteArray::number(json.size()) + "\r\n\r\n" + json,
                    30000);
    };
    const QString email = QString::fromLatin1(userEmail);
    const QString password = QString::fromLatin1(userPassword);
    const QByteArray created = post("/v1/account",
                                    {{QStringLiteral("userId"), QStringLiteral("fuzzer")},
                                     {QStringLiteral("email"), email},
                                     {QStringLiteral("password"), password},
                                     {QStringLiteral("name"), QStringLiteral("Fuzzer")}});
    m_userId = QJsonDocument::fromJson(bodyOf(created)).object().value(u"$id").toString().toUtf8();
    const QByteArray session =
            post("/v1/account/sessions/email",
                 {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    m_sessionId =
            QJsonDocument::fromJson(bodyOf(session)).object().value(u"$id").toString().toUtf8();
    const QByteArray cookie = "a_session_" + m_options.projectId.toUtf8() + "=";
    const qsizetype at = session.indexOf(cookie);
    if (m_userId.isEmpty() || m_sessionId.isEmpty() || at < 0)
        return {};
    const qsizetype start = at + cookie.size();
    return session.mid(start, session.indexOf(';', start) - start);
}

QHash<QByteArray, QByteArray> SandboxHarness::placeholders() const
{
    return {{"@USER@", m_userId},
            {"@SESSIONID@", m_sessionId},
            {"@SESSION@", m_credential},
            {"@JWT@",
             m_services->jwt.issue(QString::fromUtf8(m_userId), QString::fromUtf8(m_sessionId))
                     .toUtf8()}};
}

QByteArray SandboxHarness::build(const QByteArray &text) const
{
    QByteArray filled = text;
    if (filled.contains('@')) {
        const auto values = placeholders();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            filled.replace(it.key(), it.value());
    }
    const qsizetype headEnd = filled.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? filled : filled.left(headEnd);
    const QByteArray body = headEnd < 0 ? QByteArray() : filled.mid(headEnd + 2);
    QList<QByteArray> lines = head.split('\n');
    QByteArray requestLine = lines.takeFirst().trimmed();
    if (!requestLine.contains(' '))
        requestLine.prepend("GET ");
    QByteArray request = requestLine + " HTTP/1.1\r\n";
    bool hasHost = false;
    for (QByteArray line : std::as_const(lines)) {
        line = line.trimmed();
        const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
        // The harness frames the request itself; the fuzzer varies what the router reads.
        if (line.isEmpty() || name == "content-length" || name == "transfer-encoding"
            || name == "connection" || name == "expect" || name == "upgrade")
            continue;
        hasHost = hasHost || name == "host";
        request += line + "\r\n";
    }
    if (!hasHost)
        request += "Host: localhost\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return request;
}

QByteArray SandboxHarness::send(const QByteArray &request, int timeoutMs)
{
    QTcpSocket socket;
    QByteArray answer;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(request); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        answer += socket.readAll();
        if (complete(answer))
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    timeout.start(timeoutMs);
    loop.exec();
    socket.abort();
    // Let the server see the close and delete its side of the connection.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // FUZZ_TRACE=1 shows each request's answer line, to check inputs reach the routes.
    static const bool trace = qEnvironmentVariableIsSet("FUZZ_TRACE");
    if (trace)
        qInfo("%s -> %s", request.left(request.indexOf('\r')).constData(),
              complete(answer) ? answer.left(answer.indexOf('\r')).constData() : "no answer");
    return complete(answer) ? answer : QByteArray();
}
