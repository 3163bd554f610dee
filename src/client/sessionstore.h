#pragma once

#include <QHash>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace Appwrite {

//! Where the session credential (the a_session_<project> cookie value) lives between runs.
//! Keys name one saved connection (by default endpoint and project); values are secrets.
//! load/save/clear are synchronous; a store backed by something slow (an OS keychain) answers
//! them from memory and fetches a key first with prefetch().
class SessionStore
{
public:
    virtual ~SessionStore();
    //! The stored value, or an empty string.
    virtual QString load(const QString &key) = 0;
    virtual void save(const QString &key, const QString &value) = 0;
    virtual void clear(const QString &key) = 0;

    //! Whether load(\a key) already knows the stored value. True unless the store reads
    //! asynchronously and \a key has not been fetched yet.
    virtual bool isLoaded(const QString &key) const;
    //! Fetches \a key so that load() knows it, then calls \a ready from the event loop of
    //! \a context's thread; \a ready is dropped when \a context is destroyed first.
    virtual void prefetch(const QString &key, QObject *context, std::function<void()> ready);
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
