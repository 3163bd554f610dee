#include "sandboxoutbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

QByteArray SandboxOutbox::get(const QUrl &url, QUrl *location)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return {};
    if (location)
        *location = url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
    return reply->readAll();
}

QJsonObject SandboxOutbox::latest(const QString &to)
{
    QUrl url(m_endpoint.toString() + u"/sandbox/outbox"_s);
    // Like PHP, the sandbox reads '+' in a query as a space: a phone number's must be %2B.
    url.setQuery(QUrlQuery{{u"to"_s, QString(to).replace(u'+', u"%2B"_s)}});
    const QJsonArray messages =
            QJsonDocument::fromJson(get(url)).object().value(u"messages"_s).toArray();
    // The sandbox lists the newest first.
    return messages.isEmpty() ? QJsonObject() : messages.first().toObject();
}

QUrl SandboxOutbox::approveOAuth(const QUrl &authUrl, const QString &email)
{
    // The token route redirects to the consent page that stands in for the provider.
    QUrl consent;
    get(authUrl, &consent);
    if (!consent.isValid() || !consent.path().endsWith(u"/authorize"_s))
        return {};
    QUrlQuery query(consent);
    query.addQueryItem(u"decision"_s, u"approve"_s);
    query.addQueryItem(u"email"_s, email);
    query.addQueryItem(u"name"_s, u"OAuth Tester"_s);
    consent.setQuery(query);
    QUrl success;
    get(consent, &success);
    return success;
}
