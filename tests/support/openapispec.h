#pragma once

#include "openapischema.h"
#include "openapiviolation.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

using OpenApiHeaders = QList<QPair<QByteArray, QByteArray>>;

//! An HTTP request as it went over the wire.
struct OpenApiRequest
{
    QByteArray method; //!< "GET", "POST", ...
    QByteArray target; //!< path and query as sent, e.g. "/v1/account/logs?queries%5B%5D=..."
    OpenApiHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

//! An HTTP response as it went over the wire.
struct OpenApiResponse
{
    int status = 0;
    OpenApiHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

//! The Appwrite client OpenAPI 3 document: finds the operation of a request and lists where a
//! request or a response departs from it.
class OpenApiSpec
{
public:
    struct Operation
    {
        QString id; //!< operationId
        QByteArray method;
        QString pathTemplate; //!< "/account/sessions/{sessionId}"
        QJsonObject definition;
        QHash<QString, QString> pathValues; //!< decoded values of the {params}
    };

    //! $APPWRITE_SHARED_DIR/appwrite-spec/open-api3-1.5.x-client.json ("" when the variable is
    //! not set).
    static QString defaultFile();
    bool load(const QString &file, QString *error);

    //! All operations whose path starts with \a pathPrefix (e.g. "/account/"), as operationIds.
    QStringList operationIds(const QString &pathPrefix) const;
    //! The operation for \a method and \a path (relative to the API root, without "/v1").
    std::optional<Operation> match(const QByteArray &method, const QString &path) const;

    //! \a apiRoot is the endpoint's path ("/v1"); the request target must be under it.
    QList<OpenApiViolation> validateRequest(const OpenApiRequest &request,
                                            const QString &apiRoot = QStringLiteral("/v1"),
                                            QString *operationId = nullptr) const;
    //! \a substituteSchema ("#/components/schemas/x", or "-" for no content): accept the status
    //! and check the body against that instead (only for the allow-listed deviations of the real
    //! server, see OpenApiDeviations).
    QList<OpenApiViolation> validateResponse(const QString &operationId,
                                             const OpenApiResponse &response,
                                             const QString &substituteSchema = {}) const;

    const OpenApiSchema &schemas() const { return m_schema; }

private:
    void validateQuery(const Operation &operation, const QByteArray &query,
                       QList<OpenApiViolation> *out) const;
    void validateBody(const Operation &operation, const OpenApiRequest &request,
                      QList<OpenApiViolation> *out) const;
    void validateJsonBody(const QByteArray &body, const QJsonObject &schema,
                          QList<OpenApiViolation> *out) const;
    std::optional<Operation> operationById(const QString &operationId) const;

    QJsonObject m_paths;
    OpenApiSchema m_schema;
};
