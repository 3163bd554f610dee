#include "core/keychainsessionstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSecrets, "appwrite.secrets", QtInfoMsg)

namespace {
const QString probeKey = QStringLiteral("availability-probe");
}

KeychainSessionStore::KeychainSessionStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

bool KeychainSessionStore::isLoaded(const QString &key) const
{
    return m_availability == Availability::Unavailable || m_loaded.contains(key);
}

void KeychainSessionStore::prefetch(const QString &key, QObject *context,
                                    std::function<void()> ready)
{
    if (isLoaded(key)) {
        SessionStore::prefetch(key, context, std::move(ready));
        return;
    }
    QList<Waiter> &waiters = m_waiting[key];
    waiters.append({context, std::move(ready)});
    if (waiters.size() == 1)
        read(key);
}

void KeychainSessionStore::probe()
{
    if (m_availability == Availability::Unknown && !m_waiting.contains(probeKey))
        prefetch(probeKey, this, [] {});
}

void KeychainSessionStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, key](QKeychain::Job *done) { readFinished(key, done); });
    m_changedWhileReading.remove(key);
    job->start();
}

void KeychainSessionStore::readFinished(const QString &key, QKeychain::Job *job)
{
    if (failed(job)) {
        setAvailability(Availability::Unavailable, job->errorString());
    } else {
        setAvailability(Availability::Available);
        if (!m_changedWhileReading.contains(key)) {
            const QString value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            if (job->error() == QKeychain::NoError && !value.isEmpty() && key != probeKey)
                m_values.insert(key, value);
        }
        m_loaded.insert(key);
    }
    m_changedWhileReading.remove(key);
    const QList<Waiter> waiters = m_waiting.take(key);
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            QMetaObject::invokeMethod(waiter.context, waiter.ready, Qt::QueuedConnection);
    }
}

void KeychainSessionStore::save(const QString &key, const QString &value)
{
    m_values.insert(key, value);
    m_loaded.insert(key);
    if (m_waiting.contains(key))
        m_changedWhileReading.insert(key);
    if (m_availability == Availability::Unavailable)
        return;
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(value);
    startWrite(job);
}

void KeychainSessionStore::clear(const QString &key)
{
    m_values.remove(key);
    m_loaded.insert(key);
    if (m_waiting.contains(key))
        m_changedWhileReading.insert(key);
    if (m_availability == Availability::Unavailable)
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    startWrite(job);
}

void KeychainSessionStore::startWrite(QKeychain::Job *job)
{
    ++m_pendingWrites;
    connect(job, &QKeychain::Job::finished, this, &KeychainSessionStore::writeFinished);
    job->start();
}

void KeychainSessionStore::writeFinished(QKeychain::Job *job)
{
    if (failed(job))
        setAvailability(Availability::Unavailable, job->errorString());
    else
        setAvailability(Availability::Available);
    if (--m_pendingWrites == 0)
        Q_EMIT writesDone();
}

bool KeychainSessionStore::waitForWrites(int timeoutMs)
{
    if (m_pendingWrites == 0)
        return true;
    QEventLoop loop;
    connect(this, &KeychainSessionStore::writesDone, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return m_pendingWrites == 0;
}

bool KeychainSessionStore::failed(QKeychain::Job *job) const
{
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return false;
    case QKeychain::CouldNotDeleteEntry:
        // Deleting what was never stored: the keychain itself works.
        return !qobject_cast<QKeychain::DeletePasswordJob *>(job);
    default:
        return true;
    }
}

void KeychainSessionStore::setAvailability(Availability availability, const QString &error)
{
    if (availability == m_availability)
        return;
    // Once the keychain failed, this run stays in memory: a keychain that comes and goes would
    // leave credentials half in it.
    if (m_availability == Availability::Unavailable)
        return;
    m_availability = availability;
    m_lastError = error;
    if (availability == Availability::Unavailable) {
        qCInfo(lcSecrets).noquote() << "no keychain, sessions stay in memory:" << error;
        // Every key now answers from memory: release whoever waits.
        const QStringList keys = m_waiting.keys();
        for (const QString &key : keys)
            QTimer::singleShot(0, this, [this, key] {
                const QList<Waiter> waiters = m_waiting.take(key);
                for (const Waiter &waiter : waiters) {
                    if (waiter.context)
                        QMetaObject::invokeMethod(waiter.context, waiter.ready,
                                                  Qt::QueuedConnection);
                }
            });
    }
    Q_EMIT availabilityChanged();
}
