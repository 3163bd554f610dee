#pragma once

#include "client/sessionstore.h"

#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace QKeychain {
class Job;
}

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

//! Session credentials in the OS keychain (Secret Service or KWallet, through qtkeychain).
//! The keychain answers asynchronously: values are held in memory once fetched (prefetch())
//! or saved, and writes go to the keychain in the background. When the keychain turns out to
//! be missing or refuses, the store says so (availability()) and keeps working from memory.
class KeychainSessionStore : public QObject, public Appwrite::SessionStore
{
    Q_OBJECT
public:
    enum class Availability { Unknown, Available, Unavailable };

    //! \a service names the app's entries in the keychain.
    explicit KeychainSessionStore(const QString &service, QObject *parent = nullptr);

    Availability availability() const { return m_availability; }
    QString service() const { return m_service; }
    //! What the keychain said when it failed (for the log; never holds a secret).
    QString lastError() const { return m_lastError; }
    //! The values held in memory (after the keychain failed: every credential of this run).
    QHash<QString, QString> values() const { return m_values; }

    QString load(const QString &key) override { return m_values.value(key); }
    void save(const QString &key, const QString &value) override;
    void clear(const QString &key) override;
    bool isLoaded(const QString &key) const override;
    void prefetch(const QString &key, QObject *context, std::function<void()> ready) override;

    //! Asks the keychain for a key that does not exist, to learn whether it answers at all.
    void probe();
    //! Writes and deletions not yet confirmed by the keychain.
    int pendingWrites() const { return m_pendingWrites; }
    //! Runs the event loop until every write is confirmed or \a timeoutMs passed (at exit:
    //! a session saved just before quitting must reach the keychain). False on timeout.
    bool waitForWrites(int timeoutMs);

Q_SIGNALS:
    void availabilityChanged();
    void writesDone();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> ready;
    };
    void read(const QString &key);
    void readFinished(const QString &key, QKeychain::Job *job);
    void startWrite(QKeychain::Job *job);
    void writeFinished(QKeychain::Job *job);
    void setAvailability(Availability availability, const QString &error = {});
    bool failed(QKeychain::Job *job) const;

    QString m_service;
    Availability m_availability = Availability::Unknown;
    QString m_lastError;
    int m_pendingWrites = 0;
    QHash<QString, QString> m_values;
    QSet<QString> m_loaded;
    //! Keys saved or cleared while a read was on its way: the read's answer is outdated.
    QSet<QString> m_changedWhileReading;
    QHash<QString, QList<Waiter>> m_waiting;
};
