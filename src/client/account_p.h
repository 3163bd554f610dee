#pragma once

// Shared by the account_*.cpp files: turning a JSON answer into a model.

#include "client/client.h"
#include "client/result.h"
#include "client/validation.h"

#include <QUrl>

namespace Appwrite::detail {

template<typename T>
Callback<QJsonObject> expect(Callback<T> done)
{
    return [done = std::move(done)](const Result<QJsonObject> &result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        QString why;
        if (auto model = T::fromJson(result.value(), &why))
            done(std::move(*model));
        else
            done(Error::invalidResponse(why));
    };
}

inline Callback<QJsonObject> expectNothing(Callback<void> done)
{
    return [done = std::move(done)](const Result<QJsonObject> &result) {
        if (result.ok())
            done(Result<void>());
        else
            done(result.error());
    };
}

//! Sends the call, or delivers \a invalid instead when a parameter check failed.
inline void send(Client *client, const Validation::Check &invalid, Client::Method method,
                 const QString &path, const QJsonObject &params, QObject *context,
                 Callback<QJsonObject> done)
{
    if (invalid)
        client->fail(context, *invalid, std::move(done));
    else
        client->call(method, path, params, context, std::move(done));
}

//! A path segment (an ID) percent-encoded.
inline QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

//! The browser URL of an OAuth2 web-auth route (\a path ends with '/'; provider appended).
Result<QUrl> oauth2Url(const Client *client, const QString &path, const QString &provider,
                       const QString &success, const QString &failure, const QStringList &scopes);

} // namespace Appwrite::detail
