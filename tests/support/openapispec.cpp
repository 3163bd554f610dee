#include "openapispec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QByteArray findHeader(const OpenApiHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

const QStringList methods = {u"get"_s, u"post"_s, u"put"_s, u"patch"_s, u"delete"_s};

// A query value (always text on the wire) checked against a scalar parameter schema.
QString scalarProblem(const QString &text, const QJsonObject &schema)
{
    const QString type = schema.value("type"_L1).toString();
    bool ok = true;
    if (type == "integer"_L1)
        text.toLongLong(&ok);
    else if (type == "number"_L1)
        text.toDouble(&ok);
    else if (type == "boolean"_L1)
        ok = text == "true"_L1 || text == "false"_L1 || text == "1"_L1 || text == "0"_L1;
    if (!ok)
        return u"\"%1\" is not a %2"_s.arg(text, type);
    const QJsonArray allowed = schema.value("enum"_L1).toArray();
    if (!allowed.isEmpty() && !allowed.contains(text))
        return u"\"%1\" is not one of the allowed values"_s.arg(text);
    return {};
}

} // namespace

QByteArray OpenApiRequest::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

QByteArray OpenApiResponse::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

QString OpenApiSpec::defaultFile()
{
    const QString shared = qEnvironmentVariable("APPWRITE_SHARED_DIR");
    return shared.isEmpty() ? QString() : shared + "/appwrite-spec/open-api3-1.5.x-client.json"_L1;
}

bool OpenApiSpec::load(const QString &file, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(file, in.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(in.readAll(), &parseError).object();
    m_paths = root.value("paths"_L1).toObject();
    if (m_paths.isEmpty()) {
        *error = u"%1 has no paths (%2)"_s.arg(file, parseError.errorString());
        return false;
    }
    m_schema = OpenApiSchema(root.value("components"_L1).toObject().value("schemas"_L1).toObject());
    return true;
}

QStringList OpenApiSpec::operationIds(const QString &pathPrefix) const
{
    QStringList ids;
    for (auto it = m_paths.begin(); it != m_paths.end(); ++it) {
        if (!it.key().startsWith(pathPrefix))
            continue;
        for (const QString &method : methods) {
            const QString id = it.value()[method]["operationId"_L1].toString();
            if (!id.isEmpty())
                ids.append(id);
        }
    }
    ids.sort();
    return ids;
}

std::optional<OpenApiSpec::Operation> OpenApiSpec::match(const QByteArray &method,
                                                         const QString &path) const
{
    const QString verb = QString::fromLatin1(method).toLower();
    const QStringList segments = path.split(u'/');
    std::optional<Operation> best;
    int bestLiterals = -1;
    for (auto it = m_paths.begin(); it != m_paths.end(); ++it) {
        const QJsonObject definition = it.value()[verb].toObject();
        const QStringList parts = it.key().split(u'/');
        if (definition.isEmpty() || parts.size() != segments.size())
            continue;
        Operation candidate{definition.value("operationId"_L1).toString(),
                            method.toUpper(),
                            it.key(),
                            definition,
                            {}};
        int literals = 0;
        bool fits = true;
        for (qsizetype i = 0; fits && i < parts.size(); ++i) {
            const QString &part = parts.at(i);
            if (part.startsWith(u'{') && part.endsWith(u'}')) {
                fits = !segments.at(i).isEmpty();
                candidate.pathValues.insert(part.mid(1).chopped(1),
                                            QUrl::fromPercentEncoding(segments.at(i).toUtf8()));
            } else {
                fits = part == segments.at(i);
                ++literals;
            }
        }
        // "/account/sessions/email" beats "/account/sessions/{sessionId}".
        if (fits && literals > bestLiterals) {
            best = candidate;
            bestLiterals = literals;
        }
    }
    return best;
}

std::optional<OpenApiSpec::Operation> OpenApiSpec::operationById(const QString &operationId) const
{
    for (auto it = m_paths.begin(); it != m_paths.end(); ++it) {
        for (const QString &method : methods) {
            const QJsonObject definition = it.value()[method].toObject();
            if (definition.value("operationId"_L1).toString() == operationId)
                return Operation{
                        operationId, method.toUpper().toLatin1(), it.key(), definition, {}};
        }
    }
    return std::nullopt;
}

QList<OpenApiViolation> OpenApiSpec::validateRequest(const OpenApiRequest &request,
                                                     const QString &apiRoot,
                                                     QString *operationId) const
{
    QList<OpenApiViolation> out;
    const QByteArray target = request.target;
    const qsizetype mark = target.indexOf('?');
    const QString fullPath = QString::fromUtf8(mark < 0 ? target : target.left(mark));
    const QByteArray query = mark < 0 ? QByteArray() : target.mid(mark + 1);
    if (!fullPath.startsWith(apiRoot + u'/')) {
        out.append({QString(), u"path"_s, fullPath, u"not under the API root %1"_s.arg(apiRoot)});
        return out;
    }
    const std::optional<Operation> operation = match(request.method, fullPath.mid(apiRoot.size()));
    if (!operation) {
        out.append({QString(), u"operation"_s,
                    QString::fromLatin1(request.method) + u' ' + fullPath,
                    u"no operation in the spec for this method and path"_s});
        return out;
    }
    if (operationId)
        *operationId = operation->id;

    const QJsonArray parameters = operation->definition.value("parameters"_L1).toArray();
    for (const QJsonValue &parameterValue : parameters) {
        const QJsonObject parameter = parameterValue.toObject();
        const QString name = parameter.value("name"_L1).toString();
        if (parameter.value("in"_L1).toString() != "path"_L1)
            continue;
        const QString problem = scalarProblem(operation->pathValues.value(name),
                                              parameter.value("schema"_L1).toObject());
        if (!problem.isEmpty())
            out.append({operation->id, u"path-param"_s, name, problem});
    }
    validateQuery(*operation, query, &out);

    // Every operation of the client spec is secured by the Project key.
    if (request.header("X-Appwrite-Project").isEmpty())
        out.append({operation->id, u"header-required"_s, u"X-Appwrite-Project"_s,
                    u"missing or empty"_s});
    validateBody(*operation, request, &out);
    for (OpenApiViolation &violation : out)
        violation.operationId = operation->id;
    return out;
}

void OpenApiSpec::validateQuery(const Operation &operation, const QByteArray &query,
                                QList<OpenApiViolation> *out) const
{
    QHash<QString, QJsonObject> declared;
    const QJsonArray parameters = operation.definition.value("parameters"_L1).toArray();
    for (const QJsonValue &parameterValue : parameters) {
        const QJsonObject parameter = parameterValue.toObject();
        if (parameter.value("in"_L1).toString() == "query"_L1)
            declared.insert(parameter.value("name"_L1).toString(), parameter);
    }
    QSet<QString> seen;
    const QUrlQuery items(QString::fromUtf8(query));
    for (const auto &[rawName, rawValue] : items.queryItems(QUrl::FullyDecoded)) {
        QString name = rawName;
        const bool bracketed = name.endsWith("[]"_L1);
        if (bracketed)
            name.chop(2);
        const QJsonObject parameter = declared.value(name);
        if (parameter.isEmpty()) {
            out->append({operation.id, u"query-unknown"_s, rawName,
                         u"not a parameter of this operation"_s});
            continue;
        }
        seen.insert(name);
        const QJsonObject schema = parameter.value("schema"_L1).toObject();
        const bool isArray = schema.value("type"_L1).toString() == "array"_L1;
        if (isArray != bracketed) {
            out->append({operation.id, u"query-type"_s, rawName,
                         isArray ? u"an array is sent as %1[]"_s.arg(name)
                                 : u"a scalar must not be sent with []"_s});
            continue;
        }
        const QString problem =
                scalarProblem(rawValue, isArray ? schema.value("items"_L1).toObject() : schema);
        if (!problem.isEmpty())
            out->append({operation.id, u"query-type"_s, rawName, problem});
    }
    for (auto it = declared.begin(); it != declared.end(); ++it) {
        if (it.value().value("required"_L1).toBool() && !seen.contains(it.key()))
            out->append({operation.id, u"query-required"_s, it.key(), u"missing"_s});
    }
}

void OpenApiSpec::validateBody(const Operation &operation, const OpenApiRequest &request,
                               QList<OpenApiViolation> *out) const
{
    const QJsonObject content =
            operation.definition.value("requestBody"_L1).toObject().value("content"_L1).toObject();
    const QJsonObject json = content.value("application/json"_L1).toObject();
    if (json.isEmpty()) {
        // No documented body: an empty one, or an empty JSON object as SDKs send, is fine.
        const QByteArray body = request.body.trimmed();
        if (!body.isEmpty() && body != "{}")
            validateJsonBody(
                    body, QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject()}},
                    out);
        return;
    }
    if (!request.header("Content-Type").startsWith("application/json"))
        out->append({operation.id, u"header-required"_s, u"Content-Type"_s,
                     u"expected application/json, got \"%1\""_s.arg(
                             QString::fromLatin1(request.header("Content-Type")))});
    validateJsonBody(request.body, json.value("schema"_L1).toObject(), out);
}

void OpenApiSpec::validateJsonBody(const QByteArray &body, const QJsonObject &schema,
                                   QList<OpenApiViolation> *out) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body.isEmpty() ? "{}" : body, &error);
    if (!document.isObject()) {
        out->append({QString(), u"body-json"_s, u"body"_s,
                     u"not a JSON object: %1"_s.arg(error.errorString())});
        return;
    }
    m_schema.validate(document.object(), schema, u"body"_s, u"body"_s, true, out);
}

QList<OpenApiViolation> OpenApiSpec::validateResponse(const QString &operationId,
                                                      const OpenApiResponse &response,
                                                      const QString &substituteSchema) const
{
    QList<OpenApiViolation> out;
    const std::optional<Operation> operation = operationById(operationId);
    if (!operation) {
        out.append({operationId, u"operation"_s, operationId, u"unknown operationId"_s});
        return out;
    }
    const QString status = QString::number(response.status);
    QJsonObject schema;
    bool expectBody = false;
    if (!substituteSchema.isEmpty()) {
        expectBody = substituteSchema != u'-';
        schema = QJsonObject{{u"$ref"_s, substituteSchema}};
    } else if (response.status >= 400) {
        // The spec lists success answers only; every error carries its global error model.
        schema = QJsonObject{{u"$ref"_s, u"#/components/schemas/error"_s}};
        expectBody = true;
    } else {
        const QJsonObject responses = operation->definition.value("responses"_L1).toObject();
        if (!responses.contains(status)) {
            out.append({operationId, u"response-status"_s, status,
                        u"not a documented status (documented: %1)"_s.arg(
                                responses.keys().join(u", "))});
            return out;
        }
        const QJsonObject content = responses.value(status)["content"_L1].toObject();
        expectBody = !content.isEmpty();
        schema = content.value("application/json"_L1)["schema"_L1].toObject();
        if (expectBody && schema.isEmpty())
            return out; // a file or other non-JSON content
    }
    if (!expectBody) {
        if (!response.body.trimmed().isEmpty())
            out.append({operationId, u"response-body"_s, status,
                        u"documented without content, got %1 bytes"_s.arg(response.body.size())});
        return out;
    }
    if (!response.header("Content-Type").startsWith("application/json"))
        out.append({operationId, u"response-content-type"_s, status,
                    u"expected application/json, got \"%1\""_s.arg(
                            QString::fromLatin1(response.header("Content-Type")))});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (!document.isObject()) {
        out.append({operationId, u"response-json"_s, status,
                    u"not a JSON object: %1"_s.arg(error.errorString())});
        return out;
    }
    const QString root = schema.contains("$ref"_L1)
            ? OpenApiSchema::refName(schema.value("$ref"_L1).toString())
            : u"body"_s;
    m_schema.validate(document.object(), schema, root, u"response"_s, false, &out);
    for (OpenApiViolation &violation : out)
        violation.operationId = operationId;
    return out;
}
