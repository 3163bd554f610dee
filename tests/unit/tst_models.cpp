#include "client/error.h"
#include "client/models.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace Appwrite;

namespace {

using Parser = std::function<bool(const QJsonObject &, QString *)>;

template<typename T>
Parser parser()
{
    return [](const QJsonObject &json, QString *why) {
        return T::fromJson(json, why).has_value();
    };
}

//! Spec schema name -> our parser.
const QHash<QString, Parser> &parsers()
{
    static const QHash<QString, Parser> table = {
            {QStringLiteral("user"), parser<User>()},
            {QStringLiteral("target"), parser<Target>()},
            {QStringLiteral("preferences"), parser<Preferences>()},
            {QStringLiteral("session"), parser<Session>()},
            {QStringLiteral("sessionList"), parser<SessionList>()},
            {QStringLiteral("token"), parser<Token>()},
            {QStringLiteral("jwt"), parser<Jwt>()},
            {QStringLiteral("log"), parser<Log>()},
            {QStringLiteral("logList"), parser<LogList>()},
            {QStringLiteral("identity"), parser<Identity>()},
            {QStringLiteral("identityList"), parser<IdentityList>()},
            {QStringLiteral("mfaType"), parser<MfaType>()},
            {QStringLiteral("mfaFactors"), parser<MfaFactors>()},
            {QStringLiteral("mfaRecoveryCodes"), parser<MfaRecoveryCodes>()},
            {QStringLiteral("mfaChallenge"), parser<MfaChallenge>()},
    };
    return table;
}

QString sharedDir()
{
    return qEnvironmentVariable("APPWRITE_SHARED_DIR");
}

QJsonObject loadSpecSchemas()
{
    QFile file(sharedDir() + QStringLiteral("/appwrite-spec/open-api3-1.5.x-client.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
            .object()
            .value(QLatin1String("components"))
            .toObject()
            .value(QLatin1String("schemas"))
            .toObject();
}

QString refName(const QJsonObject &property)
{
    QString ref = property.value(QLatin1String("$ref")).toString();
    if (ref.isEmpty()) {
        const QJsonArray any = property.value(QLatin1String("anyOf")).toArray();
        ref = any.isEmpty() ? QString()
                            : any.first().toObject().value(QLatin1String("$ref")).toString();
    }
    return ref.section(QLatin1Char('/'), -1);
}

bool matchesType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("integer") || type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("object"))
        return value.isObject();
    return false;
}

QJsonValue defaultOf(const QString &type)
{
    if (type == QLatin1String("string"))
        return QString();
    if (type == QLatin1String("boolean"))
        return false;
    if (type == QLatin1String("integer") || type == QLatin1String("number"))
        return 0;
    if (type == QLatin1String("array"))
        return QJsonArray();
    return QJsonObject();
}

//! An instance of \a name built from the spec's x-example values. Examples whose type
//! contradicts the declared type (the spec gives mfaType.secret the example `true`) are
//! replaced by an empty value of the declared type.
QJsonObject example(const QJsonObject &schemas, const QString &name)
{
    const QJsonObject properties =
            schemas.value(name).toObject().value(QLatin1String("properties")).toObject();
    QJsonObject result;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject property = it.value().toObject();
        const QString type = property.value(QLatin1String("type")).toString();
        const QString itemsRef = refName(property.value(QLatin1String("items")).toObject());
        QJsonValue value = property.value(QLatin1String("x-example"));
        if (type == QLatin1String("array") && !itemsRef.isEmpty())
            value = QJsonArray{example(schemas, itemsRef)};
        else if (!refName(property).isEmpty())
            value = example(schemas, refName(property));
        else if (!matchesType(value, type))
            value = defaultOf(type);
        result.insert(it.key(), value);
    }
    return result;
}

QJsonValue wrongTypeFor(const QJsonValue &value)
{
    if (value.isString())
        return 42;
    return QStringLiteral("wrong");
}

//! Which model a real 2xx answer of the Account API carries.
QString modelFor(const QString &method, const QString &path)
{
    struct Rule
    {
        const char *method;
        const char *pattern;
        const char *model;
    };
    static const Rule rules[] = {
            {"GET", "^/v1/account/prefs$", "preferences"},
            {"GET", "^/v1/account/sessions$", "sessionList"},
            {"GET", "^/v1/account/logs$", "logList"},
            {"GET", "^/v1/account/identities$", "identityList"},
            {"GET", "^/v1/account/mfa/factors$", "mfaFactors"},
            {"*", "^/v1/account/mfa/recovery-codes$", "mfaRecoveryCodes"},
            {"POST", "^/v1/account/mfa/authenticators/", "mfaType"},
            {"PUT", "^/v1/account/mfa/authenticators/", "user"},
            {"POST", "^/v1/account/mfa/challenge$", "mfaChallenge"},
            {"PUT", "^/v1/account/mfa/challenge$", "session"},
            {"POST", "^/v1/account/jwt$", "jwt"},
            {"*", "^/v1/account/targets/", "target"},
            {"*", "^/v1/account/(tokens|recovery|verification)", "token"},
            {"*", "^/v1/account/sessions/", "session"},
            {"*", "^/v1/account(/(email|name|password|phone|prefs|status|mfa))?$", "user"},
    };
    for (const Rule &rule : rules) {
        if (qstrcmp(rule.method, "*") != 0 && method != QLatin1String(rule.method))
            continue;
        if (QRegularExpression(QLatin1String(rule.pattern)).match(path).hasMatch())
            return QLatin1String(rule.model);
    }
    return {};
}

} // namespace

//! The response models: the spec's examples, every real body recorded from Appwrite 1.5.11,
//! and the ways a body can be wrong.
class TestModels : public QObject
{
    Q_OBJECT

    QJsonObject schemas;

private Q_SLOTS:
    void initTestCase() { schemas = loadSpecSchemas(); }

    void specExamplesParse_data()
    {
        QTest::addColumn<QString>("schema");
        for (auto it = parsers().begin(); it != parsers().end(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }
    void specExamplesParse()
    {
        if (schemas.isEmpty())
            QSKIP("The OpenAPI spec is not available (set APPWRITE_SHARED_DIR)");
        QFETCH(QString, schema);
        QVERIFY(schemas.contains(schema));
        QString why;
        QJsonObject json = example(schemas, schema);
        QVERIFY2(parsers().value(schema)(json, &why), qPrintable(why));
        // Unknown fields are tolerated: servers add fields over time.
        json.insert(QStringLiteral("someFutureField"), QJsonObject{{QStringLiteral("x"), 1}});
        QVERIFY2(parsers().value(schema)(json, &why), qPrintable(why));
    }

    void requiredFieldsAreEnforced_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("field");
        if (schemas.isEmpty())
            return;
        for (auto it = parsers().begin(); it != parsers().end(); ++it) {
            const QJsonArray required =
                    schemas.value(it.key()).toObject().value(QLatin1String("required")).toArray();
            for (const QJsonValue &field : required) {
                QTest::addRow("%s.%s", qPrintable(it.key()), qPrintable(field.toString()))
                        << it.key() << field.toString();
            }
        }
    }
    void requiredFieldsAreEnforced()
    {
        if (schemas.isEmpty())
            QSKIP("The OpenAPI spec is not available (set APPWRITE_SHARED_DIR)");
        QFETCH(QString, schema);
        QFETCH(QString, field);
        QJsonObject json = example(schemas, schema);
        const QJsonValue original = json.value(field);

        json.remove(field);
        QString why;
        QVERIFY2(!parsers().value(schema)(json, &why), "accepted without a required field");
        QVERIFY2(why.contains(field), qPrintable(why));

        json.insert(field, wrongTypeFor(original));
        QVERIFY2(!parsers().value(schema)(json, &why), "accepted a required field of wrong type");
    }

    void nestedModelsAreChecked()
    {
        if (schemas.isEmpty())
            QSKIP("The OpenAPI spec is not available (set APPWRITE_SHARED_DIR)");
        QJsonObject list = example(schemas, QStringLiteral("sessionList"));
        QJsonObject broken = list.value(QLatin1String("sessions")).toArray().first().toObject();
        broken.remove(QStringLiteral("userId"));
        list.insert(QStringLiteral("sessions"), QJsonArray{broken});
        QString why;
        QVERIFY(!SessionList::fromJson(list, &why));
        QVERIFY2(why.contains(QLatin1String("userId")), qPrintable(why));

        list.insert(QStringLiteral("sessions"), QJsonArray{QStringLiteral("not an object")});
        QVERIFY(!SessionList::fromJson(list, &why));
        list = example(schemas, QStringLiteral("sessionList"));
        list.insert(QStringLiteral("total"), -1);
        QVERIFY(!SessionList::fromJson(list, &why));
        list.insert(QStringLiteral("total"), 1.5);
        QVERIFY(!SessionList::fromJson(list, &why));
    }

    void serverDateQuirksAreRead()
    {
        if (schemas.isEmpty())
            QSKIP("The OpenAPI spec is not available (set APPWRITE_SHARED_DIR)");
        QJsonObject json = example(schemas, QStringLiteral("session"));
        json.insert(QStringLiteral("mfaUpdatedAt"), QString());
        json.insert(QStringLiteral("providerAccessTokenExpiry"), QString());
        auto session = Session::fromJson(json, nullptr);
        QVERIFY(session);
        QVERIFY(!session->mfaUpdatedAt.isValid());

        json.insert(QStringLiteral("mfaUpdatedAt"), QStringLiteral("2026-11-26 19:52:13.755"));
        session = Session::fromJson(json, nullptr);
        QVERIFY(session);
        QCOMPARE(session->mfaUpdatedAt,
                 QDateTime(QDate(2026, 11, 26), QTime(19, 52, 13, 755), Qt::UTC));

        json.insert(QStringLiteral("expire"), QStringLiteral("2026-11-26T21:52:13.755+02:00"));
        session = Session::fromJson(json, nullptr);
        QVERIFY(session);
        QCOMPARE(session->expire.toUTC(),
                 QDateTime(QDate(2026, 11, 26), QTime(19, 52, 13, 755), Qt::UTC));
    }

    void userTolerancesOfTheRealServer()
    {
        if (schemas.isEmpty())
            QSKIP("The OpenAPI spec is not available (set APPWRITE_SHARED_DIR)");
        QJsonObject json = example(schemas, QStringLiteral("user"));
        json.insert(QStringLiteral("prefs"), QJsonArray()); // PHP's empty assoc array
        json.insert(QStringLiteral("passwordUpdate"), QString()); // anonymous users
        QJsonObject target = example(schemas, QStringLiteral("target"));
        target.insert(QStringLiteral("providerId"), QJsonValue::Null);
        json.insert(QStringLiteral("targets"), QJsonArray{target});
        QString why;
        const auto user = User::fromJson(json, &why);
        QVERIFY2(user, qPrintable(why));
        QVERIFY(user->prefs.isEmpty());
        QVERIFY(user->targets.first().providerId.isEmpty());

        json.insert(QStringLiteral("prefs"), QJsonArray{1});
        QVERIFY(!User::fromJson(json, &why));
    }

    void realServerBodiesParse()
    {
        QFile file(sharedDir() + QStringLiteral("/reference/real-server/transcripts.jsonl"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("transcripts.jsonl is not available (set APPWRITE_SHARED_DIR)");
        QHash<QString, int> parsed;
        int errors = 0;
        while (!file.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
            const QString step = line.value(QLatin1String("step")).toString();
            if (step.startsWith(QLatin1String("console-")))
                continue;
            const QJsonObject request = line.value(QLatin1String("request")).toObject();
            const QJsonObject response = line.value(QLatin1String("response")).toObject();
            const int status = response.value(QLatin1String("status")).toInt();
            const QJsonValue body = response.value(QLatin1String("body"));
            if (status >= 400 && body.isObject()) {
                const Error error = Error::fromHttp(
                        status, QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact));
                QVERIFY2(!error.type().isEmpty() && !error.message().isEmpty(), qPrintable(step));
                QCOMPARE(error.status(), status);
                ++errors;
                continue;
            }
            if (status < 200 || status >= 300 || !body.isObject())
                continue;
            const QString model = modelFor(request.value(QLatin1String("method")).toString(),
                                           request.value(QLatin1String("path")).toString());
            if (model.isEmpty())
                continue;
            QString why;
            QVERIFY2(parsers().value(model)(body.toObject(), &why),
                     qPrintable(step + QLatin1String(": ") + why));
            ++parsed[model];
        }
        QVERIFY(errors > 50);
        for (auto it = parsers().begin(); it != parsers().end(); ++it) {
            if (it.key() == QLatin1String("target") || it.key() == QLatin1String("log")
                || it.key() == QLatin1String("identity"))
                continue; // only nested in the recorded answers
            QVERIFY2(parsed.value(it.key()) > 0, qPrintable(it.key()));
        }
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
