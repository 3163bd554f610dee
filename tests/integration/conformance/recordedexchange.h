#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace Conformance {

//! One HTTP answer, recorded from the real server or received from the sandbox.
struct HttpAnswer
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; //!< names as sent, in order
    QList<QByteArray> setCookies; //!< one entry per Set-Cookie header
    QJsonValue body; //!< parsed JSON, or the text as a string, or null when empty
    QByteArray rawBody;

    bool hasHeader(QByteArrayView name) const;
    //! The first value of \a name (case-insensitive), empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool isJson() const { return body.isObject() || body.isArray(); }
};

//! A request as the real run sent it.
struct RecordedRequest
{
    QString method;
    QString path;
    QJsonObject query; //!< values are strings or arrays of strings
    QJsonObject headers; //!< lower-case names
    QJsonValue body; //!< null when no body was sent
};

struct RecordedExchange
{
    QString step;
    QDateTime at;
    RecordedRequest request;
    HttpAnswer response;
};

//! An email or SMS the real server delivered, reduced to what a replay needs.
struct RecordedMessage
{
    QString channel; //!< "email" or "sms"
    QDateTime receivedAt;
    QString subject;
    QString secret; //!< the link secret or the code
    QString url; //!< the link, for emails that carry one
};

QList<RecordedExchange> loadTranscripts(const QString &fileName, QString *error);
QList<RecordedMessage> loadOutbox(const QString &fileName, QString *error);

} // namespace Conformance
