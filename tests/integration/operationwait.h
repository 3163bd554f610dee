// Waiting for an Operation in the integration tests, and its failure in words.
#pragma once

#include "core/operation.h"

#include <QTest>
#include <QVariantMap>

inline QString describe(const Operation *op)
{
    const QVariantMap error = op->error().toMap();
    return error.value(QStringLiteral("kind")).toString() + QLatin1Char(' ')
            + error.value(QStringLiteral("type")).toString() + QStringLiteral(": ")
            + error.value(QStringLiteral("message")).toString();
}

//! Evaluates \a call once, then waits up to `timeout` ms (the test's own constant) for its
//! operation to succeed.
#define WAIT_OK(call) \
    do { \
        const Operation *const waited = (call); \
        QTRY_VERIFY_WITH_TIMEOUT(waited->done(), timeout); \
        QVERIFY2(waited->ok(), qPrintable(describe(waited))); \
    } while (false)
