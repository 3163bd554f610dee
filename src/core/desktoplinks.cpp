#include "core/desktoplinks.h"

#include "core/callbackrouter.h"
#include "core/callbackscheme.h"
#include "core/connections.h"
#include "core/schemeregistration.h"
#include "core/singleinstance.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QWindow>

DesktopLinks::DesktopLinks(SingleInstance *instance, QObject *parent)
    : QObject(parent)
{
    if (instance)
        connect(instance, &SingleInstance::messageReceived, this, &DesktopLinks::open);
    connect(Connections::instance(), &Connections::currentChanged, this,
            &DesktopLinks::registerCurrentScheme);
    registerCurrentScheme();
}

void DesktopLinks::open(const QString &message)
{
    if (!message.isEmpty() && !CallbackRouter::instance()->open(message))
        qWarning("appwrite-account: ignored a handed-over argument that is not a link of this "
                 "app"); // not printed: a link carries secrets
    raiseWindows();
}

QString DesktopLinks::linkFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (!CallbackScheme::projectOf(QUrl(arguments.at(i))).isEmpty())
            return arguments.at(i);
    }
    return QString();
}

bool DesktopLinks::needsSandbox(const QString &link)
{
    return CallbackScheme::projectOf(QUrl(link)) == Connections::sandboxId();
}

void DesktopLinks::registerCurrentScheme()
{
    const ConnectionInfo info = Connections::instance()->currentInfo();
    if (info.projectId.isEmpty())
        return;
    // A link that starts the app must also start the sandbox it belongs to.
    const QStringList arguments =
            info.isSandbox ? QStringList{QStringLiteral("--sandbox")} : QStringList();
    SchemeRegistration registration(QCoreApplication::applicationFilePath(), arguments);
    if (!registration.ensure(info.projectId))
        qWarning("appwrite-account: could not register the link scheme of project %s",
                 qPrintable(info.projectId));
}

void DesktopLinks::raiseWindows()
{
    for (QWindow *window : QGuiApplication::topLevelWindows()) {
        if (!window->isVisible() || window->transientParent())
            continue;
        if (window->windowStates() & Qt::WindowMinimized)
            window->showNormal();
        window->raise();
        window->requestActivate();
    }
}
