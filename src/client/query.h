#pragma once

#include <QJsonArray>
#include <QString>

namespace Appwrite {

//! Query strings in the Appwrite 1.5 JSON syntax, e.g. {"method":"limit","values":[25]}.
class Query
{
public:
    static QString limit(int count);
    static QString offset(int count);
    static QString cursorAfter(const QString &id);
    static QString cursorBefore(const QString &id);
    static QString equal(const QString &attribute, const QJsonArray &values);
    static QString notEqual(const QString &attribute, const QJsonArray &values);
    static QString orderAsc(const QString &attribute);
    static QString orderDesc(const QString &attribute);

    //! Any query: \a attribute is left out when empty, as the SDKs do.
    static QString make(const QString &method, const QString &attribute, const QJsonArray &values);
};

} // namespace Appwrite
