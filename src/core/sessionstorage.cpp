#include "core/sessionstorage.h"

#include "core/settingswriter.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace {
// Only whether the notice was closed, and which connections have a saved session (their names,
// never the credentials): secrets never go to QSettings.
constexpr QLatin1StringView noticeDismissedKey("sessionStorage/noticeDismissed");
constexpr QLatin1StringView savedKeysKey("sessionStorage/savedKeys");
} // namespace

SessionStorage::SessionStorage(const QString &service, const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_keychain(service)
    , m_file(filePath)
{
    const QSettings settings;
    m_savedKeys = settings.value(savedKeysKey).toStringList();
    m_noticeDismissed = settings.value(noticeDismissedKey, false).toBool();
    connect(&m_keychain, &KeychainSessionStore::availabilityChanged, this,
            &SessionStorage::keychainAnswered);
}

SessionStorage *SessionStorage::instance()
{
    static SessionStorage *storage =
            new SessionStorage(QStringLiteral("appwrite-account"),
                               QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                       + QStringLiteral("/private/sessions.json"),
                               QCoreApplication::instance());
    return storage;
}

SessionStorage *SessionStorage::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

QString SessionStorage::mode() const
{
    if (m_useFile)
        return QStringLiteral("file");
    switch (m_keychain.availability()) {
    case KeychainSessionStore::Availability::Unknown:
        return QStringLiteral("checking");
    case KeychainSessionStore::Availability::Available:
        return QStringLiteral("keychain");
    case KeychainSessionStore::Availability::Unavailable:
        break;
    }
    return QStringLiteral("memory");
}

void SessionStorage::setNoticeDismissed(bool dismissed)
{
    if (dismissed == m_noticeDismissed)
        return;
    m_noticeDismissed = dismissed;
    SettingsWriter::write(
            [dismissed](QSettings &settings) { settings.setValue(noticeDismissedKey, dismissed); });
    Q_EMIT noticeDismissedChanged();
}

void SessionStorage::markSaved(const QString &key, bool saved)
{
    if (m_savedKeys.contains(key) == saved)
        return;
    if (saved)
        m_savedKeys.append(key);
    else
        m_savedKeys.removeAll(key);
    SettingsWriter::write(
            [keys = m_savedKeys](QSettings &settings) { settings.setValue(savedKeysKey, keys); });
}

// No session was ever saved for the key: nothing to ask the keychain for, so a person who is
// signed out sees the sign-in at once, and the keychain (which may ask to be unlocked) is not
// touched.
bool SessionStorage::nothingSaved(const QString &key) const
{
    return !m_savedKeys.contains(key);
}

void SessionStorage::keychainAnswered()
{
    if (m_keychain.availability() == KeychainSessionStore::Availability::Available) {
        // A file from a run without keychain: its credentials move into the keychain.
        if (m_file.exists()) {
            const QHash<QString, QString> stored = m_file.values();
            for (auto it = stored.begin(); it != stored.end(); ++it) {
                if (!m_keychain.isLoaded(it.key()) || m_keychain.load(it.key()).isEmpty())
                    m_keychain.save(it.key(), it.value());
            }
            m_file.remove();
            qCInfo(lcSecrets) << "moved" << stored.size()
                              << "sessions from the file to the keychain";
        }
    } else if (m_file.exists()) {
        // The person chose the file in an earlier run; what was signed in meanwhile joins it.
        QHash<QString, QString> stored = m_file.values();
        stored.insert(m_keychain.values());
        m_useFile = m_file.write(stored);
    }
    Q_EMIT modeChanged();
}

bool SessionStorage::keepInFile()
{
    if (m_useFile)
        return true;
    if (m_keychain.availability() != KeychainSessionStore::Availability::Unavailable)
        return false;
    if (!m_file.write(m_keychain.values()))
        return false;
    m_useFile = true;
    Q_EMIT modeChanged();
    return true;
}

void SessionStorage::forgetFile()
{
    const QHash<QString, QString> stored = m_file.values();
    m_file.remove();
    if (!m_useFile)
        return;
    for (auto it = stored.begin(); it != stored.end(); ++it)
        m_keychain.save(it.key(), it.value());
    m_useFile = false;
    Q_EMIT modeChanged();
}

QString SessionStorage::load(const QString &key)
{
    return m_useFile ? m_file.load(key) : m_keychain.load(key);
}

void SessionStorage::save(const QString &key, const QString &value)
{
    markSaved(key, !value.isEmpty());
    if (m_useFile)
        m_file.save(key, value);
    else
        m_keychain.save(key, value);
}

void SessionStorage::clear(const QString &key)
{
    markSaved(key, false);
    if (m_useFile)
        m_file.clear(key);
    else
        m_keychain.clear(key);
}

bool SessionStorage::isLoaded(const QString &key) const
{
    return m_useFile || nothingSaved(key) || m_keychain.isLoaded(key);
}

void SessionStorage::prefetch(const QString &key, QObject *context, std::function<void()> ready)
{
    if (m_useFile || nothingSaved(key))
        SessionStore::prefetch(key, context, std::move(ready));
    else
        m_keychain.prefetch(key, context, std::move(ready));
}
