#pragma once

#include "client/error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Appwrite {

//! The spec's parameter rules, checked before a request is sent. Each check returns the
//! Error (Kind::Validation, field = \a param, translated message) or nothing when valid.
class Validation
{
public:
    using Check = std::optional<Error>;

    //! A new custom ID: 1-36 of a-zA-Z0-9._-, no leading special char; or "unique()".
    static Check newId(const QString &param, const QString &value);
    //! An existing ID (user, identity, target, challenge): the custom-ID rule.
    static Check id(const QString &param, const QString &value);
    //! A session ID, or "current".
    static Check sessionId(const QString &param, const QString &value);
    static Check email(const QString &param, const QString &value);
    //! 8 to 256 bytes, as the server counts them.
    static Check password(const QString &param, const QString &value);
    //! At most 128 characters.
    static Check name(const QString &param, const QString &value);
    //! '+', then up to 15 digits (E.164).
    static Check phone(const QString &param, const QString &value);
    //! At most 64 kB once encoded as JSON.
    static Check prefs(const QString &param, const QJsonObject &value);
    //! An absolute URL with a scheme and a host.
    static Check url(const QString &param, const QString &value);
    //! A non-empty string (secrets, codes, identifiers).
    static Check required(const QString &param, const QString &value);
    //! At most 100 queries of at most 4096 characters each.
    static Check queries(const QString &param, const QStringList &values);
    //! One of the spec's OAuthProvider values.
    static Check oauthProvider(const QString &param, const QString &value);

    //! The OAuthProvider enum of the 1.5 spec.
    static const QStringList &oauthProviders();

    //! The first failing check of \a checks, if any.
    static Check first(std::initializer_list<Check> checks);
};

} // namespace Appwrite
