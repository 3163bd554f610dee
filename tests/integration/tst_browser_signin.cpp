// OAuth2 sign-in in the system browser, end to end: BrowserSignIn listens on the loopback, the
// test plays the browser through the sandbox's consent page, and the account ends signed in (or
// not, with the reason). Also: state checks, timeout, cancel, and the port being released.
#include "client/sessionstore.h"
#include "core/accountmodel.h"
#include "core/browsersignin.h"
#include "core/callbackpage.h"
#include "sandboxprocess.h"
#include "testbrowser.h"

#include <QDesktopServices>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <list>

namespace {
constexpr int timeout = 20000;

QString uniqueEmail(const char *name)
{
    return QStringLiteral("%1.%2@example.com")
            .arg(QLatin1String(name))
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

QVariantMap errorOf(const Operation *op)
{
    return op->error().toMap();
}

//! True when nothing listens on \a port of the loopback any more (we can take it ourselves).
bool portReleased(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, port);
}

bool isLoopback(const QUrl &url)
{
    return url.scheme() == QStringLiteral("http") && url.host() == QStringLiteral("localhost");
}
} // namespace

//! Stands in for the desktop's browser: records what the app asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void openUrl(const QUrl &url) { opened << url; }
};

class TestBrowserSignIn : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    UrlCatcher m_desktop;
    TestBrowser m_browser;
    std::list<Appwrite::MemorySessionStore> m_stores;

    void attach(AccountModel &model)
    {
        model.setSessionStore(&m_stores.emplace_back());
        model.setConnection(m_sandbox.endpoint(), m_sandbox.project(), false,
                            m_sandbox.isSandbox());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_desktop, "openUrl");
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        if (!m_sandbox.isSandbox())
            QSKIP("The browser is played through the sandbox's consent page; APPWRITE_ENDPOINT "
                  "is set.");
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }

    void approveSignsIn()
    {
        AccountModel model(nullptr);
        attach(model);
        BrowserSignIn signIn;
        signIn.setAccount(&model);
        m_desktop.opened.clear();
        Operation *op = signIn.start(QStringLiteral("github"));
        QVERIFY(signIn.waiting());
        QVERIFY(op->busy());
        // The browser was asked to open the provider's page, which returns to the loopback.
        QCOMPARE(m_desktop.opened.size(), 1);
        QCOMPARE(m_desktop.opened.constFirst().toString(), signIn.url());
        QVERIFY(signIn.browserOpened());
        const QUrl success = signIn.successUrl();
        QVERIFY2(isLoopback(success), qPrintable(success.toString()));
        QVERIFY(QUrlQuery(success).hasQueryItem(QStringLiteral("state")));
        QVERIFY(!portReleased(quint16(success.port())));

        const QString email = uniqueEmail("approve");
        const TestBrowser::Page page =
                m_browser.decide(QUrl(signIn.url()), QStringLiteral("approve"), email);
        // The browser ended on the app's listener, which showed the "close this tab" page.
        QVERIFY2(isLoopback(page.url), qPrintable(page.url.toString()));
        QCOMPARE(page.url.port(), success.port());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains(
                CallbackPage::title(CallbackPage::Kind::Success).toHtmlEscaped().toUtf8()));

        QTRY_VERIFY_WITH_TIMEOUT(op->done(), timeout);
        QVERIFY2(op->ok(), qPrintable(errorOf(op).value(QStringLiteral("text")).toString()));
        QVERIFY(model.signedIn());
        QCOMPARE(model.user().toMap().value(QStringLiteral("email")).toString(), email);
        QVERIFY(!signIn.waiting());
        QVERIFY(portReleased(quint16(success.port())));
    }

    void denyFailsWithReason()
    {
        AccountModel model(nullptr);
        attach(model);
        BrowserSignIn signIn;
        signIn.setAccount(&model);
        Operation *op = signIn.start(QStringLiteral("github"));
        const quint16 port = quint16(signIn.successUrl().port());
        const TestBrowser::Page page = m_browser.decide(QUrl(signIn.url()), QStringLiteral("deny"));
        QVERIFY2(isLoopback(page.url), qPrintable(page.url.toString()));
        QCOMPARE(page.url.path(), QStringLiteral("/auth/oauth2/failure"));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains(
                CallbackPage::title(CallbackPage::Kind::Failure).toHtmlEscaped().toUtf8()));
        // The provider's message is shown to the person in the browser too.
        QVERIFY(page.body.contains("access_denied"));

        QTRY_VERIFY_WITH_TIMEOUT(op->done(), timeout);
        QVERIFY(!op->ok());
        QCOMPARE(errorOf(op).value(QStringLiteral("type")).toString(),
                 QStringLiteral("user_oauth2_provider_error"));
        QVERIFY(!errorOf(op).value(QStringLiteral("text")).toString().isEmpty());
        QVERIFY(!model.signedIn());
        QVERIFY(!signIn.waiting());
        QVERIFY(portReleased(port));
    }

    void wrongOrMissingStateIsRefused()
    {
        AccountModel model(nullptr);
        attach(model);
        BrowserSignIn signIn;
        signIn.setAccount(&model);
        QSignalSpy changes(&signIn, &BrowserSignIn::stateChanged);
        Operation *op = signIn.start(QStringLiteral("github"));
        // Stop before the browser reaches the app: the real token stays unused.
        const TestBrowser::Page stopped = m_browser.decide(
                QUrl(signIn.url()), QStringLiteral("approve"), uniqueEmail("state"), isLoopback);
        QVERIFY2(isLoopback(stopped.url), qPrintable(stopped.url.toString()));
        QUrlQuery query(stopped.url);
        QVERIFY(query.hasQueryItem(QStringLiteral("secret")));

        const QStringList forged{QStringLiteral("not-the-state"), QString()};
        for (const QString &state : forged) {
            QUrl url = stopped.url;
            QUrlQuery changed = query;
            changed.removeAllQueryItems(QStringLiteral("state"));
            if (!state.isEmpty())
                changed.addQueryItem(QStringLiteral("state"), state);
            url.setQuery(changed);
            const TestBrowser::Page page = m_browser.browse(url);
            QCOMPARE(page.status, 400);
            QVERIFY(page.body.contains(
                    CallbackPage::title(CallbackPage::Kind::Refused).toHtmlEscaped().toUtf8()));
        }
        // Nothing happened: no session, still waiting for the real browser.
        QVERIFY(op->busy());
        QVERIFY(signIn.waiting());
        QVERIFY(!model.signedIn());
        QVERIFY(!model.busy());

        // The genuine address still completes.
        const TestBrowser::Page page = m_browser.browse(stopped.url);
        QCOMPARE(page.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(op->done(), timeout);
        QVERIFY(op->ok());
        QVERIFY(model.signedIn());
    }

    void timeoutClosesListener()
    {
        AccountModel model(nullptr);
        attach(model);
        BrowserSignIn signIn;
        signIn.setAccount(&model);
        signIn.setTimeout(500);
        Operation *op = signIn.start(QStringLiteral("gitlab"));
        const QUrl success = signIn.successUrl();
        QVERIFY(!portReleased(quint16(success.port())));
        QVERIFY(signIn.secondsLeft() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(op->done(), timeout);
        QVERIFY(!op->ok());
        QCOMPARE(errorOf(op).value(QStringLiteral("kind")).toString(), QStringLiteral("timeout"));
        QVERIFY(!signIn.waiting());
        QCOMPARE(signIn.secondsLeft(), 0);
        QVERIFY(portReleased(quint16(success.port())));
        // A browser coming back late finds nobody and nothing is signed in.
        const TestBrowser::Page late = m_browser.decide(
                QUrl(signIn.url()), QStringLiteral("approve"), uniqueEmail("late"));
        QVERIFY(isLoopback(late.url));
        QCOMPARE(late.status, 0);
        QCOMPARE(late.error, QNetworkReply::ConnectionRefusedError);
        QVERIFY(!model.signedIn());
    }

    void cancelClosesListener()
    {
        AccountModel model(nullptr);
        attach(model);
        BrowserSignIn signIn;
        signIn.setAccount(&model);
        Operation *op = signIn.start(QStringLiteral("discord"));
        const QUrl success = signIn.successUrl();
        QVERIFY(!portReleased(quint16(success.port())));
        signIn.cancel();
        QVERIFY(op->done());
        QCOMPARE(errorOf(op).value(QStringLiteral("kind")).toString(), QStringLiteral("cancelled"));
        QVERIFY(!signIn.waiting());
        QVERIFY(portReleased(quint16(success.port())));
        const TestBrowser::Page late = m_browser.decide(
                QUrl(signIn.url()), QStringLiteral("approve"), uniqueEmail("cancelled"));
        QCOMPARE(late.error, QNetworkReply::ConnectionRefusedError);
        QVERIFY(!model.signedIn());
    }

    void pastedAddressCompletes()
    {
        AccountModel model(nullptr);
        attach(model);
        BrowserSignIn signIn;
        signIn.setAccount(&model);
        Operation *op = signIn.start(QStringLiteral("github"));
        const quint16 port = quint16(signIn.successUrl().port());
        const QString email = uniqueEmail("pasted");
        // The browser could not come back (another machine, another browser): the person
        // copies the address it ended on into the app.
        const TestBrowser::Page stopped =
                m_browser.decide(QUrl(signIn.url()), QStringLiteral("approve"), email, isLoopback);
        const QUrlQuery query(stopped.url);
        Operation *completed = signIn.complete(query.queryItemValue(QStringLiteral("userId")),
                                               query.queryItemValue(QStringLiteral("secret")));
        QCOMPARE(completed, op);
        QVERIFY(portReleased(port));
        QTRY_VERIFY_WITH_TIMEOUT(op->done(), timeout);
        QVERIFY(op->ok());
        QCOMPARE(model.user().toMap().value(QStringLiteral("email")).toString(), email);
    }

    void unknownProviderFailsAtOnce()
    {
        AccountModel model(nullptr);
        attach(model);
        BrowserSignIn signIn;
        signIn.setAccount(&model);
        m_desktop.opened.clear();
        Operation *op = signIn.start(QStringLiteral("no-such-provider"));
        QVERIFY(op->done());
        QVERIFY(!op->ok());
        QVERIFY(!signIn.waiting());
        QVERIFY(m_desktop.opened.isEmpty());
    }
};

QTEST_MAIN(TestBrowserSignIn)
#include "tst_browser_signin.moc"
