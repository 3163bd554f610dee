#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

//! Reads the sandbox's outbox (GET {endpoint}/sandbox/outbox?to=...) and follows the sandbox's
//! OAuth2 consent page like a browser would.
class SandboxOutbox
{
public:
    explicit SandboxOutbox(const QUrl &endpoint)
        : m_endpoint(endpoint)
    { }
    //! The newest message sent to \a to, or an empty object.
    QJsonObject latest(const QString &to);
    //! Approves the consent page behind \a authUrl as \a email; the success address the browser
    //! would be sent to (with userId and secret), or an empty URL.
    QUrl approveOAuth(const QUrl &authUrl, const QString &email);

private:
    //! GET without following redirects; the Location header of a redirect, else the body.
    QByteArray get(const QUrl &url, QUrl *location = nullptr);

    QUrl m_endpoint;
    QNetworkAccessManager m_network;
};
