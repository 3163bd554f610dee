#include "sandbox/linkbuilder.h"

#include <QUrl>
#include <QUrlQuery>

namespace Sandbox {

namespace {

QueryItems mergedQuery(const QUrl &url, const QueryItems &items)
{
    QueryItems merged;
    const QUrlQuery existing(url.query(QUrl::FullyEncoded));
    for (const auto &[key, value] : existing.queryItems(QUrl::FullyDecoded))
        merged.append({key, value});
    // Like PHP array_merge: a key already present keeps its place and takes the new value.
    for (const auto &item : items) {
        auto found = std::find_if(merged.begin(), merged.end(),
                                  [&](const auto &pair) { return pair.first == item.first; });
        if (found != merged.end())
            found->second = item.second;
        else
            merged.append(item);
    }
    return merged;
}

QString encodedQuery(const QueryItems &items)
{
    QStringList parts;
    for (const auto &[key, value] : items)
        parts << LinkBuilder::formEncode(key) + QLatin1Char('=') + LinkBuilder::formEncode(value);
    return parts.join(QLatin1Char('&'));
}

QString rebuild(const QUrl &url, const QString &query, bool oauthStyle)
{
    QString out = url.scheme() + QStringLiteral("://");
    if (oauthStyle)
        out += QStringLiteral(":@");
    out += url.host(QUrl::FullyEncoded);
    if (url.port() >= 0)
        out += QLatin1Char(':') + QString::number(url.port());
    out += url.path(QUrl::FullyEncoded);
    if (!query.isEmpty())
        out += QLatin1Char('?') + query;
    if (oauthStyle || url.hasFragment())
        out += QLatin1Char('#') + url.fragment(QUrl::FullyEncoded);
    return out;
}

} // namespace

QString LinkBuilder::emailLink(const QString &url, const QueryItems &items)
{
    const QUrl parsed(url);
    return rebuild(parsed, encodedQuery(mergedQuery(parsed, items)), false);
}

QString LinkBuilder::oauthRedirect(const QString &url, const QueryItems &items)
{
    const QUrl parsed(url);
    return rebuild(parsed, encodedQuery(mergedQuery(parsed, items)), true);
}

QString LinkBuilder::formEncode(const QString &value)
{
    QString out;
    const QByteArray bytes = value.toUtf8();
    for (const char c : bytes) {
        const auto u = quint8(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'
            || u == '_' || u == '.') {
            out += QLatin1Char(c);
        } else if (u == ' ') {
            out += QLatin1Char('+');
        } else {
            out += QStringLiteral("%%1").arg(uint(u), 2, 16, QLatin1Char('0')).toUpper();
        }
    }
    return out;
}

} // namespace Sandbox
