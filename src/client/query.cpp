#include "client/query.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Appwrite {

QString Query::make(const QString &method, const QString &attribute, const QJsonArray &values)
{
    QJsonObject query{{QLatin1String("method"), method}};
    if (!attribute.isEmpty())
        query.insert(QLatin1String("attribute"), attribute);
    query.insert(QLatin1String("values"), values);
    return QString::fromUtf8(QJsonDocument(query).toJson(QJsonDocument::Compact));
}

QString Query::limit(int count)
{
    return make(QStringLiteral("limit"), {}, QJsonArray{count});
}

QString Query::offset(int count)
{
    return make(QStringLiteral("offset"), {}, QJsonArray{count});
}

QString Query::cursorAfter(const QString &id)
{
    return make(QStringLiteral("cursorAfter"), {}, QJsonArray{id});
}

QString Query::cursorBefore(const QString &id)
{
    return make(QStringLiteral("cursorBefore"), {}, QJsonArray{id});
}

QString Query::equal(const QString &attribute, const QJsonArray &values)
{
    return make(QStringLiteral("equal"), attribute, values);
}

QString Query::notEqual(const QString &attribute, const QJsonArray &values)
{
    return make(QStringLiteral("notEqual"), attribute, values);
}

QString Query::orderAsc(const QString &attribute)
{
    return make(QStringLiteral("orderAsc"), attribute, {});
}

QString Query::orderDesc(const QString &attribute)
{
    return make(QStringLiteral("orderDesc"), attribute, {});
}

} // namespace Appwrite
