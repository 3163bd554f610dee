#pragma once

#include <QHash>
#include <QString>

namespace Appwrite {

//! Where the session credential (the a_session_<project> cookie value) lives between runs.
//! Keys name one server connection (endpoint and project); values are secrets.
class SessionStore
{
public:
    virtual ~SessionStore();
    //! The stored value, or an empty string.
    virtual QString load(const QString &key) = 0;
    virtual void save(const QString &key, const QString &value) = 0;
    virtual void clear(const QString &key) = 0;
};

//! Keeps credentials for the lifetime of the process only.
class MemorySessionStore final : public SessionStore
{
public:
    QString load(const QString &key) override { return m_values.value(key); }
    void save(const QString &key, const QString &value) override { m_values.insert(key, value); }
    void clear(const QString &key) override { m_values.remove(key); }

private:
    QHash<QString, QString> m_values;
};

} // namespace Appwrite
