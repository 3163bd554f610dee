#pragma once

#include "openapiviolation.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

//! Checks a JSON value against an OpenAPI 3 schema object: type, nullable, enum, required,
//! properties (recursively, through $ref into components.schemas), array items, oneOf.
//! Extra object fields are allowed or reported depending on \a strictFields: requests must not
//! invent fields, responses may carry more than documented.
class OpenApiSchema
{
public:
    explicit OpenApiSchema(const QJsonObject &componentSchemas = {})
        : m_components(componentSchemas)
    { }

    //! Appends one violation per problem, each with \a rulePrefix + "-required" / "-type" /
    //! "-enum" / "-unknown" and the JSON path under \a where.
    void validate(const QJsonValue &value, const QJsonObject &schema, const QString &where,
                  const QString &rulePrefix, bool strictFields, QList<OpenApiViolation> *out) const;

    //! The schema a "#/components/schemas/<name>" reference points to ({} when unknown).
    QJsonObject resolve(const QString &ref) const;
    static QString refName(const QString &ref);
    //! The JSON type name of \a value as the spec spells it ("integer" for whole numbers).
    static QString typeName(const QJsonValue &value);

private:
    bool matchesType(const QJsonValue &value, const QString &type) const;

    QJsonObject m_components;
};
