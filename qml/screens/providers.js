.pragma library

// Display names of Appwrite OAuth2 providers; brand names are not translated.
const names = {
    amazon: "Amazon", apple: "Apple", auth0: "Auth0", authentik: "Authentik",
    autodesk: "Autodesk", bitbucket: "Bitbucket", bitly: "Bitly", box: "Box",
    dailymotion: "Dailymotion", discord: "Discord", disqus: "Disqus", dropbox: "Dropbox",
    etsy: "Etsy", facebook: "Facebook", figma: "Figma", github: "GitHub", gitlab: "GitLab",
    google: "Google", linkedin: "LinkedIn", microsoft: "Microsoft", notion: "Notion",
    oidc: "OpenID Connect", okta: "Okta", paypal: "PayPal", podio: "Podio",
    salesforce: "Salesforce", slack: "Slack", spotify: "Spotify", stripe: "Stripe",
    tradeshift: "Tradeshift", twitch: "Twitch", wordpress: "WordPress", yahoo: "Yahoo",
    yammer: "Yammer", yandex: "Yandex", zoho: "Zoho", zoom: "Zoom"
}

function name(provider) {
    return names[provider] || (provider.charAt(0).toUpperCase() + provider.slice(1))
}
