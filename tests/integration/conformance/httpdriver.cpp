#include "httpdriver.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QTimer>

namespace Conformance {

namespace {

// The replay passes cookies by hand, as the real run's client did: nothing may be kept.
class NoCookies : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

constexpr int replyTimeoutMs = 30000;

} // namespace

HttpDriver::HttpDriver(const QUrl &endpoint)
    : m_endpoint(endpoint)
{
    m_network.setCookieJar(new NoCookies(&m_network));
}

QUrl HttpDriver::url(const QString &path, const QString &encodedQuery) const
{
    QUrl url = m_endpoint;
    url.setPath(path);
    url.setQuery(encodedQuery, QUrl::StrictMode);
    url.setFragment(QString());
    return url;
}

QUrl HttpDriver::toSandbox(const QUrl &location) const
{
    QUrl url = location;
    url.setScheme(m_endpoint.scheme());
    url.setHost(m_endpoint.host());
    url.setPort(m_endpoint.port());
    url.setUserInfo(QString());
    return url;
}

bool HttpDriver::isSandboxUrl(const QUrl &url) const
{
    const bool sandboxHost = url.host() == m_endpoint.host() || url.host() == u"localhost";
    return sandboxHost && url.path().startsWith(u"/v1/");
}

HttpAnswer HttpDriver::send(const QByteArray &method, const QUrl &url, const Headers &headers,
                            const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);

    QBuffer *payload = nullptr;
    if (!body.isNull()) {
        payload = new QBuffer;
        payload->setData(body);
        payload->open(QIODevice::ReadOnly);
    }
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, payload));
    if (payload)
        payload->setParent(reply.get());

    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(replyTimeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    HttpAnswer answer;
    if (!reply->isFinished()) {
        reply->abort();
        answer.body = QStringLiteral("no answer within %1 ms").arg(replyTimeoutMs);
        return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer.status == 0) {
        answer.body = reply->errorString();
        return answer;
    }
    for (const auto &header : reply->rawHeaderPairs()) {
        if (header.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &cookie : header.second.split('\n'))
                answer.setCookies.append(cookie);
        }
        answer.headers.append(header);
    }
    answer.rawBody = reply->readAll();
    if (answer.rawBody.isEmpty()) {
        answer.body = QJsonValue::Null;
    } else {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(answer.rawBody, &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            answer.body = document.object();
        else if (error.error == QJsonParseError::NoError && document.isArray())
            answer.body = document.array();
        else
            answer.body = QString::fromUtf8(answer.rawBody);
    }
    return answer;
}

QJsonArray HttpDriver::outbox(const Headers &headers)
{
    const HttpAnswer answer = send("GET", url(QStringLiteral("/v1/sandbox/outbox")), headers);
    return answer.body.toObject().value(u"messages").toArray();
}

} // namespace Conformance
