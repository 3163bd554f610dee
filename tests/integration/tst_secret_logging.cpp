// No credential reaches the log: every logging category on (debug included), a full sign-up,
// JWT, sign-out, magic-link token, password change and sign-in against the sandbox running
// in-process (as with --sandbox, so its logging counts too). The app's own categories must
// never carry a secret; everything, Qt's categories included, must be clean after Redaction.
#include "client/redaction.h"
#include "client/sessionstore.h"
#include "core/accountmodel.h"
#include "core/embeddedsandbox.h"
#include "operationwait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTest>

namespace {
constexpr int timeout = 30000;

struct Line
{
    QString category;
    QString message;
};
QList<Line> captured;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    captured.append(
            {QString::fromLatin1(context.category ? context.category : "default"), message});
}

//! The credential and, when it is Appwrite's base64 JSON {id, secret}, the secret inside.
QStringList credentialParts(const QString &credential)
{
    QStringList parts{credential};
    const QJsonObject inner =
            QJsonDocument::fromJson(QByteArray::fromBase64(credential.toLatin1())).object();
    if (!inner.value(QLatin1String("secret")).toString().isEmpty())
        parts << inner.value(QLatin1String("secret")).toString();
    return parts;
}
} // namespace

class TestSecretLogging : public QObject
{
    Q_OBJECT
private:
    EmbeddedSandbox m_sandbox;
    QStringList m_secrets;

    void remember(const QString &secret)
    {
        QVERIFY(secret.size() >= 6);
        m_secrets << secret;
    }
    QJsonObject latestOutboxMessage(AccountModel &model)
    {
        QJsonObject latest;
        bool done = false;
        model.client()->call(
                Appwrite::Client::Method::Get, QStringLiteral("/sandbox/outbox"), {}, this,
                [&](const Appwrite::Result<QJsonObject> &answer) {
                    done = true;
                    if (answer.ok()) {
                        const QJsonArray all =
                                answer.value().value(QLatin1String("messages")).toArray();
                        if (!all.isEmpty())
                            latest = all.last().toObject();
                    }
                });
        if (!QTest::qWaitFor([&] { return done; }, timeout))
            return {};
        return latest;
    }

private Q_SLOTS:
    void initTestCase()
    {
        EmbeddedSandbox::Options options;
        options.inMemory = true;
        options.rateLimits = false;
        QVERIFY2(m_sandbox.start(options), qPrintable(m_sandbox.errorString()));
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    }

    void fullFlowLogsNoSecret()
    {
        Appwrite::MemorySessionStore store;
        AccountModel model(nullptr);
        model.setSessionStore(&store);
        model.setConnection(m_sandbox.endpoint(), m_sandbox.projectId(), false, true);
        const QString email =
                QStringLiteral("log.%1@example.com")
                        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        const QString password =
                QStringLiteral("Pw-%1-horse").arg(QRandomGenerator::global()->generate());
        const QString newPassword =
                QStringLiteral("Pw2-%1-staple").arg(QRandomGenerator::global()->generate());
        remember(password);
        remember(newPassword);
        const QString key = model.client()->sessionKey();

        QtMessageHandler previous = qInstallMessageHandler(capture);
        const auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });

        WAIT_OK(model.signUp(email, password, QStringLiteral("Logging Test")));
        for (const QString &part : credentialParts(store.load(key)))
            remember(part);

        Operation *jwt = model.createJwt();
        WAIT_OK(jwt);
        remember(jwt->result().toMap().value(QStringLiteral("jwt")).toString());

        WAIT_OK(model.signOut());
        Operation *link = model.sendMagicLink(email, QString());
        WAIT_OK(link);
        const QJsonObject message = latestOutboxMessage(model);
        const QString userId = message.value(QLatin1String("userId")).toString();
        const QString tokenSecret = message.value(QLatin1String("secret")).toString();
        QVERIFY(!userId.isEmpty());
        remember(tokenSecret);
        WAIT_OK(model.completeMagicLink(userId, tokenSecret));
        QVERIFY(model.signedIn());
        for (const QString &part : credentialParts(store.load(key)))
            remember(part);

        WAIT_OK(model.updatePassword(newPassword, password, false));
        WAIT_OK(model.signOut());
        WAIT_OK(model.signIn(email, newPassword));
        for (const QString &part : credentialParts(store.load(key)))
            remember(part);
        WAIT_OK(model.signOut());

        qInstallMessageHandler(previous);
        // The categories were on: the test saw the client's log (and would see a leak in it).
        const auto httpLines = std::count_if(captured.begin(), captured.end(), [](const Line &l) {
            return l.category == QLatin1String("appwrite.http");
        });
        QVERIFY2(httpLines >= 16, qPrintable(QString::number(httpLines)));

        for (const Line &line : std::as_const(captured)) {
            const bool ours = line.category.startsWith(QLatin1String("appwrite."))
                    || line.category == QLatin1String("default")
                    || line.category == QLatin1String("qml")
                    || line.category == QLatin1String("js");
            const QString redacted = Appwrite::Redaction::redact(line.message);
            for (const QString &secret : std::as_const(m_secrets)) {
                // Never print the secret itself, only where it was found.
                QVERIFY2(!ours || !line.message.contains(secret),
                         qPrintable(QStringLiteral("a secret in category %1").arg(line.category)));
                QVERIFY2(!redacted.contains(secret),
                         qPrintable(QStringLiteral("a secret survives redaction in %1")
                                            .arg(line.category)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretLogging)
#include "tst_secret_logging.moc"
