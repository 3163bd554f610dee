#include "sandbox/htmlpages.h"
#include "sandbox/oauthproviders.h"

#include <QTest>

using namespace Sandbox;

class TestOAuthPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void providersAreTheSpecEnum()
    {
        QCOMPARE(OAuthProviders::ids().size(), 39);
        QCOMPARE(OAuthProviders::ids().first(), u"amazon");
        QCOMPARE(OAuthProviders::ids().last(), u"mock");
        QVERIFY(OAuthProviders::contains(QStringLiteral("paypalSandbox")));
        QVERIFY(!OAuthProviders::contains(QStringLiteral("paypalsandbox")));
        QVERIFY(!OAuthProviders::contains(QStringLiteral("nosuchprovider")));
        QCOMPARE(OAuthProviders::displayName(QStringLiteral("github")), u"GitHub");
        QCOMPARE(OAuthProviders::displayName(QStringLiteral("other")), u"other");
    }
    void validationMessageMatchesTheRealServer()
    {
        QCOMPARE(OAuthProviders::validationMessage(),
                 QStringLiteral("Value must be one of (amazon, apple, auth0, authentik, autodesk, "
                                "bitbucket, bitly, box, dailymotion, discord, disqus, dropbox, "
                                "etsy, facebook, github, gitlab, google, linkedin, microsoft, "
                                "notion, oidc, okta, paypal, paypalSandbox, podio, salesforce, "
                                "slack, spotify, stripe, tradeshift, tradeshiftBox, twitch, "
                                "wordpress, yahoo, yammer, yandex, zoho, zoom, mock)"));
    }

    void consentPageOffersBothChoices()
    {
        ConsentPageContent content;
        content.providerId = QStringLiteral("github");
        content.providerName = QStringLiteral("GitHub");
        content.projectName = QStringLiteral("Sandbox <dev>");
        content.state = QStringLiteral("st4te");
        content.scopes = {QStringLiteral("read:user")};
        content.email = QStringLiteral("o'neil@example.com");
        const QString html = QString::fromUtf8(HtmlPages::consent(content));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"en\">")));
        QVERIFY(html.contains(QStringLiteral("<title>Sign in with GitHub</title>")));
        QVERIFY(html.contains(QStringLiteral("action=\"/v1/sandbox/oauth2/github/authorize\"")));
        QVERIFY(html.contains(QStringLiteral("name=\"state\" value=\"st4te\"")));
        QVERIFY(html.contains(QStringLiteral("<label for=\"email\">")));
        QVERIFY(html.contains(QStringLiteral("<label for=\"name\">")));
        QVERIFY(html.contains(QStringLiteral("value=\"o&#039;neil@example.com\"")));
        QVERIFY(html.contains(QStringLiteral("Sandbox &lt;dev&gt;")));
        QVERIFY(html.contains(QStringLiteral("read:user")));
        QVERIFY(html.contains(QStringLiteral("name=\"decision\" value=\"approve\">Approve<")));
        QVERIFY(html.contains(
                QStringLiteral("name=\"decision\" value=\"deny\" formnovalidate>Deny<")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
    }
    void errorPageShowsStatusMessageAndType()
    {
        const QString html = QString::fromUtf8(HtmlPages::error(
                QStringLiteral("Sandbox"), 400, QStringLiteral("Invalid `success` param: <x>"),
                QStringLiteral("general_argument_invalid")));
        QVERIFY(html.contains(QStringLiteral("<title>Sandbox - Error</title>")));
        QVERIFY(html.contains(QStringLiteral("<h1>Error 400</h1>")));
        QVERIFY(html.contains(QStringLiteral("Invalid `success` param: &lt;x&gt;")));
        QVERIFY(html.contains(QStringLiteral("<code>general_argument_invalid</code>")));
    }
};

QTEST_GUILESS_MAIN(TestOAuthPages)
#include "tst_oauth_pages.moc"
