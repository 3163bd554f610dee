#include "valuemap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace Conformance {

namespace {

// Fields whose values the server generates and a later request may send back.
bool isGeneratedKey(const QString &key)
{
    return key == u"$id" || key == u"userId" || key == u"secret" || key == u"jwt";
}

QPair<QByteArray, QByteArray> cookieNameValue(const QByteArray &setCookie)
{
    const QByteArray first = setCookie.left(setCookie.indexOf(';')).trimmed();
    const qsizetype equals = first.indexOf('=');
    if (equals < 0)
        return {};
    return {first.left(equals).trimmed(), first.mid(equals + 1).trimmed()};
}

} // namespace

void ValueMap::noteClientChosen(const QJsonValue &value)
{
    if (value.isString()) {
        m_clientChosen.insert(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            noteClientChosen(element);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &element : object)
            noteClientChosen(element);
    }
}

void ValueMap::noteGenerated(const QString &real, const QString &origin)
{
    if (!real.isEmpty() && !m_clientChosen.contains(real) && !m_origin.contains(real))
        m_origin.insert(real, origin);
}

void ValueMap::learn(const QString &real, const QString &sandbox, const QString &origin)
{
    noteGenerated(real, origin);
    if (real.isEmpty() || sandbox.isEmpty() || m_toSandbox.contains(real))
        return;
    m_toSandbox.insert(real, sandbox);
}

void ValueMap::learnFromBodies(const QJsonValue &real, const QJsonValue &sandbox,
                               const QString &origin)
{
    if (real.isObject()) {
        const QJsonObject realObject = real.toObject();
        const QJsonObject sandboxObject = sandbox.toObject();
        for (auto it = realObject.begin(); it != realObject.end(); ++it) {
            const QJsonValue sandboxValue = sandboxObject.value(it.key());
            if (it->isString() && isGeneratedKey(it.key())) {
                if (sandboxValue.isString())
                    learn(it->toString(), sandboxValue.toString(), origin);
                else
                    noteGenerated(it->toString(), origin);
            } else if (it.key() == u"recoveryCodes" && it->isArray()) {
                const QJsonArray realCodes = it->toArray();
                const QJsonArray sandboxCodes = sandboxValue.toArray();
                for (qsizetype i = 0; i < realCodes.size(); ++i)
                    learn(realCodes.at(i).toString(), sandboxCodes.at(i).toString(), origin);
            } else if (it->isArray()) {
                // Lists are paired only when each side has exactly one element: the order of
                // longer lists is not something to rely on.
                const QJsonArray realList = it->toArray();
                const QJsonArray sandboxList = sandboxValue.toArray();
                if (realList.size() == 1 && sandboxList.size() == 1)
                    learnFromBodies(realList.first(), sandboxList.first(), origin);
                else {
                    for (const QJsonValue &element : realList)
                        learnFromBodies(element, QJsonValue(), origin);
                }
            }
        }
    }
}

void ValueMap::learnFromCookies(const QList<QByteArray> &real, const QList<QByteArray> &sandbox,
                                const QString &origin)
{
    for (const QByteArray &realCookie : real) {
        const auto [name, realValue] = cookieNameValue(realCookie);
        if (realValue.isEmpty() || realValue == "deleted")
            continue;
        QString sandboxValue;
        for (const QByteArray &sandboxCookie : sandbox) {
            const auto [sandboxName, value] = cookieNameValue(sandboxCookie);
            if (sandboxName == name && value != "deleted")
                sandboxValue = QString::fromUtf8(value);
        }
        learn(QString::fromUtf8(realValue), sandboxValue, origin);
        // The value carries the user's ID, the first sight of it after an OAuth2 sign-in.
        const auto payload = [](const QByteArray &value) {
            return QJsonDocument::fromJson(
                           QByteArray::fromBase64(QByteArray::fromPercentEncoding(value)))
                    .object();
        };
        learn(payload(realValue).value(u"id").toString(),
              payload(sandboxValue.toUtf8()).value(u"id").toString(), origin);
    }
}

void ValueMap::learnFromFallbackCookies(const QByteArray &real, const QByteArray &sandbox,
                                        const QString &origin)
{
    const QJsonObject realCookies = QJsonDocument::fromJson(real).object();
    const QJsonObject sandboxCookies = QJsonDocument::fromJson(sandbox).object();
    for (auto it = realCookies.begin(); it != realCookies.end(); ++it)
        learn(it->toString(), sandboxCookies.value(it.key()).toString(), origin);
}

void ValueMap::learnFromLocations(const QByteArray &real, const QByteArray &sandbox,
                                  const QString &origin)
{
    const QUrlQuery realQuery(QUrl::fromEncoded(real));
    const QUrlQuery sandboxQuery(QUrl::fromEncoded(sandbox));
    for (const auto &item : realQuery.queryItems(QUrl::FullyDecoded)) {
        if (isGeneratedKey(item.first))
            learn(item.second, sandboxQuery.queryItemValue(item.first, QUrl::FullyDecoded), origin);
    }
}

void ValueMap::noteIfUnmapped(const QString &real)
{
    if (m_origin.contains(real) && !m_toSandbox.contains(real)) {
        const QString shown = real.size() > 24 ? real.left(20) + QStringLiteral("…") : real;
        const QString note = QStringLiteral("%1 (from step %2)").arg(shown, m_origin.value(real));
        if (!m_unmapped.contains(note))
            m_unmapped.append(note);
    }
}

QString ValueMap::toSandbox(const QString &text)
{
    noteIfUnmapped(text);
    return m_toSandbox.value(text, text);
}

QJsonValue ValueMap::toSandbox(const QJsonValue &value)
{
    if (value.isString())
        return toSandbox(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &element : value.toArray())
            array.append(toSandbox(element));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            *it = toSandbox(it.value());
        return object;
    }
    return value;
}

QString ValueMap::toSandboxWithin(const QString &text)
{
    QString result = text;
    for (auto it = m_origin.cbegin(); it != m_origin.cend(); ++it) {
        // Short values (6-digit codes, "alice") would match by accident inside other text.
        if (it.key().size() < 16 || !result.contains(it.key()))
            continue;
        noteIfUnmapped(it.key());
        if (m_toSandbox.contains(it.key()))
            result.replace(it.key(), m_toSandbox.value(it.key()));
    }
    return result;
}

QString ValueMap::toReal(const QString &text) const
{
    QString result = text;
    for (auto it = m_toSandbox.cbegin(); it != m_toSandbox.cend(); ++it) {
        if (it.value().size() >= 6 && it.value() != it.key())
            result.replace(it.value(), it.key());
    }
    return result;
}

QStringList ValueMap::takeUnmapped()
{
    return std::exchange(m_unmapped, {});
}

} // namespace Conformance
