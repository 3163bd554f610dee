#include "answercomparer.h"

#include "bodycomparer.h"
#include "valuemap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Conformance {

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

QByteArray normalisedContentType(const QByteArray &value)
{
    return value.toLower().replace(' ', QByteArray());
}

// A redirect location reduced to what must agree: scheme, user-info, host, path, the names of
// its query parameters and whether it ends with a fragment.
QString locationShape(const QByteArray &location)
{
    static const QRegularExpression parts(
            QStringLiteral("^([a-z]+)://([^/@?#]*@)?([^/?#]*)([^?#]*)(?:\\?([^#]*))?(#.*)?$"));
    const auto match = parts.match(text(location));
    if (!match.hasMatch())
        return text(location);
    QStringList keys;
    const QUrlQuery query(match.captured(5));
    for (const auto &item : query.queryItems())
        keys.append(item.first);
    keys.sort();
    QString shape = match.captured(1) + QStringLiteral("://") + match.captured(2)
            + match.captured(3) + match.captured(4);
    if (match.hasCaptured(5))
        shape += u'?' + keys.join(u'&');
    if (match.hasCaptured(6))
        shape += match.captured(6).isEmpty() ? QStringLiteral("#") : match.captured(6);
    return shape;
}

QJsonObject locationError(const QByteArray &location)
{
    const QUrlQuery query(QUrl::fromEncoded(location));
    const QString error =
            query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded).replace(u'+', u' ');
    return QJsonDocument::fromJson(error.toUtf8()).object();
}

struct ParsedCookie
{
    QByteArray value;
    QMap<QByteArray, QByteArray> attributes; //!< lower-case names
};

QMap<QByteArray, ParsedCookie> parseCookies(const QList<QByteArray> &setCookies)
{
    QMap<QByteArray, ParsedCookie> cookies;
    for (const QByteArray &setCookie : setCookies) {
        const QList<QByteArray> parts = setCookie.split(';');
        const QByteArray first = parts.first().trimmed();
        const qsizetype equals = first.indexOf('=');
        ParsedCookie cookie;
        cookie.value = first.mid(equals + 1);
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray part = parts.at(i).trimmed();
            const qsizetype partEquals = part.indexOf('=');
            if (partEquals < 0)
                cookie.attributes.insert(part.toLower(), QByteArray());
            else
                cookie.attributes.insert(part.left(partEquals).trimmed().toLower(),
                                         part.mid(partEquals + 1).trimmed());
        }
        cookies.insert(first.left(equals), cookie);
    }
    return cookies;
}

// A session cookie's value: base64 of {"id":<userId>,"secret":<hex>}, possibly URL-encoded.
QJsonObject cookiePayload(const QByteArray &value)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(QByteArray::fromPercentEncoding(value)))
            .object();
}

QString errorTypeInHtml(const QByteArray &html)
{
    static const QRegularExpression type(QStringLiteral("Type\\s*(?:<[^>]*>\\s*)*([a-z0-9_]+)"));
    return type.match(text(html)).captured(1);
}

} // namespace

QStringList AnswerComparer::compare(const HttpAnswer &real, const HttpAnswer &sandbox)
{
    m_differences.clear();
    compareStatus(real, sandbox);
    compareBody(real, sandbox);
    compareHeaders(real, sandbox);
    compareCookies(real.setCookies, sandbox.setCookies);
    return m_differences;
}

void AnswerComparer::compareStatus(const HttpAnswer &real, const HttpAnswer &sandbox)
{
    if (real.status != sandbox.status)
        m_differences.append(
                QStringLiteral("status: real %1, sandbox %2").arg(real.status).arg(sandbox.status));
}

void AnswerComparer::compareBody(const HttpAnswer &real, const HttpAnswer &sandbox)
{
    if (real.status < 400 && sandbox.status >= 400 && sandbox.body.isObject()) {
        // The fields of a success body against an error body say nothing more than the error.
        const QJsonObject error = sandbox.body.toObject();
        m_differences.append(
                QStringLiteral("body: sandbox error %1 \"%2\"")
                        .arg(error.value(u"type").toString(), error.value(u"message").toString()));
        return;
    }
    if (real.isJson()) {
        if (!sandbox.isJson()) {
            m_differences.append(
                    QStringLiteral("body: real JSON, sandbox %1")
                            .arg(sandbox.rawBody.isEmpty()
                                         ? QStringLiteral("empty")
                                         : u'"' + text(sandbox.rawBody.left(120)) + u'"'));
            return;
        }
        m_differences.append(
                BodyComparer(m_map, m_options.realTime).compare(real.body, sandbox.body));
        return;
    }
    if (real.body.isNull()) {
        if (!sandbox.rawBody.isEmpty())
            m_differences.append(QStringLiteral("body: real empty, sandbox \"%1\"")
                                         .arg(text(sandbox.rawBody.left(120))));
        return;
    }
    // An HTML error page: the error type it names must agree.
    const QString realType = errorTypeInHtml(real.body.toString().toUtf8());
    if (sandbox.isJson()) {
        m_differences.append(QStringLiteral("body: real an HTML page, sandbox JSON %1")
                                     .arg(text(sandbox.rawBody.left(160))));
    } else if (!realType.isEmpty() && !sandbox.rawBody.contains(realType.toUtf8())) {
        m_differences.append(
                QStringLiteral("body: the real HTML page names error type %1, the sandbox's "
                               "page does not")
                        .arg(realType));
    }
}

void AnswerComparer::compareHeaders(const HttpAnswer &real, const HttpAnswer &sandbox)
{
    const QByteArray realType = real.header("Content-Type");
    const QByteArray sandboxType = sandbox.header("Content-Type");
    if (normalisedContentType(realType) != normalisedContentType(sandboxType))
        m_differences.append(QStringLiteral("header Content-Type: real \"%1\", sandbox \"%2\"")
                                     .arg(text(realType), text(sandboxType)));

    static const QList<QByteArray> exactHeaders{"X-Debug-Fallback", "Access-Control-Allow-Origin",
                                                "Access-Control-Allow-Credentials",
                                                "Access-Control-Expose-Headers"};
    for (const QByteArray &name : exactHeaders) {
        if (real.hasHeader(name) != sandbox.hasHeader(name)
            || real.header(name) != sandbox.header(name)) {
            m_differences.append(
                    QStringLiteral("header %1: real %2, sandbox %3")
                            .arg(text(name),
                                 real.hasHeader(name) ? u'"' + text(real.header(name)) + u'"'
                                                      : QStringLiteral("absent"),
                                 sandbox.hasHeader(name) ? u'"' + text(sandbox.header(name)) + u'"'
                                                         : QStringLiteral("absent")));
        }
    }

    const QByteArray realFallback = real.header("X-Fallback-Cookies");
    const QByteArray sandboxFallback = sandbox.header("X-Fallback-Cookies");
    if (real.hasHeader("X-Fallback-Cookies") != sandbox.hasHeader("X-Fallback-Cookies")) {
        m_differences.append(
                QStringLiteral("header X-Fallback-Cookies: real %1, sandbox %2")
                        .arg(real.hasHeader("X-Fallback-Cookies") ? QStringLiteral("present")
                                                                  : QStringLiteral("absent"),
                             sandbox.hasHeader("X-Fallback-Cookies") ? QStringLiteral("present")
                                                                     : QStringLiteral("absent")));
    } else if (real.hasHeader("X-Fallback-Cookies")) {
        const QJsonDocument realDocument = QJsonDocument::fromJson(realFallback);
        const QJsonDocument sandboxDocument = QJsonDocument::fromJson(sandboxFallback);
        const bool sameShape = realDocument.isArray()
                ? sandboxDocument.isArray() && sandboxDocument.array() == realDocument.array()
                : sandboxDocument.isObject()
                        && sandboxDocument.object().keys() == realDocument.object().keys();
        if (!sameShape)
            m_differences.append(
                    QStringLiteral("header X-Fallback-Cookies: real shape %1, sandbox \"%2\"")
                            .arg(realDocument.isArray() ? text(realFallback)
                                                        : QStringLiteral("{")
                                                 + realDocument.object().keys().join(u',')
                                                 + QStringLiteral(":…}"),
                                 text(sandboxFallback.left(80))));
    }

    if (m_options.rateLimitHeaders) {
        for (const QByteArray &name :
             {QByteArray("X-Ratelimit-Limit"), QByteArray("X-Ratelimit-Remaining"),
              QByteArray("X-Ratelimit-Reset")}) {
            if (real.hasHeader(name) != sandbox.hasHeader(name)) {
                m_differences.append(QStringLiteral("header %1: real %2, sandbox %3")
                                             .arg(text(name),
                                                  real.hasHeader(name) ? QStringLiteral("present")
                                                                       : QStringLiteral("absent"),
                                                  sandbox.hasHeader(name)
                                                          ? QStringLiteral("present")
                                                          : QStringLiteral("absent")));
            } else if ((name == "X-Ratelimit-Limit"
                        || (name == "X-Ratelimit-Remaining" && m_options.rateLimitRemaining))
                       && real.header(name) != sandbox.header(name)) {
                m_differences.append(QStringLiteral("header %1: real \"%2\", sandbox \"%3\"")
                                             .arg(text(name), text(real.header(name)),
                                                  text(sandbox.header(name))));
            }
        }
    }

    if (real.hasHeader("Location") || sandbox.hasHeader("Location"))
        compareLocation(real.header("Location"), sandbox.header("Location"));
}

void AnswerComparer::compareLocation(const QByteArray &real, const QByteArray &sandbox)
{
    if (real.isEmpty() || sandbox.isEmpty()) {
        m_differences.append(
                QStringLiteral("header Location: real %1, sandbox %2")
                        .arg(real.isEmpty() ? QStringLiteral("absent") : u'"' + text(real) + u'"',
                             sandbox.isEmpty() ? QStringLiteral("absent")
                                               : u'"' + text(sandbox) + u'"'));
        return;
    }
    if (!m_options.locationShape)
        return;
    const QString realShape = locationShape(real);
    const QString sandboxShape = locationShape(sandbox);
    if (realShape != sandboxShape)
        m_differences.append(QStringLiteral("header Location: real shape %1, sandbox shape %2 "
                                            "(sandbox \"%3\")")
                                     .arg(realShape, sandboxShape, text(sandbox.left(200))));
    const QJsonObject realError = locationError(real);
    if (!realError.isEmpty()) {
        const QJsonObject sandboxError = locationError(sandbox);
        m_differences.append(BodyComparer(m_map, m_options.realTime)
                                     .compare(realError, sandboxError)
                                     .replaceInStrings(QRegularExpression(QStringLiteral("^body")),
                                                       QStringLiteral("Location error")));
    }
}

void AnswerComparer::compareCookies(const QList<QByteArray> &real, const QList<QByteArray> &sandbox)
{
    const auto realCookies = parseCookies(real);
    const auto sandboxCookies = parseCookies(sandbox);
    for (auto it = realCookies.begin(); it != realCookies.end(); ++it) {
        if (!sandboxCookies.contains(it.key())) {
            m_differences.append(
                    QStringLiteral("Set-Cookie %1: missing in sandbox").arg(text(it.key())));
            continue;
        }
        const ParsedCookie &sandboxCookie = sandboxCookies.value(it.key());
        if (it->value == "deleted" && sandboxCookie.value != "deleted")
            m_differences.append(QStringLiteral("Set-Cookie %1: real value \"deleted\", sandbox "
                                                "\"%2\"")
                                         .arg(text(it.key()), text(sandboxCookie.value.left(40))));
        const QJsonObject realPayload = cookiePayload(it->value);
        if (!realPayload.isEmpty()) {
            const QJsonObject sandboxPayload = cookiePayload(sandboxCookie.value);
            if (realPayload.keys() != sandboxPayload.keys()
                || realPayload.value(u"secret").toString().size()
                        != sandboxPayload.value(u"secret").toString().size()
                || m_map.toReal(sandboxPayload.value(u"id").toString())
                        != realPayload.value(u"id").toString())
                m_differences.append(
                        QStringLiteral("Set-Cookie %1: value real base64 of {%2} (id \"%3\", "
                                       "%4-char secret), sandbox {%5} (id \"%6\", %7-char "
                                       "secret)")
                                .arg(text(it.key()), realPayload.keys().join(u','),
                                     realPayload.value(u"id").toString())
                                .arg(realPayload.value(u"secret").toString().size())
                                .arg(sandboxPayload.keys().join(u','),
                                     sandboxPayload.value(u"id").toString())
                                .arg(sandboxPayload.value(u"secret").toString().size()));
        }
        const QStringList realNames =
                QString::fromUtf8(it->attributes.keys().join(',')).split(u',');
        const QStringList sandboxNames =
                QString::fromUtf8(sandboxCookie.attributes.keys().join(',')).split(u',');
        if (realNames != sandboxNames)
            m_differences.append(
                    QStringLiteral("Set-Cookie %1: attributes real [%2], sandbox [%3]")
                            .arg(text(it.key()), realNames.join(u", "), sandboxNames.join(u", ")));
        for (const QByteArray &name : {QByteArray("path"), QByteArray("samesite"),
                                       QByteArray("max-age"), QByteArray("domain")}) {
            const QByteArray realValue = it->attributes.value(name);
            const QByteArray sandboxValue = sandboxCookie.attributes.value(name);
            if (realValue.toLower() != sandboxValue.toLower())
                m_differences.append(QStringLiteral("Set-Cookie %1: %2 real \"%3\", sandbox \"%4\"")
                                             .arg(text(it.key()), text(name), text(realValue),
                                                  text(sandboxValue)));
        }
        if (it->value == "deleted"
            && it->attributes.value("expires") != sandboxCookie.attributes.value("expires"))
            m_differences.append(QStringLiteral("Set-Cookie %1: expires real \"%2\", sandbox "
                                                "\"%3\"")
                                         .arg(text(it.key()), text(it->attributes.value("expires")),
                                              text(sandboxCookie.attributes.value("expires"))));
    }
    for (auto it = sandboxCookies.begin(); it != sandboxCookies.end(); ++it) {
        if (!realCookies.contains(it.key()))
            m_differences.append(
                    QStringLiteral("Set-Cookie %1: sent by sandbox only").arg(text(it.key())));
    }
}

} // namespace Conformance
