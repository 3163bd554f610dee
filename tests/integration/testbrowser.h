#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

#include <functional>
#include <memory>

//! Plays the system browser in tests: follows redirects one hop at a time (so each address is
//! visible) and approves or denies the sandbox's OAuth2 consent page.
class TestBrowser
{
public:
    struct Page
    {
        QUrl url; //!< the address the browser ended on
        int status = 0; //!< 0 when nothing answered there
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };

    //! GETs \a url and follows redirects; \a stopAt (if given) ends the walk before an address
    //! that satisfies it is requested.
    Page browse(QUrl url, const std::function<bool(const QUrl &)> &stopAt = {})
    {
        Page page;
        for (int hop = 0; hop < 10; ++hop) {
            page.url = url;
            if (stopAt && stopAt(url))
                return page;
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::ManualRedirectPolicy);
            std::unique_ptr<QNetworkReply> reply(m_network.get(request));
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            if (!reply->isFinished() && !finished.wait(15000))
                return page;
            page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            page.body = reply->readAll();
            page.error = reply->error();
            const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
            if (page.status < 300 || page.status >= 400 || !location.isValid())
                return page;
            url = url.resolved(location);
        }
        return page;
    }

    //! From the sign-in address to the consent page, then the decision ("approve" as \a email,
    //! or "deny"), then wherever the redirects lead (the app's loopback listener).
    Page decide(const QUrl &authUrl, const QString &decision, const QString &email = {},
                const std::function<bool(const QUrl &)> &stopAt = {})
    {
        const Page consent = browse(authUrl, [](const QUrl &url) {
            return url.path().endsWith(QStringLiteral("/authorize"));
        });
        QUrl url = consent.url;
        if (!url.path().endsWith(QStringLiteral("/authorize")))
            return consent;
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("decision"), decision);
        if (!email.isEmpty()) {
            query.addQueryItem(QStringLiteral("email"), email);
            query.addQueryItem(QStringLiteral("name"), QStringLiteral("Browser Tester"));
        }
        url.setQuery(query);
        return browse(url, stopAt);
    }

private:
    QNetworkAccessManager m_network;
};
