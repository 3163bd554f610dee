#pragma once

#include <QString>

//! One way a request or response breaks the OpenAPI contract.
struct OpenApiViolation
{
    QString operationId; //!< "" when no operation matched
    QString rule; //!< e.g. "query-unknown", "body-required", "response-type"
    QString where; //!< a parameter name, header, status or JSON path ("session.factors[0]")
    QString detail;

    QString toString() const
    {
        return QStringLiteral("%1 [%2] %3: %4")
                .arg(operationId.isEmpty() ? QStringLiteral("?") : operationId, rule, where,
                     detail);
    }
};
