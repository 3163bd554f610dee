#include "openapischema.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

QString OpenApiSchema::refName(const QString &ref)
{
    return ref.section(u'/', -1);
}

QJsonObject OpenApiSchema::resolve(const QString &ref) const
{
    if (!ref.startsWith("#/components/schemas/"_L1))
        return {};
    return m_components.value(refName(ref)).toObject();
}

QString OpenApiSchema::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return std::floor(number) == number ? u"integer"_s : u"number"_s;
    }
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

bool OpenApiSchema::matchesType(const QJsonValue &value, const QString &type) const
{
    const QString actual = typeName(value);
    if (type == "number"_L1)
        return actual == "number"_L1 || actual == "integer"_L1;
    return actual == type;
}

void OpenApiSchema::validate(const QJsonValue &value, const QJsonObject &schemaIn,
                             const QString &where, const QString &rulePrefix, bool strictFields,
                             QList<OpenApiViolation> *out) const
{
    auto report = [&](const QString &rule, const QString &at, const QString &detail) {
        out->append({QString(), rulePrefix + u'-' + rule, at, detail});
    };
    QJsonObject schema = schemaIn;
    if (schema.contains("$ref"_L1)) {
        const QString ref = schema.value("$ref"_L1).toString();
        schema = resolve(ref);
        if (schema.isEmpty()) {
            report(u"schema"_s, where, u"unresolvable reference %1"_s.arg(ref));
            return;
        }
    }
    if (schema.contains("oneOf"_L1)) {
        const QJsonArray choices = schema.value("oneOf"_L1).toArray();
        for (const QJsonValue &choice : choices) {
            QList<OpenApiViolation> trial;
            validate(value, choice.toObject(), where, rulePrefix, strictFields, &trial);
            if (trial.isEmpty())
                return;
        }
        report(u"type"_s, where, u"matches none of the oneOf schemas"_s);
        return;
    }
    if (value.isNull()) {
        if (!schema.value("nullable"_L1).toBool())
            report(u"type"_s, where, u"null, but the schema is not nullable"_s);
        return;
    }
    const QString type = schema.value("type"_L1).toString();
    if (!type.isEmpty() && !matchesType(value, type)) {
        report(u"type"_s, where,
               u"expected %1, got %2 (%3)"_s.arg(
                       type, typeName(value),
                       QString::fromUtf8(QJsonDocument(QJsonArray{value})
                                                 .toJson(QJsonDocument::Compact)
                                                 .mid(1)
                                                 .chopped(1)
                                                 .left(80))));
        return;
    }
    if (schema.contains("enum"_L1) && !schema.value("enum"_L1).toArray().contains(value))
        report(u"enum"_s, where, u"%1 is not one of the allowed values"_s.arg(value.toString()));

    if (value.isArray()) {
        const QJsonObject items = schema.value("items"_L1).toObject();
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            validate(array.at(i), items, u"%1[%2]"_s.arg(where).arg(i), rulePrefix, strictFields,
                     out);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    const QJsonObject properties = schema.value("properties"_L1).toObject();
    const QJsonArray required = schema.value("required"_L1).toArray();
    for (const QJsonValue &name : required) {
        if (!object.contains(name.toString()))
            report(u"required"_s, where + u'.' + name.toString(), u"required field missing"_s);
    }
    // A free-form object (prefs: no properties) or additionalProperties: true (preferences)
    // documents any field.
    const bool open =
            !schema.contains("properties"_L1) || schema.value("additionalProperties"_L1).toBool();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString at = where + u'.' + it.key();
        if (properties.contains(it.key()))
            validate(it.value(), properties.value(it.key()).toObject(), at, rulePrefix,
                     strictFields, out);
        else if (strictFields && !open)
            report(u"unknown"_s, at, u"field not in the schema"_s);
    }
}
