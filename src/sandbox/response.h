#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <functional>

class QHttpServerRequest;

namespace Sandbox {

class ApiError;

//! What a route answers. The router adds the common Appwrite headers (CORS, X-Debug-Fallback,
//! rate-limit) before it goes on the wire.
class Response
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    static Response json(int status, const QJsonObject &body);
    static Response json(int status, const QJsonArray &body);
    //! \a compactJson already written (a memoised model).
    static Response jsonText(int status, const QByteArray &compactJson);
    //! 204, empty body (the real server still says Content-Type: text/html).
    static Response noContent();
    //! 301 to \a location, empty body.
    static Response redirect(const QByteArray &location);
    //! `{message, code, type, version}` with the no-cache headers of an error.
    static Response error(const ApiError &error);
    //! An arbitrary body (e.g. the HTML pages of web-auth routes).
    static Response raw(int status, const QByteArray &contentType, const QByteArray &body);

    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    const Headers &headers() const { return m_headers; }
    //! Replaces any header of that name (case-insensitive).
    void setHeader(const QByteArray &name, const QByteArray &value);
    //! Appends, keeping others of the same name (Set-Cookie).
    void addHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

private:
    int m_status = 200;
    QByteArray m_body;
    Headers m_headers;
};

//! Answers a request. With \a instead, answers that instead of running the request's route, with
//! the same common headers (a fault the sandbox was asked to inject, its fault controls).
using Dispatch =
        std::function<Response(const QHttpServerRequest &request, const Response *instead)>;

} // namespace Sandbox
