#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace Sandbox {

//! The SQLite store (Qt's QSQLITE driver, WAL journal). Rows come back as QVariantMap keyed by
//! column name. Every statement outside a Transaction commits on its own, so whatever a route
//! wrote before answering survives a kill -9.
//!
//! Reads are answered from memory until the next write (exec() or a rolled-back transaction):
//! a request reads the same session and user several times, and most requests write nothing.
//! Like the real server's cache in front of MariaDB, and safe because this process is the
//! file's only writer while it runs.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    //! Opens (creating) \a file, or an in-memory database when \a file is empty, and applies the
    //! schema. False with errorString() on an unwritable directory or a corrupt file.
    bool open(const QString &file);
    QString errorString() const { return m_error; }

    std::optional<QVariantMap> one(const QString &sql, const QVariantList &binds = {});
    QList<QVariantMap> all(const QString &sql, const QVariantList &binds = {});
    //! Runs a write; returns the number of rows affected, or -1 on error (logged).
    int exec(const QString &sql, const QVariantList &binds = {});
    //! Convenience for `SELECT COUNT(*) ...`.
    qint64 count(const QString &sql, const QVariantList &binds = {});

    //! What \a make builds from reads alone (a model's JSON), kept like a read until the next
    //! write.
    template<typename Make>
    QByteArray memo(const QString &key, Make make)
    {
        const auto it = m_memos.constFind(key);
        if (it != m_memos.cend())
            return *it;
        if (m_memos.size() >= 4096)
            m_memos.clear();
        return *m_memos.insert(key, make());
    }

    //! Commits on commit(); rolls back when destroyed uncommitted (e.g. an ApiError was thrown).
    //! Transactions nest: an inner one is a savepoint, so a route can wrap helpers that open
    //! their own and the whole request still commits or rolls back as one.
    class Transaction
    {
    public:
        explicit Transaction(Database &db);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool commit();

    private:
        Database &m_db;
        QString m_savepoint; // empty for the outermost transaction
        bool m_done = false;
    };

private:
    //! The prepared statement for \a sql, executed with \a binds; throws a ServerError on failure.
    QSqlQuery &run(const QString &sql, const QVariantList &binds);
    //! The rows of a SELECT, from the read cache or the database; \a firstOnly stops at one.
    const QList<QVariantMap> &read(const QString &sql, const QVariantList &binds, bool firstOnly);
    //! After a write: nothing read before it may be answered again.
    void forgetReads();

    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    QHash<QString, QList<QVariantMap>> m_reads;
    QHash<QString, QByteArray> m_memos;
    QString m_connection;
    QString m_error;
    int m_transactionDepth = 0;
};

} // namespace Sandbox
