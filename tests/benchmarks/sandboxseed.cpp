#include "sandboxseed.h"

#include "client/account.h"
#include "client/client.h"
#include "client/id.h"

#include <QDir>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Appwrite;

namespace {

const QStringList sandboxArgs{QStringLiteral("--no-rate-limits"), QStringLiteral("--session-limit"),
                              QStringLiteral("1000000")};

template<typename T, typename Send>
Result<T> await(Send send)
{
    QEventLoop loop;
    std::optional<Result<T>> result;
    send([&](const Result<T> &r) {
        result.emplace(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace

bool SandboxSeed::start(const QString &dataDir, int sessions, int logs)
{
    if (!m_sandbox.startWithData(dataDir, sandboxArgs) || !createAccount()) {
        m_error = m_error.isEmpty() ? m_sandbox.errorString() : m_error;
        return false;
    }
    m_sandbox.stop();
    if (!copyRows(dataDir, sessions, logs))
        return false;
    if (!m_sandbox.startWithData(dataDir, sandboxArgs)) {
        m_error = m_sandbox.errorString();
        return false;
    }
    return true;
}

bool SandboxSeed::createAccount()
{
    Client client;
    client.setEndpoint(m_sandbox.endpoint());
    client.setProject(m_sandbox.project());
    client.setUserAgent(
            Client::defaultUserAgent(QStringLiteral("appwrite-account"), QStringLiteral("0.1.0")));
    Account account(&client);
    QObject context;
    m_email = QStringLiteral("scale-%1@example.com").arg(ID::unique());
    const auto user = await<User>([&](Callback<User> done) {
        account.create(&context, ID::unique(), m_email, m_password, QStringLiteral("Scale"), done);
    });
    if (!user.ok()) {
        m_error = user.error().toString();
        return false;
    }
    const auto session = await<Session>([&](Callback<Session> done) {
        account.createEmailPasswordSession(&context, m_email, m_password, done);
    });
    if (!session.ok())
        m_error = session.error().toString();
    return session.ok();
}

bool SandboxSeed::copyRows(const QString &dataDir, int sessions, int logs)
{
    const QString connection = QStringLiteral("seed");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("sandbox.sqlite")));
        QSqlQuery query(db);
        auto run = [&](const QString &sql, const QVariantList &binds = {}) {
            query.prepare(sql);
            for (const QVariant &bind : binds)
                query.addBindValue(bind);
            if (!query.exec()) {
                m_error = query.lastError().text();
                return false;
            }
            return true;
        };
        // n = 1..count, one row per n: the copies differ in id, secret hash and time.
        const QString numbers = QStringLiteral(
                "(WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < ?) "
                "SELECT n FROM c)");
        ok = db.open() && run(QStringLiteral("BEGIN"))
                && run(QStringLiteral("SELECT COUNT(*) FROM sessions")) && query.next();
        const int haveSessions = ok ? query.value(0).toInt() : 0;
        ok = ok && run(QStringLiteral("SELECT COUNT(*) FROM logs")) && query.next();
        const int haveLogs = ok ? query.value(0).toInt() : 0;
        // The rows to copy are set aside first (SQLite must not read what it inserts). No
        // QString::arg here: it would take printf's "%01..." for a placeholder.
        ok = ok
                && run(QStringLiteral("CREATE TEMP TABLE seed_session AS SELECT * FROM sessions "
                                      "ORDER BY seq LIMIT 1"))
                && run(QStringLiteral("CREATE TEMP TABLE seed_log AS SELECT * FROM logs ORDER BY "
                                      "seq DESC LIMIT 1"))
                && run(QStringLiteral("INSERT INTO sessions (id, user_id, created_at, updated_at, "
                                      "expire, secret_hash, provider, provider_uid, ip, "
                                      "user_agent, country_code, factors) SELECT "
                                      "printf('seed%016d', n), user_id, created_at - n * 60000, "
                                      "updated_at - n * 60000, expire, printf('%064x', n), "
                                      "provider, provider_uid, ip, user_agent, country_code, "
                                      "factors FROM seed_session, ")
                               + numbers,
                       {qMax(0, sessions - haveSessions)})
                && run(QStringLiteral("INSERT INTO logs (user_id, event, user_email, user_name, "
                                      "mode, ip, user_agent, country_code, time) SELECT user_id, "
                                      "event, user_email, user_name, mode, ip, user_agent, "
                                      "country_code, time - n * 60000 FROM seed_log, ")
                               + numbers,
                       {qMax(0, logs - haveLogs)})
                && run(QStringLiteral("COMMIT"));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}
