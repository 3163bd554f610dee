#include "sandbox/sessions.h"

#include "sandbox/clock.h"
#include "sandbox/crypto.h"
#include "sandbox/database.h"
#include "sandbox/models.h"
#include "sandbox/options.h"
#include "sandbox/requestcontext.h"
#include "sandbox/response.h"
#include "sandbox/useragent.h"

#include "client/id.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Sandbox {

Sessions::Created Sessions::create(const RequestContext &ctx, const QString &userId,
                                   const Spec &spec)
{
    const qint64 now = Clock::nowMs();
    Created result;
    result.secret = Crypto::randomHex(256);
    const QString id = Appwrite::ID::unique();
    Database::Transaction transaction(m_db);
    m_db.exec(
            QStringLiteral(
                    "INSERT INTO sessions (id, user_id, created_at, updated_at, expire, "
                    "secret_hash, provider, provider_uid, provider_access_token, "
                    "provider_access_token_expiry, provider_refresh_token, ip, user_agent, "
                    "country_code, factors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, userId, now, now, now + m_options.sessionLengthSeconds * 1000,
             Crypto::sha256Hex(result.secret), spec.provider, spec.providerUid,
             spec.providerAccessToken, spec.providerAccessTokenExpiry, spec.providerRefreshToken,
             ctx.ip, ctx.userAgent, Country::codeFor(ctx.ip),
             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(spec.factors))
                                       .toJson(QJsonDocument::Compact))});
    enforceLimit(userId);
    transaction.commit();
    result.row = *m_db.one(QStringLiteral("SELECT * FROM sessions WHERE id = ?"), {id});
    return result;
}

Response Sessions::created(RequestContext &ctx, const Created &session)
{
    const QString userId = session.row.value(QStringLiteral("user_id")).toString();
    Response response = Response::json(201, Models::session(session.row, true));
    setCookies(response, ctx, encode(userId, session.secret),
               session.row.value(QStringLiteral("expire")).toLongLong());
    if (!ctx.auditUser)
        ctx.auditUser = m_db.one(QStringLiteral("SELECT * FROM users WHERE id = ?"), {userId});
    return response;
}

void Sessions::enforceLimit(const QString &userId)
{
    const qint64 total =
            m_db.count(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE user_id = ?"), {userId});
    if (total <= m_options.sessionLimit)
        return;
    const auto oldest = m_db.all(QStringLiteral("SELECT id FROM sessions WHERE user_id = ? ORDER "
                                                "BY seq LIMIT ?"),
                                 {userId, total - m_options.sessionLimit});
    for (const QVariantMap &row : oldest)
        remove(row.value(QStringLiteral("id")).toString());
}

std::optional<QVariantMap> Sessions::findBySecret(const QString &userId, const QString &secret)
{
    if (secret.isEmpty())
        return std::nullopt;
    // Expiry is checked here, not in SQL: a read bound to the time would never be cached.
    auto row =
            m_db.one(QStringLiteral("SELECT * FROM sessions WHERE secret_hash = ? AND user_id = ?"),
                     {Crypto::sha256Hex(secret), userId});
    if (row && row->value(QStringLiteral("expire")).toLongLong() <= Clock::nowMs())
        row.reset();
    return row;
}

std::optional<QVariantMap> Sessions::find(const QString &userId, const QString &sessionId)
{
    return m_db.one(QStringLiteral("SELECT * FROM sessions WHERE id = ? AND user_id = ?"),
                    {sessionId, userId});
}

QList<QVariantMap> Sessions::list(const QString &userId)
{
    return m_db.all(QStringLiteral("SELECT * FROM sessions WHERE user_id = ? ORDER BY seq"),
                    {userId});
}

void Sessions::remove(const QString &sessionId)
{
    m_db.exec(QStringLiteral("DELETE FROM targets WHERE session_id = ?"), {sessionId});
    m_db.exec(QStringLiteral("DELETE FROM sessions WHERE id = ?"), {sessionId});
}

void Sessions::removeAll(const QString &userId)
{
    Database::Transaction transaction(m_db);
    for (const QVariantMap &row : list(userId))
        remove(row.value(QStringLiteral("id")).toString());
    transaction.commit();
}

QVariantMap Sessions::extend(const QString &sessionId)
{
    const qint64 now = Clock::nowMs();
    m_db.exec(QStringLiteral("UPDATE sessions SET expire = ?, updated_at = ? WHERE id = ?"),
              {now + m_options.sessionLengthSeconds * 1000, now, sessionId});
    return m_db.one(QStringLiteral("SELECT * FROM sessions WHERE id = ?"), {sessionId})
            .value_or(QVariantMap());
}

QVariantMap Sessions::addFactor(const QString &sessionId, const QString &factor)
{
    const auto row =
            m_db.one(QStringLiteral("SELECT factors FROM sessions WHERE id = ?"), {sessionId});
    QJsonArray factors =
            QJsonDocument::fromJson(
                    row.value_or(QVariantMap()).value(QStringLiteral("factors")).toByteArray())
                    .array();
    if (!factors.contains(factor))
        factors.append(factor);
    const qint64 now = Clock::nowMs();
    m_db.exec(QStringLiteral("UPDATE sessions SET factors = ?, mfa_updated_at = ?, updated_at = ? "
                             "WHERE id = ?"),
              {QString::fromUtf8(QJsonDocument(factors).toJson(QJsonDocument::Compact)), now, now,
               sessionId});
    return m_db.one(QStringLiteral("SELECT * FROM sessions WHERE id = ?"), {sessionId})
            .value_or(QVariantMap());
}

QString Sessions::encode(const QString &userId, const QString &secret)
{
    const QJsonObject credential{{QStringLiteral("id"), userId},
                                 {QStringLiteral("secret"), secret}};
    return QString::fromLatin1(QJsonDocument(credential).toJson(QJsonDocument::Compact).toBase64());
}

bool Sessions::decode(const QString &value, QString *userId, QString *secret)
{
    const QByteArray raw = QUrl::fromPercentEncoding(value.toLatin1()).toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(raw);
    if (!decoded)
        return false;
    const QJsonObject credential = QJsonDocument::fromJson(decoded.decoded).object();
    *userId = credential.value(QStringLiteral("id")).toString();
    *secret = credential.value(QStringLiteral("secret")).toString();
    return !userId->isEmpty() && !secret->isEmpty();
}

namespace {

QByteArray cookieDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
            .toString(QStringLiteral("ddd, dd-MMM-yyyy HH:mm:ss 'GMT'"))
            .toLatin1();
}

// Host-only cookies for localhost and IP addresses, as the real server does.
QByteArray domainAttribute(const QString &host)
{
    if (host.isEmpty() || host == QStringLiteral("localhost") || !QHostAddress(host).isNull())
        return QByteArray();
    return "; domain=." + host.toLatin1();
}

void writeCookies(Response &response, const RequestContext &ctx, const QByteArray &value,
                  const QByteArray &lifetime)
{
    const QByteArray name = "a_session_" + ctx.project.toLatin1();
    const QByteArray attributes = lifetime + "; path=/" + domainAttribute(ctx.host) + "; httponly";
    response.addHeader("Set-Cookie", name + "_legacy=" + value + attributes);
    response.addHeader("Set-Cookie", name + '=' + value + attributes + "; samesite=None");
}

} // namespace

void Sessions::setCookies(Response &response, const RequestContext &ctx, const QString &value,
                          qint64 expireMs)
{
    const qint64 maxAge = qMax<qint64>(0, (expireMs - Clock::nowMs() + 500) / 1000);
    writeCookies(response, ctx, QUrl::toPercentEncoding(value),
                 "; expires=" + cookieDate(expireMs) + "; Max-Age=" + QByteArray::number(maxAge));
    const QJsonObject fallback{{QStringLiteral("a_session_") + ctx.project, value}};
    response.setHeader("X-Fallback-Cookies",
                       QJsonDocument(fallback).toJson(QJsonDocument::Compact));
}

void Sessions::clearCookies(Response &response, const RequestContext &ctx)
{
    writeCookies(response, ctx, "deleted", "; expires=Thu, 01-Jan-1970 00:00:01 GMT; Max-Age=0");
    response.setHeader("X-Fallback-Cookies", "[]");
}

} // namespace Sandbox
