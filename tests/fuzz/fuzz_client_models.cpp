// libFuzzer target: everything the client reads from a server answer. Each input is one
// response body (JSON or not); it goes through every Account model, the error parser, the
// session cookie mirror and the query builder, as Client and Account would feed them.

#include "client/error.h"
#include "client/models.h"
#include "client/models/jsonreader.h"
#include "client/query.h"
#include "client/sessioncookies.h"
#include "client/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>

#include <cstddef>
#include <cstdint>

using namespace Appwrite;

namespace {

template<typename Model>
void parse(const QJsonObject &json)
{
    QString why;
    const auto model = Model::fromJson(json, &why);
    // A model is either built or explained, never both or neither.
    if (model.has_value() == !why.isEmpty())
        __builtin_trap();
}

void parseEveryModel(const QJsonObject &json)
{
    parse<User>(json);
    parse<Target>(json);
    parse<Preferences>(json);
    parse<Session>(json);
    parse<SessionList>(json);
    parse<Token>(json);
    parse<Jwt>(json);
    parse<Log>(json);
    parse<LogList>(json);
    parse<Identity>(json);
    parse<IdentityList>(json);
    parse<MfaType>(json);
    parse<MfaChallenge>(json);
    parse<MfaRecoveryCodes>(json);
    parse<MfaFactors>(json);
}

void parseStrings(const QString &text)
{
    JsonReader::parseDate(text);
    Validation::first({Validation::newId(QStringLiteral("userId"), text),
                       Validation::sessionId(QStringLiteral("s"), text),
                       Validation::email(QStringLiteral("email"), text),
                       Validation::password(QStringLiteral("password"), text),
                       Validation::phone(QStringLiteral("phone"), text),
                       Validation::url(QStringLiteral("url"), text),
                       Validation::oauthProvider(QStringLiteral("provider"), text)});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        parseEveryModel(document.object());
        // Lists hold models: also read each value that is an object, as nested models are.
        const QJsonObject object = document.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.value().isObject())
                parseEveryModel(it.value().toObject());
            else if (it.value().isString())
                parseStrings(it.value().toString());
            else if (it.value().isArray())
                Query::make(it.key(), it.key(), it.value().toArray());
        }
        Validation::prefs(QStringLiteral("prefs"), object);
    } else if (document.isArray()) {
        const QJsonArray array = document.array();
        QStringList queries;
        for (const QJsonValue &value : array) {
            if (value.isObject())
                parseEveryModel(value.toObject());
            queries.append(value.toString());
        }
        Validation::queries(QStringLiteral("queries"), queries);
    }

    const int status = size > 0 ? 400 + data[0] % 200 : 500;
    const Error error = Error::fromHttp(status, body, body.left(12));
    error.toString();
    error.isSessionGone();

    const QString cookieName = QStringLiteral("a_session_sandbox");
    SessionCookies::fromResponse(cookieName, QNetworkCookie::parseCookies(body), body);
    SessionCookies::requestHeaders(cookieName, QString::fromUtf8(body));
    parseStrings(QString::fromUtf8(body));
    return 0;
}
