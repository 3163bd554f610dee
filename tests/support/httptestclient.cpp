#include "httptestclient.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

#include <memory>

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QList<QByteArray> HttpReply::setCookies() const
{
    QList<QByteArray> cookies;
    for (const auto &[key, value] : headers) {
        if (key.compare("set-cookie", Qt::CaseInsensitive) == 0)
            cookies += value.split('\n');
    }
    return cookies;
}

HttpTestClient::HttpTestClient(const QUrl &endpoint, const QString &project)
    : m_endpoint(endpoint)
    , m_project(project)
{ }

HttpReply HttpTestClient::get(const QString &path, const QUrlQuery &query)
{
    return send("GET", path, QByteArray(), query);
}

HttpReply HttpTestClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply HttpTestClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply HttpTestClient::patch(const QString &path, const QJsonObject &body)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply HttpTestClient::del(const QString &path, const QJsonObject &body)
{
    return send("DELETE", path,
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void HttpTestClient::setHeader(const QByteArray &name, const QByteArray &value)
{
    m_extraHeaders.removeIf([&](const auto &header) { return header.first == name; });
    if (!value.isEmpty())
        m_extraHeaders.append({name, value});
}

HttpReply HttpTestClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                               const QUrlQuery &query)
{
    QUrl url = m_endpoint;
    url.setPath(m_endpoint.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("X-Appwrite-Project", m_project.toUtf8());
    request.setRawHeader("X-Appwrite-Response-Format", "1.5.0");
    request.setRawHeader("User-Agent", m_userAgent);
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    const QByteArray cookieName = "a_session_" + m_project.toUtf8();
    if (!m_session.isEmpty()) {
        switch (m_credential) {
        case Credential::FallbackHeader:
            request.setRawHeader(
                    "X-Fallback-Cookies",
                    QJsonDocument(QJsonObject{{QString::fromUtf8(cookieName), m_session}})
                            .toJson(QJsonDocument::Compact));
            break;
        case Credential::Cookie:
            request.setRawHeader("Cookie", cookieName + '=' + QUrl::toPercentEncoding(m_session));
            break;
        case Credential::LegacyCookie:
            request.setRawHeader("Cookie",
                                 cookieName + "_legacy=" + QUrl::toPercentEncoding(m_session));
            break;
        case Credential::SessionHeader:
            request.setRawHeader("X-Appwrite-Session", m_session.toUtf8());
            break;
        }
    }
    if (!m_jwt.isEmpty())
        request.setRawHeader("X-Appwrite-JWT", m_jwt.toUtf8());
    for (const auto &[name, value] : m_extraHeaders)
        request.setRawHeader(name, value);

    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, verb, buffer));
    buffer->setParent(reply.get());
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    HttpReply result;
    if (!reply->isFinished() && !finished.wait(m_timeoutMs))
        return result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.headers = reply->rawHeaderPairs();

    const QByteArray fallback = result.header("X-Fallback-Cookies");
    if (fallback.trimmed() == "[]") {
        m_session.clear();
    } else if (!fallback.isEmpty()) {
        const QString value = QJsonDocument::fromJson(fallback)
                                      .object()
                                      .value(QString::fromUtf8(cookieName))
                                      .toString();
        if (!value.isEmpty())
            m_session = value;
    }
    return result;
}
