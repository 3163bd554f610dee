#include "bodycomparer.h"

#include "valuemap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace Conformance {

namespace {

// Values the server derives deterministically from the request or from fixed rules: worth
// comparing exactly (after mapping sandbox IDs back to the real ones).
bool isExactKey(const QString &key)
{
    static const QStringList keys{
            u"provider"_s,     u"providerType"_s,
            u"providerUid"_s,  u"providerEmail"_s,
            u"clientType"_s,   u"clientCode"_s,
            u"clientName"_s,   u"clientVersion"_s,
            u"clientEngine"_s, u"clientEngineVersion"_s,
            u"osCode"_s,       u"osName"_s,
            u"osVersion"_s,    u"deviceName"_s,
            u"deviceBrand"_s,  u"deviceModel"_s,
            u"countryCode"_s,  u"countryName"_s,
            u"name"_s,         u"email"_s,
            u"phone"_s,        u"userId"_s,
            u"identifier"_s,   u"type"_s,
            u"message"_s,      u"event"_s,
            u"userEmail"_s,    u"userName"_s,
            u"mode"_s,         u"ip"_s,
    };
    return keys.contains(key);
}

bool isProviderIssued(const QString &key)
{
    return key == u"providerUid" || key == u"providerAccessToken" || key == u"providerRefreshToken";
}

// Whole subtrees the client chose, echoed back.
bool isEchoedKey(const QString &key)
{
    return key == u"prefs";
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

QString stringShape(const QString &value)
{
    static const QRegularExpression iso(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+00:00$"));
    static const QRegularExpression database(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}$"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
    if (value.isEmpty())
        return QStringLiteral("empty");
    if (iso.match(value).hasMatch())
        return QStringLiteral("ISO date");
    if (database.match(value).hasMatch())
        return QStringLiteral("database date");
    if (value.startsWith(u'T') || value.contains(u'-') || value.contains(u':')) {
        if (QDateTime::fromString(value, Qt::ISODateWithMs).isValid())
            return QStringLiteral("other date format");
    }
    if (hex.match(value).hasMatch())
        return QStringLiteral("%1 hex chars").arg(value.size());
    return QStringLiteral("text");
}

// Dates in either format the real server uses; the database format is UTC without an offset.
QDateTime parsedDate(const QString &value)
{
    QDateTime date = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!date.isValid()) {
        date = QDateTime::fromString(value, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        date.setTimeZone(QTimeZone::utc());
    }
    return date;
}

// How long a session, token or challenge lives: what expire says, seen from $createdAt.
std::optional<qint64> lifetimeSeconds(const QJsonObject &object)
{
    const QDateTime created = parsedDate(object.value(u"$createdAt").toString());
    const QDateTime expire = parsedDate(object.value(u"expire").toString());
    if (!created.isValid() || !expire.isValid())
        return std::nullopt;
    return created.secsTo(expire);
}

// The claims of a JWT (its payload's keys) and its lifetime, e.g. "exp,sessionId,userId 900s".
QString jwtShape(const QString &jwt, const QDateTime &issuedNear)
{
    const QStringList parts = jwt.split(u'.');
    if (parts.size() != 3)
        return QStringLiteral("not a JWT");
    const QJsonObject claims =
            QJsonDocument::fromJson(
                    QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
                    .object();
    QStringList keys = claims.keys();
    keys.sort();
    const qint64 lifetime = claims.value(u"exp").toInteger() - issuedNear.toSecsSinceEpoch();
    // Rounded to minutes: the recording's issue time is only known to within a second or so.
    return keys.join(u',') + QStringLiteral(" ~%1 min").arg((lifetime + 30) / 60);
}

QString shown(const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = u'"' + value.toString() + u'"';
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        text = QString::number(value.toDouble());
    else
        text = typeName(value);
    return text.size() > 160 ? text.left(157) + QStringLiteral("...") : text;
}

QJsonValue mappedBack(const ValueMap &map, const QJsonValue &value)
{
    if (value.isString())
        return map.toReal(value.toString());
    return QJsonValue::fromVariant(
            QJsonDocument::fromJson(
                    map
                            .toReal(QString::fromUtf8(
                                    QJsonDocument(value.isArray() ? QJsonDocument(value.toArray())
                                                                  : QJsonDocument(value.toObject()))
                                            .toJson(QJsonDocument::Compact)))
                            .toUtf8())
                    .toVariant());
}

} // namespace

QStringList BodyComparer::compare(const QJsonValue &real, const QJsonValue &sandbox)
{
    m_differences.clear();
    compareValue(QStringLiteral("body"), QString(), real, sandbox);
    return m_differences;
}

void BodyComparer::compareValue(const QString &path, const QString &key, const QJsonValue &real,
                                const QJsonValue &sandbox)
{
    if (real.type() != sandbox.type()) {
        m_differences.append(
                QStringLiteral("%1: real %2 %3, sandbox %4 %5")
                        .arg(path, typeName(real), shown(real), typeName(sandbox), shown(sandbox)));
        return;
    }
    if (isEchoedKey(key)) {
        if (real != sandbox)
            m_differences.append(QStringLiteral("%1: real %2, sandbox %3")
                                         .arg(path, shown(real), shown(sandbox)));
        return;
    }
    switch (real.type()) {
    case QJsonValue::Object:
        compareObject(path, real.toObject(), sandbox.toObject());
        break;
    case QJsonValue::Array:
        compareArray(path, key, real.toArray(), sandbox.toArray());
        break;
    case QJsonValue::String:
        compareString(path, key, real.toString(), sandbox.toString());
        break;
    case QJsonValue::Bool:
        if (real != sandbox)
            m_differences.append(QStringLiteral("%1: real %2, sandbox %3")
                                         .arg(path, shown(real), shown(sandbox)));
        break;
    case QJsonValue::Double:
        if ((key == u"code" || key == u"total") && real != sandbox)
            m_differences.append(QStringLiteral("%1: real %2, sandbox %3")
                                         .arg(path, shown(real), shown(sandbox)));
        break;
    default:
        break;
    }
}

void BodyComparer::compareObject(const QString &path, const QJsonObject &real,
                                 const QJsonObject &sandbox)
{
    QStringList missing;
    QStringList extra;
    for (auto it = real.begin(); it != real.end(); ++it) {
        if (!sandbox.contains(it.key()))
            missing.append(it.key());
    }
    for (auto it = sandbox.begin(); it != sandbox.end(); ++it) {
        if (!real.contains(it.key()))
            extra.append(it.key());
    }
    if (!missing.isEmpty())
        m_differences.append(
                QStringLiteral("%1: fields missing in sandbox: %2").arg(path, missing.join(u", ")));
    if (!extra.isEmpty())
        m_differences.append(
                QStringLiteral("%1: extra fields in sandbox: %2").arg(path, extra.join(u", ")));
    static const QStringList firstPartyProviders{u"email"_s, u"anonymous"_s, u"magic-url"_s,
                                                 u"phone"_s, u"token"_s,     u"server"_s};
    const QString provider = real.value(u"provider").toString();
    const bool thirdParty = !provider.isEmpty() && !firstPartyProviders.contains(provider);
    const auto realLifetime = lifetimeSeconds(real);
    const auto sandboxLifetime = lifetimeSeconds(sandbox);
    if (realLifetime && sandboxLifetime && std::abs(*realLifetime - *sandboxLifetime) > 60)
        m_differences.append(QStringLiteral("%1: lifetime (expire - $createdAt) real %2 s, "
                                            "sandbox %3 s")
                                     .arg(path)
                                     .arg(*realLifetime)
                                     .arg(*sandboxLifetime));
    for (auto it = real.begin(); it != real.end(); ++it) {
        if (!sandbox.contains(it.key()))
            continue;
        // The provider's own account ID and tokens come from Appwrite's mock provider in the
        // recording and from the sandbox's consent page in the replay: by design they differ.
        if (thirdParty && isProviderIssued(it.key())) {
            if (it->toString().isEmpty() != sandbox.value(it.key()).toString().isEmpty())
                m_differences.append(QStringLiteral("%1.%2: real %3, sandbox %4")
                                             .arg(path, it.key(), shown(it.value()),
                                                  shown(sandbox.value(it.key()))));
            continue;
        }
        compareValue(path + u'.' + it.key(), it.key(), it.value(), sandbox.value(it.key()));
    }
}

void BodyComparer::compareArray(const QString &path, const QString &key, const QJsonArray &real,
                                const QJsonArray &sandbox)
{
    if (real.size() != sandbox.size())
        m_differences.append(QStringLiteral("%1: real has %2 elements, sandbox %3")
                                     .arg(path)
                                     .arg(real.size())
                                     .arg(sandbox.size()));
    bool scalars = true;
    for (const QJsonValue &element : real)
        scalars = scalars && !element.isObject() && !element.isArray();
    // Lists of fixed words (factors, labels, scopes) are compared exactly; generated ones
    // (recovery codes) by shape.
    if (scalars && key != u"recoveryCodes") {
        if (mappedBack(m_map, sandbox) != QJsonValue(real) && real.size() == sandbox.size())
            m_differences.append(QStringLiteral("%1: real %2, sandbox %3")
                                         .arg(path, shown(real), shown(sandbox)));
        return;
    }
    const qsizetype common = std::min(real.size(), sandbox.size());
    for (qsizetype i = 0; i < common; ++i)
        compareValue(QStringLiteral("%1[%2]").arg(path).arg(i), key, real.at(i), sandbox.at(i));
}

void BodyComparer::compareString(const QString &path, const QString &key, const QString &real,
                                 const QString &sandbox)
{
    if (key == u"$id" || key == u"userId") {
        // Generated IDs match when the sandbox's is the one already paired with the real one.
        if (m_map.contains(real) && m_map.sandboxValue(real) != sandbox)
            m_differences.append(
                    QStringLiteral("%1: real \"%2\" (sandbox's \"%3\"), sandbox \"%4\"")
                            .arg(path, real, m_map.sandboxValue(real), sandbox));
        return;
    }
    if (key == u"jwt") {
        const QString realShape = jwtShape(real, m_realTime);
        const QString sandboxShape = jwtShape(sandbox, QDateTime::currentDateTimeUtc());
        if (realShape != sandboxShape)
            m_differences.append(QStringLiteral("%1: JWT claims real %2, sandbox %3")
                                         .arg(path, realShape, sandboxShape));
        return;
    }
    if (key == u"uri") {
        // An otpauth:// URI: everything but its secret must agree.
        static const QRegularExpression secret(QStringLiteral("secret=[A-Z2-7]+"));
        QString realUri = real;
        QString sandboxUri = sandbox;
        realUri.replace(secret, QStringLiteral("secret=…"));
        sandboxUri.replace(secret, QStringLiteral("secret=…"));
        if (realUri != sandboxUri)
            m_differences.append(QStringLiteral("%1: real \"%2\", sandbox \"%3\"")
                                         .arg(path, realUri, sandboxUri));
        return;
    }
    if (isExactKey(key)) {
        if (m_map.toReal(sandbox) != real)
            m_differences.append(
                    QStringLiteral("%1: real \"%2\", sandbox \"%3\"").arg(path, real, sandbox));
        return;
    }
    const QString realShape = stringShape(real);
    const QString sandboxShape = stringShape(sandbox);
    if (realShape != sandboxShape)
        m_differences.append(
                QStringLiteral("%1: real is %2 (%3), sandbox is %4 (%5)")
                        .arg(path, realShape, shown(real), sandboxShape, shown(sandbox)));
}

} // namespace Conformance
