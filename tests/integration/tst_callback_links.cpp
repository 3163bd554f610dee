// Links back into the app through its URL scheme, against a sandbox: the emailed links default
// to appwrite-callback-<project>://localhost/<purpose>; CallbackRouter completes a magic-URL
// sign-in, an email verification and a recovery from them, and refuses what is not for it.
#include "client/sessionstore.h"
#include "core/accountmodel.h"
#include "core/callbackrouter.h"
#include "core/callbackscheme.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <list>

namespace {
constexpr int timeout = 20000;
const QString password = QStringLiteral("correct horse battery");

QString uniqueEmail(const char *name)
{
    return QStringLiteral("%1.%2@example.com")
            .arg(QLatin1String(name))
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

QString describe(const Operation *op)
{
    const QVariantMap error = op->error().toMap();
    return error.value(QStringLiteral("type")).toString() + QStringLiteral(": ")
            + error.value(QStringLiteral("text")).toString();
}
} // namespace

#define WAIT_OK(call) \
    do { \
        const Operation *const waited = (call); \
        QVERIFY(waited); \
        QTRY_VERIFY_WITH_TIMEOUT(waited->done(), timeout); \
        QVERIFY2(waited->ok(), qPrintable(describe(waited))); \
    } while (false)

class TestCallbackLinks : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    std::list<Appwrite::MemorySessionStore> m_stores;

    void attach(AccountModel &model)
    {
        model.setSessionStore(&m_stores.emplace_back());
        model.setConnection(m_sandbox.endpoint(), m_sandbox.project(), false,
                            m_sandbox.isSandbox());
    }
    //! The link of the newest message the sandbox sent to \a email.
    QString linkSentTo(const QString &email)
    {
        QUrl url(m_sandbox.endpoint().toString() + QStringLiteral("/sandbox/outbox"));
        url.setQuery(QUrlQuery{{QStringLiteral("to"), email}});
        std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(url)));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(timeout))
            return QString();
        const QJsonArray messages = QJsonDocument::fromJson(reply->readAll())
                                            .object()
                                            .value(QStringLiteral("messages"))
                                            .toArray();
        return messages.isEmpty()
                ? QString()
                : messages.first().toObject().value(QStringLiteral("url")).toString();
    }
    QString schemeLink(const QString &purpose) const
    {
        return CallbackScheme::url(m_sandbox.project(), purpose).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        if (!m_sandbox.isSandbox())
            QSKIP("The links are read from the sandbox outbox; APPWRITE_ENDPOINT is set.");
    }

    void defaultLinksUseTheScheme()
    {
        AccountModel model(nullptr);
        attach(model);
        QCOMPARE(model.defaultCallbackUrl(QStringLiteral("magic-url")),
                 QStringLiteral("appwrite-callback-%1://localhost/magic-url")
                         .arg(m_sandbox.project().toLower()));
        // A project id that cannot be part of a scheme falls back on a plain localhost address.
        QVERIFY(!CallbackScheme::usable(QStringLiteral("my_project")));
        QVERIFY(CallbackScheme::url(QStringLiteral("my_project"), QStringLiteral("x")).isEmpty());
        QCOMPARE(CallbackScheme::projectOf(QUrl(QStringLiteral("Appwrite-Callback-MyProj://x/y"))),
                 QStringLiteral("myproj"));
        QVERIFY(CallbackScheme::projectOf(QUrl(QStringLiteral("https://example.com/"))).isEmpty());
    }

    void magicLinkFromOutboxSignsIn()
    {
        AccountModel model(nullptr);
        attach(model);
        CallbackRouter router(&model, nullptr, nullptr);
        const QString email = uniqueEmail("magic");
        WAIT_OK(model.sendMagicLink(email, QString()));
        const QString link = linkSentTo(email);
        // The email leads back through the app's scheme, which the server accepted.
        QVERIFY2(link.startsWith(schemeLink(QStringLiteral("magic-url")) + QLatin1Char('?')),
                 qPrintable(link));
        QVERIFY(!model.signedIn());

        QVERIFY(router.open(link));
        QCOMPARE(router.purpose(), QStringLiteral("magic-url"));
        WAIT_OK(router.operation());
        QVERIFY(model.signedIn());
        QCOMPARE(model.user().toMap().value(QStringLiteral("email")).toString(), email);
    }

    void verificationLinkVerifies()
    {
        AccountModel model(nullptr);
        attach(model);
        CallbackRouter router(&model, nullptr, nullptr);
        const QString email = uniqueEmail("verify");
        WAIT_OK(model.signUp(email, password, QStringLiteral("Verifier")));
        QVERIFY(!model.user().toMap().value(QStringLiteral("emailVerification")).toBool());
        WAIT_OK(model.sendEmailVerification(QString()));
        const QString link = linkSentTo(email);
        QVERIFY2(link.startsWith(schemeLink(QStringLiteral("verification"))), qPrintable(link));

        QVERIFY(router.open(link));
        WAIT_OK(router.operation());
        QTRY_VERIFY_WITH_TIMEOUT(
                model.user().toMap().value(QStringLiteral("emailVerification")).toBool(), timeout);
    }

    //! Opened while signed out, a verification link is kept and applied after the sign-in of
    //! its own user, not of someone else.
    void verificationLinkWaitsForSignIn()
    {
        AccountModel model(nullptr);
        attach(model);
        CallbackRouter router(&model, nullptr, nullptr);
        const QString email = uniqueEmail("later");
        WAIT_OK(model.signUp(email, password, QStringLiteral("Later")));
        WAIT_OK(model.sendEmailVerification(QString()));
        const QString link = linkSentTo(email);
        QVERIFY2(link.startsWith(schemeLink(QStringLiteral("verification"))), qPrintable(link));
        WAIT_OK(model.signOut());
        const QString other = uniqueEmail("other");
        WAIT_OK(model.signUp(other, password, QStringLiteral("Other")));
        WAIT_OK(model.signOut());

        QSignalSpy pending(&router, &CallbackRouter::verificationPendingChanged);
        QVERIFY(router.open(link));
        QVERIFY(router.verificationPending());
        QCOMPARE(pending.size(), 1);
        QVERIFY(!router.operation());

        // Someone else signs in: the link stays for its own user.
        WAIT_OK(model.signIn(other, password));
        QTRY_VERIFY_WITH_TIMEOUT(!model.user().toMap().value(QStringLiteral("$id")).isNull(),
                                 timeout);
        QVERIFY(router.verificationPending());
        QVERIFY(!router.operation());
        WAIT_OK(model.signOut());

        WAIT_OK(model.signIn(email, password));
        QTRY_VERIFY_WITH_TIMEOUT(!router.verificationPending(), timeout);
        QCOMPARE(router.purpose(), QStringLiteral("verification"));
        WAIT_OK(router.operation());
        QTRY_VERIFY_WITH_TIMEOUT(
                model.user().toMap().value(QStringLiteral("emailVerification")).toBool(), timeout);
    }

    void recoveryLinkAsksForPassword()
    {
        AccountModel model(nullptr);
        attach(model);
        const QString email = uniqueEmail("recover");
        WAIT_OK(model.signUp(email, password, QStringLiteral("Recoverer")));
        WAIT_OK(model.signOut());
        CallbackRouter router(&model, nullptr, nullptr);
        QSignalSpy requested(&router, &CallbackRouter::recoveryRequested);
        WAIT_OK(model.sendRecovery(email, QString()));
        const QString link = linkSentTo(email);
        QVERIFY2(link.startsWith(schemeLink(QStringLiteral("recovery"))), qPrintable(link));

        QVERIFY(router.open(link));
        QCOMPARE(requested.size(), 1);
        const QString userId = requested.constFirst().at(0).toString();
        const QString secret = requested.constFirst().at(1).toString();
        QCOMPARE(router.pendingRecovery().value(QStringLiteral("secret")).toString(), secret);
        WAIT_OK(model.completeRecovery(userId, secret, QStringLiteral("a brand new secret")));
        router.clearPendingRecovery();
        QVERIFY(router.pendingRecovery().isEmpty());
        WAIT_OK(model.signIn(email, QStringLiteral("a brand new secret")));
    }

    void foreignOrBrokenLinksAreRefused()
    {
        AccountModel model(nullptr);
        attach(model);
        CallbackRouter router(&model, nullptr, nullptr);
        // Not a link of the app at all.
        QVERIFY(!router.open(QStringLiteral("https://example.com/magic-url?userId=a&secret=b")));
        QVERIFY(!router.open(QStringLiteral("appwrite-callback-://localhost/magic-url")));

        const QStringList refused{
                // another project, which is not connected here
                QStringLiteral(
                        "appwrite-callback-elsewhere://localhost/magic-url?userId=a&secret=b"),
                // no secret
                schemeLink(QStringLiteral("magic-url")) + QStringLiteral("?userId=a"),
                // an OAuth2 return nobody waits for
                schemeLink(QStringLiteral("auth/oauth2/success"))
                        + QStringLiteral("?state=x&userId=a&secret=b"),
                // a verification link without its secret
                schemeLink(QStringLiteral("verification")) + QStringLiteral("?userId=a"),
                schemeLink(QStringLiteral("unknown")) + QStringLiteral("?userId=a&secret=b"),
        };
        for (const QString &link : refused) {
            QVERIFY(router.open(link));
            const Operation *op = router.operation();
            QVERIFY(op);
            QTRY_VERIFY(op->done());
            QVERIFY2(!op->ok(), qPrintable(link));
            QCOMPARE(op->error().toMap().value(QStringLiteral("field")).toString(),
                     QStringLiteral("link"));
        }
        QVERIFY(!model.signedIn());
        QVERIFY(!model.busy());
    }
};

QTEST_MAIN(TestCallbackLinks)
#include "tst_callback_links.moc"
