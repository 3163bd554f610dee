#include "fakehttpserver.h"

#include "client/account.h"
#include "client/client.h"
#include "client/query.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace Appwrite;

namespace {

//! One Account method called with valid arguments; the name is the spec's operationId suffix.
struct Call
{
    const char *operation;
    std::function<void(Account &, QObject *)> invoke;
    //! For the two OAuth2 methods, which build a URL instead of sending.
    std::function<QUrl(Account &)> build;
};

template<typename T>
Callback<T> ignore()
{
    return [](const Result<T> &) {
    };
}

QList<Call> allCalls()
{
    const QString id = QStringLiteral("abc123");
    const QString email = QStringLiteral("a@example.com");
    const QString password = QStringLiteral("password123");
    const QString url = QStringLiteral("http://localhost/x");
    using A = Account;
    using F = Account::AuthenticationFactor;
    using T = Account::AuthenticatorType;
    return {
            {"Get", [](A &a, QObject *c) { a.get(c, ignore<User>()); }, {}},
            {"Create",
             [=](A &a, QObject *c) {
                 a.create(c, id, email, password, QStringLiteral("N"), ignore<User>());
             },
             {}},
            {"UpdateEmail",
             [=](A &a, QObject *c) { a.updateEmail(c, email, password, ignore<User>()); },
             {}},
            {"ListIdentities",
             [](A &a, QObject *c) {
                 a.listIdentities(c, {Query::limit(5)}, ignore<IdentityList>());
             },
             {}},
            {"DeleteIdentity",
             [=](A &a, QObject *c) { a.deleteIdentity(c, id, ignore<void>()); },
             {}},
            {"CreateJWT", [](A &a, QObject *c) { a.createJWT(c, ignore<Jwt>()); }, {}},
            {"ListLogs",
             [](A &a, QObject *c) {
                 a.listLogs(c, {Query::limit(5), Query::offset(1)}, ignore<LogList>());
             },
             {}},
            {"UpdateMFA", [](A &a, QObject *c) { a.updateMFA(c, true, ignore<User>()); }, {}},
            {"CreateMfaAuthenticator",
             [](A &a, QObject *c) { a.createMfaAuthenticator(c, T::Totp, ignore<MfaType>()); },
             {}},
            {"UpdateMfaAuthenticator",
             [](A &a, QObject *c) {
                 a.updateMfaAuthenticator(c, T::Totp, QStringLiteral("123456"), ignore<User>());
             },
             {}},
            {"DeleteMfaAuthenticator",
             [](A &a, QObject *c) {
                 a.deleteMfaAuthenticator(c, T::Totp, QStringLiteral("123456"), ignore<void>());
             },
             {}},
            {"CreateMfaChallenge",
             [](A &a, QObject *c) {
                 a.createMfaChallenge(c, F::RecoveryCode, ignore<MfaChallenge>());
             },
             {}},
            {"UpdateMfaChallenge",
             [=](A &a, QObject *c) {
                 a.updateMfaChallenge(c, id, QStringLiteral("123456"), ignore<Session>());
             },
             {}},
            {"ListMfaFactors",
             [](A &a, QObject *c) { a.listMfaFactors(c, ignore<MfaFactors>()); },
             {}},
            {"GetMfaRecoveryCodes",
             [](A &a, QObject *c) { a.getMfaRecoveryCodes(c, ignore<MfaRecoveryCodes>()); },
             {}},
            {"CreateMfaRecoveryCodes",
             [](A &a, QObject *c) { a.createMfaRecoveryCodes(c, ignore<MfaRecoveryCodes>()); },
             {}},
            {"UpdateMfaRecoveryCodes",
             [](A &a, QObject *c) { a.updateMfaRecoveryCodes(c, ignore<MfaRecoveryCodes>()); },
             {}},
            {"UpdateName",
             [](A &a, QObject *c) { a.updateName(c, QStringLiteral("N"), ignore<User>()); },
             {}},
            {"UpdatePassword",
             [=](A &a, QObject *c) { a.updatePassword(c, password, password, ignore<User>()); },
             {}},
            {"UpdatePhone",
             [=](A &a, QObject *c) {
                 a.updatePhone(c, QStringLiteral("+16175551212"), password, ignore<User>());
             },
             {}},
            {"GetPrefs", [](A &a, QObject *c) { a.getPrefs(c, ignore<Preferences>()); }, {}},
            {"UpdatePrefs",
             [](A &a, QObject *c) {
                 a.updatePrefs(c, {{QStringLiteral("k"), QStringLiteral("v")}}, ignore<User>());
             },
             {}},
            {"CreateRecovery",
             [=](A &a, QObject *c) { a.createRecovery(c, email, url, ignore<Token>()); },
             {}},
            {"UpdateRecovery",
             [=](A &a, QObject *c) {
                 a.updateRecovery(c, id, QStringLiteral("s"), password, ignore<Token>());
             },
             {}},
            {"ListSessions",
             [](A &a, QObject *c) { a.listSessions(c, ignore<SessionList>()); },
             {}},
            {"DeleteSessions", [](A &a, QObject *c) { a.deleteSessions(c, ignore<void>()); }, {}},
            {"CreateAnonymousSession",
             [](A &a, QObject *c) { a.createAnonymousSession(c, ignore<Session>()); },
             {}},
            {"CreateEmailPasswordSession",
             [=](A &a, QObject *c) {
                 a.createEmailPasswordSession(c, email, password, ignore<Session>());
             },
             {}},
            {"UpdateMagicURLSession",
             [=](A &a, QObject *c) {
                 a.updateMagicURLSession(c, id, QStringLiteral("s"), ignore<Session>());
             },
             {}},
            {"CreateOAuth2Session",
             {},
             [=](A &a) {
                 return a.createOAuth2Session(QStringLiteral("github"), url, url,
                                              {QStringLiteral("a"), QStringLiteral("b")})
                         .value();
             }},
            {"UpdatePhoneSession",
             [=](A &a, QObject *c) {
                 a.updatePhoneSession(c, id, QStringLiteral("s"), ignore<Session>());
             },
             {}},
            {"CreateSession",
             [=](A &a, QObject *c) {
                 a.createSession(c, id, QStringLiteral("s"), ignore<Session>());
             },
             {}},
            {"GetSession", [=](A &a, QObject *c) { a.getSession(c, id, ignore<Session>()); }, {}},
            {"UpdateSession",
             [](A &a, QObject *c) {
                 a.updateSession(c, QStringLiteral("current"), ignore<Session>());
             },
             {}},
            {"DeleteSession",
             [=](A &a, QObject *c) { a.deleteSession(c, id, ignore<void>()); },
             {}},
            {"UpdateStatus", [](A &a, QObject *c) { a.updateStatus(c, ignore<User>()); }, {}},
            {"CreatePushTarget",
             [=](A &a, QObject *c) {
                 a.createPushTarget(c, id, QStringLiteral("token"), QStringLiteral("provider1"),
                                    ignore<Target>());
             },
             {}},
            {"UpdatePushTarget",
             [=](A &a, QObject *c) {
                 a.updatePushTarget(c, id, QStringLiteral("token"), ignore<Target>());
             },
             {}},
            {"DeletePushTarget",
             [=](A &a, QObject *c) { a.deletePushTarget(c, id, ignore<void>()); },
             {}},
            {"CreateEmailToken",
             [=](A &a, QObject *c) { a.createEmailToken(c, id, email, true, ignore<Token>()); },
             {}},
            {"CreateMagicURLToken",
             [=](A &a, QObject *c) {
                 a.createMagicURLToken(c, id, email, url, false, ignore<Token>());
             },
             {}},
            {"CreateOAuth2Token",
             {},
             [=](A &a) {
                 return a.createOAuth2Token(QStringLiteral("google"), url, url, {}).value();
             }},
            {"CreatePhoneToken",
             [=](A &a, QObject *c) {
                 a.createPhoneToken(c, id, QStringLiteral("+16175551212"), ignore<Token>());
             },
             {}},
            {"CreateVerification",
             [=](A &a, QObject *c) { a.createVerification(c, url, ignore<Token>()); },
             {}},
            {"UpdateVerification",
             [=](A &a, QObject *c) {
                 a.updateVerification(c, id, QStringLiteral("s"), ignore<Token>());
             },
             {}},
            {"CreatePhoneVerification",
             [](A &a, QObject *c) { a.createPhoneVerification(c, ignore<Token>()); },
             {}},
            {"UpdatePhoneVerification",
             [=](A &a, QObject *c) {
                 a.updatePhoneVerification(c, id, QStringLiteral("123456"), ignore<Token>());
             },
             {}},
    };
}

bool matchesType(const QJsonValue &value, const QJsonObject &schema)
{
    const QString type = schema.value(QLatin1String("type")).toString();
    if (type == QLatin1String("string")) {
        const QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
        return value.isString() && (allowed.isEmpty() || allowed.contains(value));
    }
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("array"))
        return value.isArray();
    return false;
}

} // namespace

//! Every request of the 47 Account operations, checked against the OpenAPI 1.5 client spec:
//! method, path, body fields (names, types, required ones) and query parameters.
class TestAccountRequests : public QObject
{
    Q_OBJECT

    QJsonObject paths;

    //! The spec's path template and operation object for an operationId.
    std::pair<QString, QJsonObject> operation(const QString &operationId, QString *method) const
    {
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject methods = path.value().toObject();
            for (auto it = methods.begin(); it != methods.end(); ++it) {
                if (it.value().toObject().value(QLatin1String("operationId")).toString()
                    == operationId) {
                    *method = it.key().toUpper();
                    return {path.key(), it.value().toObject()};
                }
            }
        }
        return {};
    }

    static QRegularExpression pathPattern(const QString &templatePath)
    {
        QString pattern = QRegularExpression::escape(QStringLiteral("/v1") + templatePath);
        pattern.replace(QRegularExpression(QStringLiteral("\\\\\\{[A-Za-z]+\\\\\\}")),
                        QStringLiteral("[^/]+"));
        return QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
    }

    static void checkQuery(const QUrl &url, const QJsonObject &spec, bool allowProject)
    {
        QStringList allowed;
        for (const QJsonValue &parameter : spec.value(QLatin1String("parameters")).toArray()) {
            const QJsonObject p = parameter.toObject();
            if (p.value(QLatin1String("in")).toString() == QLatin1String("query")) {
                const bool isArray =
                        p.value(QLatin1String("schema")).toObject().value(QLatin1String("type"))
                        == QLatin1String("array");
                allowed.append(p.value(QLatin1String("name")).toString()
                               + (isArray ? QStringLiteral("[]") : QString()));
            }
        }
        if (allowProject)
            allowed.append(QStringLiteral("project"));
        for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
            QVERIFY2(allowed.contains(item.first), qPrintable(item.first));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(qEnvironmentVariable("APPWRITE_SHARED_DIR")
                   + QStringLiteral("/appwrite-spec/open-api3-1.5.x-client.json"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("The OpenAPI spec is not available (set APPWRITE_SHARED_DIR)");
        paths = QJsonDocument::fromJson(file.readAll())
                        .object()
                        .value(QLatin1String("paths"))
                        .toObject();
    }

    void coversEveryAccountOperation()
    {
        QSet<QString> specOperations;
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            if (!path.key().startsWith(QLatin1String("/account")))
                continue;
            for (const QJsonValue &op : path.value().toObject())
                specOperations.insert(op.toObject().value(QLatin1String("operationId")).toString());
        }
        QSet<QString> ours;
        for (const Call &call : allCalls())
            ours.insert(QLatin1String("account") + QLatin1String(call.operation));
        QCOMPARE(specOperations.size(), 47);
        QCOMPARE(ours, specOperations);
    }

    void requestsMatchTheSpec_data()
    {
        QTest::addColumn<int>("index");
        const QList<Call> calls = allCalls();
        for (int i = 0; i < calls.size(); ++i)
            QTest::newRow(calls.at(i).operation) << i;
    }
    void requestsMatchTheSpec()
    {
        QFETCH(int, index);
        const Call call = allCalls().at(index);
        QString method;
        const auto [templatePath, spec] =
                operation(QLatin1String("account") + QLatin1String(call.operation), &method);
        QVERIFY2(!templatePath.isEmpty(), call.operation);

        FakeHttpServer server;
        QVERIFY(server.listen());
        Client client;
        client.setEndpoint(server.endpoint());
        client.setProject(QStringLiteral("sandbox"));
        Account account(&client);

        if (call.build) {
            const QUrl url = call.build(account);
            QCOMPARE(method, QStringLiteral("GET"));
            QVERIFY2(pathPattern(templatePath).match(url.path()).hasMatch(),
                     qPrintable(url.path()));
            checkQuery(url, spec, true);
            QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("project")),
                     QStringLiteral("sandbox"));
            return;
        }

        QSignalSpy sent(&client, &Client::requestSent);
        call.invoke(account, this);
        QTRY_COMPARE(sent.size(), 1); // validation passed, the request went out
        const auto record = sent.first().first().value<RecordedRequest>();
        QCOMPARE(QString::fromLatin1(record.method), method);
        QVERIFY2(pathPattern(templatePath).match(record.url.path()).hasMatch(),
                 qPrintable(record.url.path()));
        QCOMPARE(record.header("X-Appwrite-Project"), QByteArray("sandbox"));
        QCOMPARE(record.header("X-Appwrite-Response-Format"), QByteArray("1.5.0"));
        QCOMPARE(record.header("content-type"), QByteArray("application/json"));
        QVERIFY(record.header("Origin").isEmpty());

        if (method == QLatin1String("GET")) {
            QVERIFY(record.body.isEmpty());
            checkQuery(record.url, spec, false);
            return;
        }
        QVERIFY(record.url.query().isEmpty());
        QJsonParseError error;
        const QJsonDocument body = QJsonDocument::fromJson(record.body, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && body.isObject(),
                 record.body.constData());
        const QJsonObject schema = spec.value(QLatin1String("requestBody"))
                                           .toObject()
                                           .value(QLatin1String("content"))
                                           .toObject()
                                           .value(QLatin1String("application/json"))
                                           .toObject()
                                           .value(QLatin1String("schema"))
                                           .toObject();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        const QJsonObject sentFields = body.object();
        for (auto it = sentFields.begin(); it != sentFields.end(); ++it) {
            QVERIFY2(properties.contains(it.key()), qPrintable(it.key()));
            QVERIFY2(matchesType(it.value(), properties.value(it.key()).toObject()),
                     qPrintable(it.key()));
        }
        for (const QJsonValue &required : schema.value(QLatin1String("required")).toArray())
            QVERIFY2(sentFields.contains(required.toString()), qPrintable(required.toString()));
    }
};

QTEST_GUILESS_MAIN(TestAccountRequests)
#include "tst_accountrequests.moc"
