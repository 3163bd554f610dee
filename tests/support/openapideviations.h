#pragma once

#include "openapispec.h"

//! Where the real Appwrite 1.5.11 server departs from its own OpenAPI document, so a faithful
//! emulator must too (shared/reference/real-server/findings.md, "Observed behaviour that
//! differs from the OpenAPI spec"). Each entry names one operation (or the error model) and one
//! rule; nothing else is excused.
namespace OpenApiDeviations {

//! The schema the real server answers with for an undocumented \a status of \a operationId
//! ("-" for no content), or "" when that status is not an allowed deviation.
QString substituteSchema(const QString &operationId, int status);

//! True when \a violation is one of the listed differences.
bool isAllowed(const OpenApiViolation &violation);

//! OpenApiSpec::validateRequest() with the allow-list applied.
QList<OpenApiViolation> validateRequest(const OpenApiSpec &spec, const OpenApiRequest &request,
                                        const QString &apiRoot, QString *operationId = nullptr);

//! OpenApiSpec::validateResponse() with the allow-list applied.
QList<OpenApiViolation> validateResponse(const OpenApiSpec &spec, const QString &operationId,
                                         const OpenApiResponse &response);

} // namespace OpenApiDeviations
