#include "sandbox/requestcontext.h"

#include "sandbox/services.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Sandbox {

namespace {

// queries[]=a&queries[0]=b style arrays become JSON arrays, as PHP reads them.
void addQueryItem(QJsonObject &params, const QString &key, const QString &value)
{
    static const QRegularExpression arrayKey(QStringLiteral("^([^\\[]+)\\[(\\d*)\\]$"));
    const auto match = arrayKey.match(key);
    if (!match.hasMatch()) {
        params.insert(key, value);
        return;
    }
    QJsonArray array = params.value(match.captured(1)).toArray();
    array.append(value);
    params.insert(match.captured(1), array);
}

//! Query and form items as PHP reads them: '+' is a space (HTML forms send it so), '%2B' a plus.
QList<std::pair<QString, QString>> formItems(QString encoded)
{
    return QUrlQuery(encoded.replace(QLatin1Char('+'), QStringLiteral("%20")))
            .queryItems(QUrl::FullyDecoded);
}

QJsonObject parseBody(const QByteArray &contentType, const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return {};
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
        QJsonObject params;
        for (const auto &[key, value] : formItems(QString::fromUtf8(body)))
            addQueryItem(params, key, value);
        return params;
    }
    return QJsonDocument::fromJson(body).object();
}

} // namespace

RequestContext::RequestContext(Services &services_, const QHttpServerRequest &request)
    : services(services_)
{
    for (const auto &[name, value] : request.headers())
        m_headers.insert(name.toLower(), value);
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        method = "PUT";
        break;
    case QHttpServerRequest::Method::Patch:
        method = "PATCH";
        break;
    case QHttpServerRequest::Method::Delete:
        method = "DELETE";
        break;
    case QHttpServerRequest::Method::Options:
        method = "OPTIONS";
        break;
    case QHttpServerRequest::Method::Head:
        method = "HEAD";
        break;
    default:
        method = "OTHER";
        break;
    }
    path = request.url().path();
    host = QString::fromUtf8(header("host")).section(u':', 0, 0);
    if (host.isEmpty())
        host = request.url().host();
    ip = request.remoteAddress().toString();
    if (ip.startsWith(QStringLiteral("::ffff:")))
        ip = ip.mid(7);
    userAgent = QString::fromUtf8(header("user-agent"));
    origin = QString::fromUtf8(header("origin"));
    if (origin.isEmpty())
        origin = QString::fromUtf8(header("referer"));

    params = parseBody(header("content-type"), request.body());
    for (const auto &[key, value] : formItems(request.query().query(QUrl::FullyEncoded))) {
        if (!params.contains(key) || key.contains(u'['))
            addQueryItem(params, key, value);
    }
    project = request.query().queryItemValue(QStringLiteral("project"), QUrl::FullyDecoded);
    if (project.isEmpty())
        project = QString::fromUtf8(header("x-appwrite-project"));

    const QList<QByteArray> pairs = header("cookie").split(';');
    for (const QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0)
            cookies.insert(QString::fromUtf8(pair.left(eq).trimmed()),
                           QString::fromUtf8(pair.mid(eq + 1).trimmed()));
    }
}

QByteArray RequestContext::header(const QByteArray &name) const
{
    return m_headers.value(name.toLower());
}

bool RequestContext::has(const QString &name) const
{
    const QJsonValue v = params.value(name);
    return !v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().isEmpty());
}

QString RequestContext::userId() const
{
    return user ? user->value(QStringLiteral("id")).toString() : QString();
}

QString RequestContext::sessionId() const
{
    return session ? session->value(QStringLiteral("id")).toString() : QString();
}

void RequestContext::reloadUser()
{
    if (user)
        user = services.users.find(userId());
}

QStringList RequestContext::allowedHosts() const
{
    // The real server's list: console hosts (localhost, its own hostname, appwrite.io and
    // *.appwrite.io by default) and the project's web platforms.
    QStringList hosts{QStringLiteral("localhost")};
    if (!host.isEmpty() && !hosts.contains(host))
        hosts.append(host);
    hosts << QStringLiteral("appwrite.io") << QStringLiteral("*.appwrite.io");
    for (const QString &platform : services.options.platforms) {
        if (!hosts.contains(platform))
            hosts.append(platform);
    }
    return hosts;
}

} // namespace Sandbox
