#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Sandbox {

class RequestContext;

//! A parameter check with utopia-php's wording. check() returns nothing when the value is
//! valid, else the validator description that follows "Invalid `<name>` param: ".
struct Validator
{
    std::function<std::optional<QString>(const QJsonValue &value, const RequestContext &ctx)> check;
};

//! One declared route parameter (body, query or {path} segment: all land in one object).
struct Param
{
    QString name;
    Validator validator;
    bool optional = false;

    static Param required(const QString &name, Validator validator)
    {
        return {name, std::move(validator), false};
    }
    static Param optionalParam(const QString &name, Validator validator)
    {
        return {name, std::move(validator), true};
    }
};

namespace Validators {
//! Any string of at most \a max characters (0: unlimited). Text(128) for names.
Validator text(int max);
//! CustomId: a-zA-Z0-9._- up to 36, not starting with a special char, or "unique()".
Validator customId();
//! UID, for IDs in paths (same rule, "UID must ..." wording).
Validator uid();
Validator email();
//! `Password`: 8-256 characters (sign-in and confirmation checks).
Validator password();
//! `PasswordDictionary`: the rule for new passwords, with its "265" wording.
Validator newPassword();
Validator phone();
//! Assoc: a JSON object whose encoding fits in 65535 bytes.
Validator object();
Validator boolean();
//! WhiteList, case-insensitive unless \a strict; \a shown overrides the listed values.
Validator oneOf(const QStringList &values, bool strict = false, const QStringList &shown = {});
//! Host validator: a URL whose host is localhost, the request's host or a --platform host.
Validator redirectUrl();
//! Array of 1.5 JSON query strings; \a methods are allowed ("limit", "offset", "equal", ...),
//! \a attributes the ones filters may name.
Validator queries(const QStringList &methods, const QStringList &attributes = {});
} // namespace Validators

} // namespace Sandbox
