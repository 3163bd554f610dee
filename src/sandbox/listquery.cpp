#include "sandbox/listquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Sandbox {

ListQuery ListQuery::parse(const QJsonValue &queries, const QHash<QString, QString> &columns)
{
    ListQuery result;
    const QJsonArray list = queries.toArray();
    for (const QJsonValue &item : list) {
        const QJsonObject query = QJsonDocument::fromJson(item.toString().toUtf8()).object();
        const QString method = query.value(QStringLiteral("method")).toString();
        const QJsonArray values = query.value(QStringLiteral("values")).toArray();
        if (method == QStringLiteral("limit")) {
            result.limit = values.first().toInt();
        } else if (method == QStringLiteral("offset")) {
            result.offset = values.first().toInt();
        } else if (method == QStringLiteral("equal") || method == QStringLiteral("notEqual")) {
            const QString column =
                    columns.value(query.value(QStringLiteral("attribute")).toString());
            if (column.isEmpty() || values.isEmpty())
                continue;
            QStringList marks;
            for (const QJsonValue &value : values) {
                marks.append(QStringLiteral("?"));
                result.binds.append(value.toVariant());
            }
            result.where +=
                    QStringLiteral(" AND %1 %2 (%3)")
                            .arg(column,
                                 method == QStringLiteral("equal") ? QStringLiteral("IN")
                                                                   : QStringLiteral("NOT IN"),
                                 marks.join(QStringLiteral(", ")));
        }
    }
    return result;
}

} // namespace Sandbox
