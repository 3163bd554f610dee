#include "sandbox/validators.h"

#include "sandbox/requestcontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace Sandbox::Validators {

namespace {

Validator simple(std::function<bool(const QJsonValue &)> isValid, const QString &description)
{
    return {[isValid = std::move(isValid), description](
                    const QJsonValue &value, const RequestContext &) -> std::optional<QString> {
        if (isValid(value))
            return std::nullopt;
        return description;
    }};
}

bool matches(const QJsonValue &value, const QRegularExpression &pattern)
{
    return value.isString() && pattern.match(value.toString()).hasMatch();
}

const QString keyRule = QStringLiteral(
        "must contain at most 36 chars. Valid chars are a-z, A-Z, 0-9, period, hyphen, and "
        "underscore. Can't start with a special char");

} // namespace

Validator text(int max)
{
    const QString description = max > 0
            ? QStringLiteral("Value must be a valid string and at least 1 chars and no longer than "
                             "%1 chars")
                      .arg(max)
            : QStringLiteral("Value must be a valid string and at least 1 chars");
    return simple(
            [max](const QJsonValue &v) {
                return v.isString() && (max <= 0 || v.toString().size() <= max);
            },
            description);
}

Validator customId()
{
    static const QRegularExpression key(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,35}$"));
    return simple(
            [](const QJsonValue &v) {
                return v.toString() == QStringLiteral("unique()") || matches(v, key);
            },
            QStringLiteral("Parameter ") + keyRule);
}

Validator uid()
{
    static const QRegularExpression key(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,35}$"));
    return simple([](const QJsonValue &v) { return matches(v, key); },
                  QStringLiteral("UID ") + keyRule);
}

Validator email()
{
    // Close to PHP's FILTER_VALIDATE_EMAIL for the addresses people type.
    static const QRegularExpression pattern(
            QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
                           "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$"));
    return simple(
            [](const QJsonValue &v) { return matches(v, pattern) && v.toString().size() <= 254; },
            QStringLiteral("Value must be a valid email address"));
}

Validator password()
{
    return simple(
            [](const QJsonValue &v) {
                return v.isString() && v.toString().size() >= 8 && v.toString().size() <= 256;
            },
            QStringLiteral("Password must be between 8 and 256 characters long."));
}

Validator newPassword()
{
    return simple(
            [](const QJsonValue &v) {
                return v.isString() && v.toString().size() >= 8 && v.toString().size() <= 256;
            },
            QStringLiteral("Password must be between 8 and 265 characters long, and should not "
                           "be one of the commonly used password."));
}

Validator phone()
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9]\\d{6,14}$"));
    return simple([](const QJsonValue &v) { return matches(v, pattern); },
                  QStringLiteral("Phone number must start with a '+' can have a maximum of "
                                 "fifteen digits."));
}

Validator object()
{
    return simple(
            [](const QJsonValue &v) {
                return v.isObject()
                        && QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).size()
                        <= 65535;
            },
            QStringLiteral("Value must be a valid object."));
}

Validator boolean()
{
    return simple(
            [](const QJsonValue &v) {
                if (v.isBool())
                    return true;
                const QString s = v.toString();
                return s == QStringLiteral("true") || s == QStringLiteral("false")
                        || s == QStringLiteral("1") || s == QStringLiteral("0");
            },
            QStringLiteral("Value must be a valid boolean"));
}

Validator oneOf(const QStringList &values, bool strict, const QStringList &shown)
{
    const QString description =
            QStringLiteral("Value must be one of (%1)")
                    .arg((shown.isEmpty() ? values : shown).join(QStringLiteral(", ")));
    return simple(
            [values, strict](const QJsonValue &v) {
                return v.isString()
                        && values.contains(v.toString(),
                                           strict ? Qt::CaseSensitive : Qt::CaseInsensitive);
            },
            description);
}

Validator redirectUrl()
{
    return {[](const QJsonValue &value, const RequestContext &ctx) -> std::optional<QString> {
        const QStringList hosts = ctx.allowedHosts();
        const QUrl url(value.toString(), QUrl::StrictMode);
        const QString host = url.host().toLower();
        const bool allowed = std::any_of(hosts.cbegin(), hosts.cend(), [&](const QString &entry) {
            return entry == host
                    || (entry.startsWith(QStringLiteral("*.")) && host.endsWith(entry.mid(1)));
        });
        if (value.isString() && url.isValid() && !url.scheme().isEmpty() && allowed)
            return std::nullopt;
        return QStringLiteral("URL host must be one of: %1").arg(hosts.join(QStringLiteral(", ")));
    }};
}

Validator queries(const QStringList &methods, const QStringList &attributes)
{
    return {[methods, attributes](const QJsonValue &value,
                                  const RequestContext &) -> std::optional<QString> {
        if (!value.isArray())
            return QStringLiteral("Value must a valid array and Value must be a valid string and "
                                  "at least 1 chars and no longer than 4096 chars");
        const QJsonArray list = value.toArray();
        if (list.size() > 100)
            return QStringLiteral("Value must a valid array no longer than 100 items");
        for (const QJsonValue &item : list) {
            const QJsonDocument doc = QJsonDocument::fromJson(item.toString().toUtf8());
            if (!doc.isObject())
                return QStringLiteral("Invalid query: Invalid query: Syntax error");
            const QJsonObject query = doc.object();
            const QString method = query.value(QStringLiteral("method")).toString();
            if (!methods.contains(method))
                return QStringLiteral("Invalid query method: %1").arg(method);
            const QJsonArray values = query.value(QStringLiteral("values")).toArray();
            if (method == QStringLiteral("limit") || method == QStringLiteral("offset")) {
                const int minimum = method == QStringLiteral("limit") ? 1 : 0;
                if (values.size() != 1 || !values.first().isDouble()
                    || values.first().toDouble() < minimum
                    || values.first().toDouble() != double(values.first().toInteger()))
                    return QStringLiteral("Invalid %1: Value must be a valid range between %2 "
                                          "and 5,000")
                            .arg(method)
                            .arg(minimum);
            } else if (!attributes.contains(query.value(QStringLiteral("attribute")).toString())) {
                return QStringLiteral("Invalid query: Attribute not found in schema: %1")
                        .arg(query.value(QStringLiteral("attribute")).toString());
            }
        }
        return std::nullopt;
    }};
}

} // namespace Sandbox::Validators
