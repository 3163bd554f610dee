#include "client/models/jsonreader.h"

#include <cmath>

namespace Appwrite {

std::optional<QJsonValue> JsonReader::required(const char *key, QJsonValue::Type type)
{
    if (!ok())
        return std::nullopt;
    const auto it = m_json.constFind(QLatin1String(key));
    if (it == m_json.constEnd()) {
        fail(key, QStringLiteral("missing"));
        return std::nullopt;
    }
    if (it->type() != type) {
        fail(key, QStringLiteral("wrong type"));
        return std::nullopt;
    }
    return *it;
}

void JsonReader::fail(const char *key, const QString &problem)
{
    if (ok())
        m_why = QStringLiteral("%1.%2: %3")
                        .arg(QLatin1String(m_model), QLatin1String(key), problem);
}

QString JsonReader::string(const char *key)
{
    const auto value = required(key, QJsonValue::String);
    return value ? value->toString() : QString();
}

QString JsonReader::optionalString(const char *key)
{
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isString()) {
        fail(key, QStringLiteral("wrong type"));
        return {};
    }
    return value.toString();
}

bool JsonReader::boolean(const char *key)
{
    const auto value = required(key, QJsonValue::Bool);
    return value && value->toBool();
}

int JsonReader::count(const char *key)
{
    const auto value = required(key, QJsonValue::Double);
    if (!value)
        return 0;
    const double number = value->toDouble();
    if (number < 0 || number > 2147483647.0 || std::floor(number) != number) {
        fail(key, QStringLiteral("not a count"));
        return 0;
    }
    return int(number);
}

std::optional<QDateTime> JsonReader::parseDate(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (date.isValid() && text.contains(QLatin1Char('T')))
        return date;
    // The server's database format ("2026-11-26 19:52:13.755", UTC) leaks into a few fields.
    for (const QLatin1String format :
         {QLatin1String("yyyy-MM-dd HH:mm:ss.zzz"), QLatin1String("yyyy-MM-dd HH:mm:ss")}) {
        date = QDateTime::fromString(text, format);
        if (date.isValid()) {
            date.setTimeSpec(Qt::UTC);
            return date;
        }
    }
    return std::nullopt;
}

QDateTime JsonReader::date(const char *key)
{
    const auto value = required(key, QJsonValue::String);
    if (!value)
        return {};
    const auto date = parseDate(value->toString());
    if (!date) {
        fail(key, QStringLiteral("not a date"));
        return {};
    }
    return *date;
}

QStringList JsonReader::strings(const char *key)
{
    const auto value = required(key, QJsonValue::Array);
    if (!value)
        return {};
    QStringList list;
    for (const QJsonValue &item : value->toArray()) {
        if (!item.isString()) {
            fail(key, QStringLiteral("not a list of strings"));
            return {};
        }
        list.append(item.toString());
    }
    return list;
}

QJsonObject JsonReader::object(const char *key)
{
    // PHP encodes an empty associative array as [], so an empty list means an empty object.
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (ok() && value.isArray() && value.toArray().isEmpty())
        return {};
    const auto checked = required(key, QJsonValue::Object);
    return checked ? checked->toObject() : QJsonObject();
}

QJsonArray JsonReader::objects(const char *key)
{
    const auto value = required(key, QJsonValue::Array);
    if (!value)
        return {};
    const QJsonArray array = value->toArray();
    for (const QJsonValue &item : array) {
        if (!item.isObject()) {
            fail(key, QStringLiteral("not a list of objects"));
            return {};
        }
    }
    return array;
}

void JsonReader::nestedFailed(const char *key, int index, const QString &why)
{
    fail(key, QStringLiteral("item %1: %2").arg(index).arg(why));
}

bool JsonReader::finish(QString *why) const
{
    if (why)
        *why = m_why;
    return ok();
}

} // namespace Appwrite
