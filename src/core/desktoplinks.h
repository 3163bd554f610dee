#pragma once

#include <QObject>
#include <QString>

class SingleInstance;

//! The app's end of links from the desktop: takes what later launches hand over
//! (SingleInstance), routes links to CallbackRouter, brings the window to the front, and
//! registers the URL scheme of the project in use with the desktop (SchemeRegistration), and
//! removes the schemes of projects no longer saved (at start and when one is forgotten).
class DesktopLinks : public QObject
{
    Q_OBJECT
public:
    explicit DesktopLinks(SingleInstance *instance, QObject *parent = nullptr);

    //! Registers the link scheme of the connection in use, forgets those of projects no longer
    //! saved, and from then on follows the saved connections. The app calls it once its window
    //! is on screen (it writes desktop files and may run update-desktop-database); once.
    void start();

    //! A link (or "" from a launch without one): routed, and the window raised (with the
    //! launch's Wayland \a activationToken when it had one).
    void open(const QString &message, const QString &activationToken = QString());
    //! The first command-line argument that is a link of the app's schemes (the desktop entry
    //! passes it as %u), else "".
    static QString linkFromArguments(const QStringList &arguments);
    //! A link of the embedded sandbox's project needs the sandbox running to be completed.
    static bool needsSandbox(const QString &link);

private:
    void registerCurrentScheme();
    static void pruneSchemes();
    static void raiseWindows(const QString &activationToken);
};
