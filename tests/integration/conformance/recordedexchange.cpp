#include "recordedexchange.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Conformance {

bool HttpAnswer::hasHeader(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray HttpAnswer::header(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

namespace {

QList<QByteArray> readLines(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString());
        return {};
    }
    QList<QByteArray> lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    return lines;
}

HttpAnswer answerFromJson(const QJsonObject &response)
{
    HttpAnswer answer;
    answer.status = response.value(u"status").toInt();
    for (const QJsonValue &pair : response.value(u"headers").toArray()) {
        const QJsonArray nameValue = pair.toArray();
        answer.headers.append(
                {nameValue.at(0).toString().toUtf8(), nameValue.at(1).toString().toUtf8()});
    }
    for (const QJsonValue &cookie : response.value(u"setCookie").toArray())
        answer.setCookies.append(cookie.toString().toUtf8());
    answer.body = response.value(u"body");
    if (answer.body.isString() && answer.body.toString().isEmpty())
        answer.body = QJsonValue::Null;
    if (answer.body.isUndefined())
        answer.body = QJsonValue::Null;
    return answer;
}

} // namespace

QList<RecordedExchange> loadTranscripts(const QString &fileName, QString *error)
{
    QList<RecordedExchange> exchanges;
    for (const QByteArray &line : readLines(fileName, error)) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.isEmpty()) {
            *error = QStringLiteral("%1: a line is not a JSON object").arg(fileName);
            return {};
        }
        RecordedExchange exchange;
        exchange.step = object.value(u"step").toString();
        exchange.at = QDateTime::fromString(object.value(u"at").toString(), Qt::ISODateWithMs);
        const QJsonObject request = object.value(u"request").toObject();
        exchange.request.method = request.value(u"method").toString();
        exchange.request.path = request.value(u"path").toString();
        exchange.request.query = request.value(u"query").toObject();
        exchange.request.headers = request.value(u"headers").toObject();
        exchange.request.body = request.value(u"body");
        if (exchange.request.body.isUndefined())
            exchange.request.body = QJsonValue::Null;
        exchange.response = answerFromJson(object.value(u"response").toObject());
        exchanges.append(exchange);
    }
    return exchanges;
}

QList<RecordedMessage> loadOutbox(const QString &fileName, QString *error)
{
    static const QRegularExpression link(QStringLiteral("(https?://[^\\s\"<>]+)"));
    static const QRegularExpression linkSecret(QStringLiteral("[?&]secret=([0-9a-fA-F]+)"));
    static const QRegularExpression code(QStringLiteral("^\\s*(\\d{6})\\s*$"),
                                         QRegularExpression::MultilineOption);
    QList<RecordedMessage> messages;
    for (const QByteArray &line : readLines(fileName, error)) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        RecordedMessage message;
        message.receivedAt =
                QDateTime::fromString(object.value(u"receivedAt").toString(), Qt::ISODateWithMs);
        if (object.value(u"kind").toString() == u"sms") {
            message.channel = QStringLiteral("sms");
            message.secret = object.value(u"body").toObject().value(u"message").toString();
        } else {
            message.channel = QStringLiteral("email");
            message.subject = object.value(u"subject").toString();
            const QString text = object.value(u"text").toString();
            const auto linkMatch = link.match(text);
            if (linkMatch.hasMatch()) {
                message.url = linkMatch.captured(1);
                message.secret = linkSecret.match(message.url).captured(1);
            } else {
                message.secret = code.match(text).captured(1);
            }
        }
        messages.append(message);
    }
    return messages;
}

} // namespace Conformance
