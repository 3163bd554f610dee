// Security: what the sandbox keeps on disk and what it prints. A sandbox with a --data
// directory and every logging category on goes through sign-up, password and magic-link
// sign-in, recovery, verification, a JWT and TOTP with recovery codes; then its SQLite files
// and its output are searched for each secret.
#include "sandboxauthhelpers.h"

#include "sandbox/totp.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace SandboxAuth;
using namespace Qt::StringLiterals;

namespace {

//! The raw secret inside an encoded session credential (base64 of {"id","secret"}).
QString sessionSecret(const QString &credential)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(credential.toLatin1()))
            .object()
            .value(u"secret"_s)
            .toString();
}

} // namespace

class TestSecurityAtRest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsEmpty("APPWRITE_ENDPOINT"))
            QSKIP("reads the files of a private sandbox");
        QVERIFY(m_dir.isValid());
        QVERIFY2(startSandbox(), qPrintable(m_output));
        exercise();
        stopSandbox();
        QVERIFY(!m_secrets.isEmpty());
    }

    void passwordIsHashedWithArgon2()
    {
        const QList<QVariantMap> users = rows(u"SELECT * FROM users"_s);
        QCOMPARE(users.size(), 1);
        bool hashed = false;
        for (auto it = users.first().constBegin(); it != users.first().constEnd(); ++it)
            hashed = hashed || it.value().toString().startsWith(u"$argon2id$"_s);
        QVERIFY(hashed);
    }

    void secretsAreNotInTheFiles_data()
    {
        QTest::addColumn<QString>("secret");
        for (auto it = m_secrets.constBegin(); it != m_secrets.constEnd(); ++it) {
            if (!it.key().startsWith(u"delivered"_s) && !it.key().startsWith(u"shown"_s))
                QTest::newRow(qPrintable(it.key())) << it.value();
        }
    }

    void secretsAreNotInTheFiles()
    {
        // Every byte of the data directory: database, WAL and anything else it writes.
        QFETCH(QString, secret);
        const QByteArray needle = secret.toUtf8();
        const auto files = QDir(m_dir.path()).entryInfoList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QFileInfo &info : files) {
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(needle), qPrintable(info.fileName()));
        }
    }

    void deliveredSecretsAreOnlyInTheOutbox_data()
    {
        QTest::addColumn<QString>("secret");
        for (auto it = m_secrets.constBegin(); it != m_secrets.constEnd(); ++it) {
            if (it.key().startsWith(u"delivered"_s))
                QTest::newRow(qPrintable(it.key())) << it.value();
        }
    }

    void deliveredSecretsAreOnlyInTheOutbox()
    {
        // Links and codes are sent, so the sandbox's outbox (its stand-in for the recipient's
        // mailbox) holds them; the account tables must hold only their hashes.
        QFETCH(QString, secret);
        const auto tables = rows(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
        for (const QVariantMap &table : tables) {
            const QString name = table.value(u"name"_s).toString();
            if (name == u"outbox"_s)
                continue;
            for (const QVariantMap &row : rows(u"SELECT * FROM \"%1\""_s.arg(name))) {
                for (const QVariant &value : row)
                    QVERIFY2(!value.toString().contains(secret), qPrintable(name));
            }
        }
    }

    void shownSecretsAtRest_data()
    {
        QTest::addColumn<QString>("secret");
        for (auto it = m_secrets.constBegin(); it != m_secrets.constEnd(); ++it) {
            if (it.key().startsWith(u"shown"_s))
                QTest::newRow(qPrintable(it.key())) << it.value();
        }
    }

    void shownSecretsAtRest()
    {
        // The TOTP key must be readable to check codes, and recovery codes are shown again by
        // GET /account/mfa/recovery-codes: both are kept as they are, in their own tables only.
        QFETCH(QString, secret);
        const auto tables = rows(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
        QStringList holders;
        for (const QVariantMap &table : tables) {
            const QString name = table.value(u"name"_s).toString();
            for (const QVariantMap &row : rows(u"SELECT * FROM \"%1\""_s.arg(name))) {
                for (const QVariant &value : row) {
                    if (value.toString().contains(secret) && !holders.contains(name))
                        holders.append(name);
                }
            }
        }
        QVERIFY(holders.size() <= 1);
        QVERIFY2(holders.isEmpty() || holders.first() == u"authenticators"_s
                         || holders.first() == u"recovery_codes"_s,
                 qPrintable(holders.join(u", "_s)));
    }

    void secretsAreNotInTheOutput_data()
    {
        QTest::addColumn<QString>("secret");
        for (auto it = m_secrets.constBegin(); it != m_secrets.constEnd(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.value();
    }

    void secretsAreNotInTheOutput()
    {
        QFETCH(QString, secret);
        QVERIFY(m_output.contains(u"appwrite-sandbox listening on"_s));
        QVERIFY(!m_output.contains(secret));
    }

private:
    bool startSandbox()
    {
        const QString binary = qEnvironmentVariable("APPWRITE_SANDBOX_BIN");
        m_process.setProgram(binary);
        m_process.setArguments({u"--port"_s, u"0"_s, u"--data"_s, m_dir.path()});
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        static const QRegularExpression ready(u"listening on (\\S+) project=(\\S+)"_s);
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()
               && m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            m_output += QString::fromUtf8(m_process.readAll());
            const auto match = ready.match(m_output);
            if (match.hasMatch()) {
                m_client = std::make_unique<HttpTestClient>(QUrl(match.captured(1)),
                                                            match.captured(2));
                m_client->setTimeout(120);
                return true;
            }
        }
        return false;
    }

    void stopSandbox()
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
        m_output += QString::fromUtf8(m_process.readAll());
    }

    void exercise()
    {
        HttpTestClient &client = *m_client;
        const QString email = uniqueEmail("rest");
        const QString password = u"a password at rest 1"_s;
        m_secrets.insert(u"password"_s, password);
        const QString userId = client.post(u"/account"_s,
                                           {{u"userId"_s, u"unique()"_s},
                                            {u"email"_s, email},
                                            {u"password"_s, password}})
                                       .string("$id");
        QVERIFY(!userId.isEmpty());
        QCOMPARE(client.post(u"/account/sessions/email"_s,
                             {{u"email"_s, email}, {u"password"_s, password}})
                         .status,
                 201);
        m_secrets.insert(u"password session credential"_s, client.session());
        m_secrets.insert(u"password session secret"_s, sessionSecret(client.session()));

        const HttpReply jwt = client.post(u"/account/jwt"_s);
        m_secrets.insert(u"jwt"_s, jwt.string("jwt"));

        QCOMPARE(client.post(u"/account/verification"_s, {{u"url"_s, u"http://localhost/v"_s}})
                         .status,
                 201);
        m_secrets.insert(u"delivered verification secret"_s,
                         field(latestMessage(client, email), "secret"));

        const HttpReply totp = client.post(u"/account/mfa/authenticators/totp"_s);
        const QString totpSecret = totp.string("secret");
        QCOMPARE(client.put(u"/account/mfa/authenticators/totp"_s,
                            {{u"otp"_s,
                              Sandbox::Totp::codeForSecret(totpSecret,
                                                           QDateTime::currentSecsSinceEpoch())}})
                         .status,
                 200);
        const QJsonArray codes = client.post(u"/account/mfa/recovery-codes"_s)
                                         .json.value(u"recoveryCodes"_s)
                                         .toArray();
        QCOMPARE(codes.size(), 6);
        m_secrets.insert(u"shown recovery code"_s, codes.first().toString());
        m_secrets.insert(u"shown totp secret"_s, totpSecret);

        HttpTestClient guest(client.endpoint(), client.project());
        QCOMPARE(guest.post(u"/account/recovery"_s,
                            {{u"email"_s, email}, {u"url"_s, u"http://localhost/reset"_s}})
                         .status,
                 201);
        m_secrets.insert(u"delivered recovery secret"_s,
                         field(latestMessage(guest, email), "secret"));
        QCOMPARE(guest.post(u"/account/tokens/magic-url"_s,
                            {{u"userId"_s, userId}, {u"email"_s, email}})
                         .status,
                 201);
        const QString magic = field(latestMessage(guest, email), "secret");
        m_secrets.insert(u"delivered magic-link secret"_s, magic);
        QCOMPARE(guest.post(u"/account/sessions/token"_s,
                            {{u"userId"_s, userId}, {u"secret"_s, magic}})
                         .status,
                 201);
        m_secrets.insert(u"magic-link session credential"_s, guest.session());
        m_secrets.insert(u"magic-link session secret"_s, sessionSecret(guest.session()));
        // Long enough that finding one by chance in the files is out of the question.
        for (const auto &[name, value] : m_secrets.asKeyValueRange())
            QVERIFY2(value.size() >= 10, qPrintable(name));
    }

    QList<QVariantMap> rows(const QString &sql)
    {
        QList<QVariantMap> result;
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"at-rest"_s);
            db.setDatabaseName(QDir(m_dir.path()).filePath(u"sandbox.sqlite"_s));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(sql);
                while (query.next()) {
                    QVariantMap row;
                    for (int i = 0; i < query.record().count(); ++i)
                        row.insert(query.record().fieldName(i), query.value(i));
                    result.append(row);
                }
            }
        }
        QSqlDatabase::removeDatabase(u"at-rest"_s);
        return result;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_output;
    std::unique_ptr<HttpTestClient> m_client;
    QMap<QString, QString> m_secrets; //!< what -> the secret; "delivered ..." were sent
};

QTEST_GUILESS_MAIN(TestSecurityAtRest)
#include "tst_security_at_rest.moc"
