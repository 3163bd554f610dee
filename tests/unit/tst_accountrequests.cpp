#include "accountcalls.h"
#include "fakehttpserver.h"

#include "client/account.h"
#include "client/client.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Appwrite;

namespace {

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
        for (const Call &call : allAccountCalls())
            ours.insert(QLatin1String("account") + QLatin1String(call.operation));
        QCOMPARE(specOperations.size(), 47);
        QCOMPARE(ours, specOperations);
    }

    void requestsMatchTheSpec_data()
    {
        QTest::addColumn<int>("index");
        const QList<Call> calls = allAccountCalls();
        for (int i = 0; i < calls.size(); ++i)
            QTest::newRow(calls.at(i).operation) << i;
    }
    void requestsMatchTheSpec()
    {
        QFETCH(int, index);
        const Call call = allAccountCalls().at(index);
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
