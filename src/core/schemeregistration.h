#pragma once

#include <QString>
#include <QStringList>

//! Makes the desktop hand `appwrite-callback-<projectId>://` links to this app, the freedesktop
//! way and per user: a hidden desktop entry per project in $XDG_DATA_HOME/applications that
//! declares the x-scheme-handler, the default handler for it in $XDG_CONFIG_HOME/mimeapps.list
//! (unless the user already chose one), and a refreshed desktop database when the tool exists.
class SchemeRegistration
{
public:
    //! \a executable and \a arguments (before the link) form the entry's Exec line.
    explicit SchemeRegistration(const QString &executable, const QStringList &arguments = {});

    //! Writes or updates what \a projectId needs; false when a file could not be written.
    bool ensure(const QString &projectId) const;
    //! Removes what ensure() wrote for \a projectId: its entry and, in mimeapps.list, this
    //! app's entry as the handler (another handler the user chose stays). False when a file
    //! could not be changed.
    static bool remove(const QString &projectId);
    //! The projects (lower case) that have an entry of this app in the applications directory.
    static QStringList registeredProjects();
    //! Removes the entries of every registered project not in \a keep (any case); returns the
    //! projects removed.
    static QStringList prune(const QStringList &keep);

    //! "io.appwrite.account.callback-<projectid>.desktop"
    static QString desktopFileId(const QString &projectId);
    static QString desktopFilePath(const QString &projectId);
    static QString mimeAppsPath();
    //! The entry's text (for tests and for ensure()).
    QString desktopEntry(const QString &projectId) const;
    //! \a mimeApps with \a desktopId as the default for \a mimeType, unless one is set already.
    static QString withDefault(const QString &mimeApps, const QString &mimeType,
                               const QString &desktopId);
    //! \a mimeApps without \a desktopId as a handler of \a mimeType (a line left empty goes).
    static QString withoutHandler(const QString &mimeApps, const QString &mimeType,
                                  const QString &desktopId);

private:
    QString m_executable;
    QStringList m_arguments;
};
