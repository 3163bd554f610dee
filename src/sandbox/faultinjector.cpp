#include "sandbox/faultinjector.h"

#include "sandbox/apierror.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <utility>

namespace Sandbox {

namespace {

const QString controlPath = QStringLiteral("/v1/sandbox/faults");

bool isApiRequest(const QHttpServerRequest &request)
{
    return !request.url().path().startsWith(QLatin1String("/v1/sandbox/"));
}

QJsonObject toJson(const FaultOptions &options)
{
    QJsonObject json{
            {QStringLiteral("latency"), options.latencyMs},
            {QStringLiteral("failRate"), options.failRate},
            {QStringLiteral("dropRate"), options.dropRate},
            {QStringLiteral("malformedRate"), options.malformedRate},
            {QStringLiteral("truncateRate"), options.truncateRate},
    };
    if (options.seed)
        json.insert(QStringLiteral("seed"), qint64(*options.seed));
    return json;
}

// Sends \a response, or the damage \a fault does to it.
void write(QHttpServerResponder &responder, const Response &response, FaultInjector::Fault fault)
{
    QTcpSocket *socket = responder.socket();
    if (fault == FaultInjector::Fault::Drop) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray body = response.body();
    if (fault == FaultInjector::Fault::Malformed)
        body = "{\"$id\": \"malformed\", " + body.left(body.size() / 2);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status()));
    for (const auto &[name, value] : response.headers())
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    if (fault == FaultInjector::Fault::Truncate) {
        // The length promises the whole body; half of it arrives before the connection ends.
        responder.writeBody(body.left(body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    responder.writeBody(body);
}

} // namespace

FaultInjector::FaultInjector(const FaultOptions &options)
    : m_options(options)
    , m_random(options.seed ? QRandomGenerator(*options.seed) : QRandomGenerator::securelySeeded())
{ }

void FaultInjector::setOptions(const FaultOptions &options)
{
    m_options = options;
    if (options.seed)
        m_random.seed(*options.seed);
}

QString FaultInjector::validate(const FaultOptions &options)
{
    if (options.latencyMs < 0)
        return QStringLiteral("the latency cannot be negative");
    for (const double rate :
         {options.failRate, options.dropRate, options.malformedRate, options.truncateRate}) {
        if (!(rate >= 0 && rate <= 1))
            return QStringLiteral("a fault rate is a number from 0 to 1");
    }
    if (options.totalRate() > 1 + 1e-9)
        return QStringLiteral("the fault rates add up to more than 1");
    return QString();
}

FaultInjector::Fault FaultInjector::draw()
{
    if (m_options.totalRate() <= 0)
        return Fault::None;
    // One draw per request, split by the rates: each fault has exactly its own share.
    double point = m_random.generateDouble();
    const std::pair<double, Fault> shares[] = {{m_options.failRate, Fault::ServerError},
                                               {m_options.dropRate, Fault::Drop},
                                               {m_options.malformedRate, Fault::Malformed},
                                               {m_options.truncateRate, Fault::Truncate}};
    for (const auto &[rate, fault] : shares) {
        if (point < rate)
            return fault;
        point -= rate;
    }
    return Fault::None;
}

std::optional<Response> FaultInjector::control(const QHttpServerRequest &request)
{
    if (request.url().path() != controlPath)
        return std::nullopt;
    if (request.method() == QHttpServerRequest::Method::Patch) {
        const QJsonObject json = QJsonDocument::fromJson(request.body()).object();
        FaultOptions next = m_options;
        next.latencyMs = json.value(QStringLiteral("latency")).toInt(next.latencyMs);
        next.failRate = json.value(QStringLiteral("failRate")).toDouble(next.failRate);
        next.dropRate = json.value(QStringLiteral("dropRate")).toDouble(next.dropRate);
        next.malformedRate =
                json.value(QStringLiteral("malformedRate")).toDouble(next.malformedRate);
        next.truncateRate = json.value(QStringLiteral("truncateRate")).toDouble(next.truncateRate);
        const bool reseed = json.contains(QStringLiteral("seed"));
        if (reseed)
            next.seed = quint32(json.value(QStringLiteral("seed")).toInteger());
        const QString problem = validate(next);
        if (!problem.isEmpty())
            return Response::error(ApiError(ApiError::ArgumentInvalid, problem));
        if (reseed)
            setOptions(next);
        else
            m_options = next;
    } else if (request.method() != QHttpServerRequest::Method::Get) {
        return Response::error(ApiError(ApiError::RouteNotFound));
    }
    QJsonObject json = toJson(m_options);
    json.insert(QStringLiteral("waiting"), m_waiting);
    return Response::json(200, json);
}

void FaultInjector::serve(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                          const Dispatch &dispatch)
{
    if (const auto answer = control(request)) {
        write(responder, dispatch(request, &*answer), Fault::None);
        return;
    }
    const bool api = isApiRequest(request);
    const Fault fault = api ? draw() : Fault::None;
    Response response;
    if (fault == Fault::ServerError) {
        // What Appwrite answers when a route throws something that is not an Appwrite exception.
        const Response serverError = Response::error(
                ApiError(500, QStringLiteral("general_unknown"), QStringLiteral("Server Error")));
        response = dispatch(request, &serverError);
    } else if (fault != Fault::Drop) {
        response = dispatch(request, nullptr);
    }

    const int latency = api ? m_options.latencyMs : 0;
    if (latency <= 0) {
        write(responder, response, fault);
        return;
    }
    // A timer, not a sleep: other connections are served meanwhile. The socket is the timer's
    // context, so a client that gives up (and closes) cancels the late answer.
    QPointer<QTcpSocket> socket = responder.socket();
    auto delayed = std::make_shared<QHttpServerResponder>(std::move(responder));
    auto held = std::make_shared<bool>(true);
    ++m_waiting;
    const auto release = [this, held] {
        if (std::exchange(*held, false))
            --m_waiting;
    };
    QObject::connect(socket.data(), &QObject::destroyed, release);
    QTimer::singleShot(latency, socket.data(), [socket, delayed, response, fault, release] {
        release();
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            write(*delayed, response, fault);
    });
}

} // namespace Sandbox
