#include "sandbox/oauthproviders.h"

#include <QHash>

namespace Sandbox {

namespace {

struct Provider
{
    const char *id;
    const char *name;
};

constexpr Provider providers[] = {
        {"amazon", "Amazon"},
        {"apple", "Apple"},
        {"auth0", "Auth0"},
        {"authentik", "Authentik"},
        {"autodesk", "Autodesk"},
        {"bitbucket", "Bitbucket"},
        {"bitly", "Bitly"},
        {"box", "Box"},
        {"dailymotion", "Dailymotion"},
        {"discord", "Discord"},
        {"disqus", "Disqus"},
        {"dropbox", "Dropbox"},
        {"etsy", "Etsy"},
        {"facebook", "Facebook"},
        {"github", "GitHub"},
        {"gitlab", "GitLab"},
        {"google", "Google"},
        {"linkedin", "LinkedIn"},
        {"microsoft", "Microsoft"},
        {"notion", "Notion"},
        {"oidc", "OpenID Connect"},
        {"okta", "Okta"},
        {"paypal", "PayPal"},
        {"paypalSandbox", "PayPal Sandbox"},
        {"podio", "Podio"},
        {"salesforce", "Salesforce"},
        {"slack", "Slack"},
        {"spotify", "Spotify"},
        {"stripe", "Stripe"},
        {"tradeshift", "Tradeshift"},
        {"tradeshiftBox", "Tradeshift Sandbox"},
        {"twitch", "Twitch"},
        {"wordpress", "WordPress"},
        {"yahoo", "Yahoo"},
        {"yammer", "Yammer"},
        {"yandex", "Yandex"},
        {"zoho", "Zoho"},
        {"zoom", "Zoom"},
        {"mock", "Mock"},
};

const QHash<QString, QString> &names()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> result;
        for (const Provider &provider : providers)
            result.insert(QLatin1String(provider.id), QLatin1String(provider.name));
        return result;
    }();
    return table;
}

} // namespace

const QStringList &OAuthProviders::ids()
{
    static const QStringList list = [] {
        QStringList result;
        for (const Provider &provider : providers)
            result << QLatin1String(provider.id);
        return result;
    }();
    return list;
}

bool OAuthProviders::contains(const QString &id)
{
    return names().contains(id);
}

QString OAuthProviders::displayName(const QString &id)
{
    return names().value(id, id);
}

QString OAuthProviders::validationMessage()
{
    return QStringLiteral("Value must be one of (%1)").arg(ids().join(QStringLiteral(", ")));
}

} // namespace Sandbox
