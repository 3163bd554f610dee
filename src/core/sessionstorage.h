#pragma once

#include "client/sessionstore.h"
#include "core/filesessionstore.h"
#include "core/keychainsessionstore.h"

#include <QObject>
#include <QQmlEngine>

//! Where the app keeps session credentials, and what the person is told about it: the OS
//! keychain when there is one; otherwise memory only (sign in again next time), or, if the
//! person explicitly asks for it, an owner-only file under the app's data directory.
//! Credentials never go to QSettings; only the names of the connections that have one saved do.
//! The store behind every AccountModel (AccountModel::setDefaultSessionStore).
class SessionStorage : public QObject, public Appwrite::SessionStore
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    //! "checking" (asking the keychain), "keychain", "memory" or "file".
    Q_PROPERTY(QString mode READ mode NOTIFY modeChanged)
    Q_PROPERTY(QString filePath READ filePath CONSTANT)
    //! The person closed the sidebar notice about where the session is kept; remembered in the
    //! settings of this machine. The choice stays in the account menu.
    Q_PROPERTY(bool noticeDismissed READ noticeDismissed WRITE setNoticeDismissed NOTIFY
                       noticeDismissedChanged)
public:
    //! \a service names the keychain entries; \a filePath is the opt-in file. Not
    //! default-constructible so that QML (Qt 6.4) uses create() and shares instance().
    SessionStorage(const QString &service, const QString &filePath, QObject *parent);

    //! The app's storage: service "appwrite-account", file AppDataLocation/private/sessions.json.
    static SessionStorage *instance();
    static SessionStorage *create(QQmlEngine *, QJSEngine *);

    QString mode() const;
    //! Asks the keychain whether it is there (once), so that the UI can say so before a sign-in.
    //! The app asks after its first frame: loading the keychain's libraries must not delay the
    //! window. Reading or saving a session asks too.
    void probe() { m_keychain.probe(); }
    QString filePath() const { return m_file.path(); }
    bool noticeDismissed() const { return m_noticeDismissed; }
    void setNoticeDismissed(bool dismissed);

    //! Opts into the file while there is no keychain: the credentials of this run are written
    //! to it and kept there from now on. False when not possible (a keychain exists, or the
    //! file cannot be written).
    Q_INVOKABLE bool keepInFile();
    //! Deletes the file; the credentials stay in memory for this run only.
    Q_INVOKABLE void forgetFile();
    //! At exit: waits (at most \a timeoutMs) until the keychain confirmed every write.
    bool flush(int timeoutMs = 5000) { return m_keychain.waitForWrites(timeoutMs); }

    QString load(const QString &key) override;
    void save(const QString &key, const QString &value) override;
    void clear(const QString &key) override;
    bool isLoaded(const QString &key) const override;
    void prefetch(const QString &key, QObject *context, std::function<void()> ready) override;

Q_SIGNALS:
    void modeChanged();
    void noticeDismissedChanged();

private:
    void keychainAnswered();
    //! Kept here and written in the background (SettingsWriter): a sign-in does not wait for the
    //! disk.
    void markSaved(const QString &key, bool saved);
    bool nothingSaved(const QString &key) const;

    KeychainSessionStore m_keychain;
    FileSessionStore m_file;
    bool m_useFile = false;
    QStringList m_savedKeys;
    bool m_noticeDismissed = false;
};
