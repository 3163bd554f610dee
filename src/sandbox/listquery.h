#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QVariantList>

namespace Sandbox {

//! The 1.5 JSON queries of list routes ({"method":"limit","values":[25]}), already validated by
//! Validators::queries, turned into SQL pieces.
struct ListQuery
{
    int limit = 5000; //!< APP_LIMIT_COUNT
    int offset = 0;
    QString where; //!< " AND col = ? ..." for equal/notEqual filters
    QVariantList binds;

    //! \a columns maps query attributes (e.g. "providerEmail") to table columns.
    static ListQuery parse(const QJsonValue &queries, const QHash<QString, QString> &columns = {});
};

} // namespace Sandbox
