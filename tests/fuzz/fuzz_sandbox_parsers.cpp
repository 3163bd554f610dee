// libFuzzer target: the sandbox's parsers of untrusted text that do not need a request —
// User-Agent strings, 1.5 JSON queries, session credentials, JWTs, base32 TOTP keys, links.
// Each input is split at the first newline: the first line is the "text", the rest JSON.

#include "sandbox/apierror.h"
#include "sandbox/base32.h"
#include "sandbox/crypto.h"
#include "sandbox/jwt.h"
#include "sandbox/linkbuilder.h"
#include "sandbox/listquery.h"
#include "sandbox/securityphrase.h"
#include "sandbox/sessions.h"
#include "sandbox/totp.h"
#include "sandbox/useragent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace Sandbox;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QString text = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    const QByteArray json = newline < 0 ? input : input.mid(newline + 1);

    QJsonObject model;
    UserAgent::parse(text).writeTo(model);
    Country::nameFor(Country::codeFor(text));

    // The list routes' queries: an array of query strings, columns as activityroutes.cpp maps them.
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QJsonArray queries = document.array();
    if (document.isObject())
        queries.append(QString::fromUtf8(json));
    queries.append(text);
    const QHash<QString, QString> columns{{QStringLiteral("userId"), QStringLiteral("user_id")},
                                          {QStringLiteral("provider"), QStringLiteral("provider")}};
    ListQuery::parse(queries, columns);

    QString userId;
    QString secret;
    Sessions::decode(text, &userId, &secret);

    Jwt jwt;
    jwt.setKey(QByteArrayLiteral("fuzzing-key"));
    try {
        jwt.verify(text);
    } catch (const ApiError &) {
        // A refused token is the expected answer to noise.
    }

    if (const auto key = Base32::decode(text))
        Totp::code(*key, 0);
    Totp::codeForSecret(text, 59);
    bool ok = false;
    Crypto::fromBase64Url(input, &ok);
    SecurityPhrase::isWellFormed(text);
    LinkBuilder::emailLink(text, {{QStringLiteral("secret"), QString::fromUtf8(json)}});
    LinkBuilder::oauthRedirect(text, {{QStringLiteral("userId"), text}});
    return 0;
}
