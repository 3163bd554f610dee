#pragma once

#include "recordedexchange.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QUrl>

namespace Conformance {

//! Plain HTTP to the sandbox: no cookie jar, no redirects followed, every header as given.
class HttpDriver
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpDriver(const QUrl &endpoint);

    //! Sends and waits for the whole answer; status 0 with the error text as body on failure.
    HttpAnswer send(const QByteArray &method, const QUrl &url, const Headers &headers,
                    const QByteArray &body = {});
    //! \a path is the absolute path the real server saw, e.g. /v1/account.
    QUrl url(const QString &path, const QString &encodedQuery = {}) const;
    //! Points a location the sandbox built for another host (localhost) back at the sandbox.
    QUrl toSandbox(const QUrl &location) const;
    bool isSandboxUrl(const QUrl &url) const;
    //! The messages currently in the sandbox outbox, oldest first.
    QJsonArray outbox(const Headers &headers);

private:
    QUrl m_endpoint;
    QNetworkAccessManager m_network;
};

} // namespace Conformance
