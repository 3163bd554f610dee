#include "sandbox/response.h"

#include "sandbox/apierror.h"

#include <QJsonDocument>

namespace Sandbox {

namespace {
const QByteArray jsonType = QByteArrayLiteral("application/json; charset=UTF-8");
}

Response Response::json(int status, const QJsonObject &body)
{
    return raw(status, jsonType, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Response Response::json(int status, const QJsonArray &body)
{
    return raw(status, jsonType, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Response Response::jsonText(int status, const QByteArray &compactJson)
{
    return raw(status, jsonType, compactJson);
}

Response Response::noContent()
{
    return raw(204, QByteArrayLiteral("text/html"), QByteArray());
}

Response Response::redirect(const QByteArray &location)
{
    Response response = raw(301, QByteArrayLiteral("text/html"), QByteArray());
    response.setHeader(QByteArrayLiteral("Location"), location);
    return response;
}

Response Response::error(const ApiError &error)
{
    const int status = error.httpStatus();
    // Codes the real server does not pass through are masked, but the type survives.
    const bool masked = status != error.code();
    Response response =
            json(status,
                 QJsonObject{{QStringLiteral("message"),
                              masked ? QStringLiteral("Server Error") : error.message()},
                             {QStringLiteral("code"), status},
                             {QStringLiteral("type"), error.type()},
                             {QStringLiteral("version"), QStringLiteral("1.5.11")}});
    response.setHeader(QByteArrayLiteral("Cache-Control"),
                       QByteArrayLiteral("no-cache, no-store, must-revalidate"));
    response.setHeader(QByteArrayLiteral("Expires"), QByteArrayLiteral("0"));
    response.setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return response;
}

Response Response::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    Response response;
    response.m_status = status;
    response.m_body = body;
    response.setHeader(QByteArrayLiteral("Content-Type"), contentType);
    return response;
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.removeIf([&](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    m_headers.append({name, value});
}

void Response::addHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

} // namespace Sandbox
