#include "sandbox/database.h"

#include "sandbox/apierror.h"
#include "sandbox/schema.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSandboxDb, "appwrite.sandbox.db")

namespace Sandbox {

namespace {

// A null QString would be stored as SQL NULL; only an invalid QVariant means NULL here.
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

QVariantMap rowOf(const QSqlQuery &query)
{
    QVariantMap row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), query.value(i));
    return row;
}

// Distinct values give distinct texts (toString() drops a time's milliseconds, a blob's bytes).
QString keyText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QString::fromLatin1(value.toByteArray().toHex());
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs);
    default:
        return value.toString();
    }
}

// A failed statement inside a request is a server fault: surface it as a 500, not a crash.
[[noreturn]] void fail(const QSqlQuery &query, const QString &sql)
{
    qCWarning(lcSandboxDb) << "SQL failed:" << query.lastError().text() << "in" << sql;
    throw ApiError(ApiError::ServerError);
}

} // namespace

Database::Database()
    : m_connection(QStringLiteral("sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool Database::open(const QString &file)
{
    if (!file.isEmpty()) {
        const QFileInfo info(file);
        if (!QDir().mkpath(info.absolutePath())) {
            m_error =
                    QStringLiteral("Cannot create the data directory %1.").arg(info.absolutePath());
            return false;
        }
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(file.isEmpty() ? QStringLiteral(":memory:") : file);
    if (!m_db.open()) {
        m_error = QStringLiteral("Cannot open the database %1: %2")
                          .arg(file, m_db.lastError().text());
        return false;
    }
    QStringList setup{
            QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
            QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=5000")};
    setup += Schema::statements();
    // quick_check reads every page, so a damaged file is reported here and not mid-request.
    setup += QStringLiteral("PRAGMA quick_check");
    for (const QString &sql : std::as_const(setup)) {
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            m_error = QStringLiteral("The database %1 cannot be used: %2")
                              .arg(file.isEmpty() ? QStringLiteral("(memory)") : file,
                                   query.lastError().text());
            return false;
        }
        if (sql.endsWith(QStringLiteral("quick_check")) && query.next()
            && query.value(0).toString() != QStringLiteral("ok")) {
            m_error = QStringLiteral("The database %1 is damaged: %2")
                              .arg(file, query.value(0).toString());
            return false;
        }
    }
    return true;
}

QSqlQuery &Database::run(const QString &sql, const QVariantList &binds)
{
    // Preparing a statement costs more than running it: keep each SQL text prepared.
    // Statements are literals, so the cache stays small; the cap guards against built ones.
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        if (m_statements.size() >= 512)
            m_statements.clear();
        QSqlQuery query(m_db);
        if (!query.prepare(sql))
            fail(query, sql);
        it = m_statements.insert(sql, query);
    }
    QSqlQuery &query = *it;
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), bindable(binds.at(i)));
    if (!query.exec())
        fail(query, sql);
    return query;
}

const QList<QVariantMap> &Database::read(const QString &sql, const QVariantList &binds,
                                         bool firstOnly)
{
    QString key = sql;
    key += firstOnly ? u'1' : u'*';
    for (const QVariant &bind : binds) {
        key += u'\x1f';
        key += QString::number(bind.typeId());
        key += u':';
        key += keyText(bind);
    }
    auto it = m_reads.find(key);
    if (it != m_reads.end())
        return *it;
    // Reads bound to the current time never repeat: the cap keeps them from piling up.
    if (m_reads.size() >= 4096)
        m_reads.clear();
    QSqlQuery &query = run(sql, binds);
    QList<QVariantMap> rows;
    while ((!firstOnly || rows.isEmpty()) && query.next())
        rows.append(rowOf(query));
    query.finish(); // a statement left open would hold a read lock
    return *m_reads.insert(key, rows);
}

std::optional<QVariantMap> Database::one(const QString &sql, const QVariantList &binds)
{
    const QList<QVariantMap> &rows = read(sql, binds, true);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<QVariantMap> Database::all(const QString &sql, const QVariantList &binds)
{
    return read(sql, binds, false);
}

void Database::forgetReads()
{
    m_reads.clear();
    m_memos.clear();
}

int Database::exec(const QString &sql, const QVariantList &binds)
{
    forgetReads();
    QSqlQuery &query = run(sql, binds);
    const int affected = query.numRowsAffected();
    query.finish();
    return affected;
}

qint64 Database::count(const QString &sql, const QVariantList &binds)
{
    const auto row = one(sql, binds);
    return row ? row->first().toLongLong() : 0;
}

Database::Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (m_db.m_transactionDepth++ == 0) {
        m_db.m_db.transaction();
    } else {
        m_savepoint = QStringLiteral("nested%1").arg(m_db.m_transactionDepth);
        QSqlQuery(m_db.m_db).exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
}

Database::Transaction::~Transaction()
{
    if (!m_done) {
        m_db.forgetReads(); // they may hold rows the rollback takes back
        if (m_savepoint.isEmpty()) {
            m_db.m_db.rollback();
        } else {
            // ROLLBACK TO leaves the savepoint open; RELEASE closes it.
            QSqlQuery(m_db.m_db).exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
            QSqlQuery(m_db.m_db).exec(QStringLiteral("RELEASE ") + m_savepoint);
        }
    }
    --m_db.m_transactionDepth;
}

bool Database::Transaction::commit()
{
    m_done = true;
    if (m_savepoint.isEmpty())
        return m_db.m_db.commit();
    return QSqlQuery(m_db.m_db).exec(QStringLiteral("RELEASE ") + m_savepoint);
}

} // namespace Sandbox
