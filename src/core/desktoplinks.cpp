#include "core/desktoplinks.h"

#include "core/callbackrouter.h"
#include "core/callbackscheme.h"
#include "core/connections.h"
#include "core/schemeregistration.h"
#include "core/singleinstance.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QWindow>

#include <utility>

DesktopLinks::DesktopLinks(SingleInstance *instance, QObject *parent)
    : QObject(parent)
{
    if (instance)
        connect(instance, &SingleInstance::messageReceived, this, &DesktopLinks::open);
}

void DesktopLinks::start()
{
    connect(Connections::instance(), &Connections::currentChanged, this,
            &DesktopLinks::registerCurrentScheme);
    connect(Connections::instance(), &Connections::countChanged, this, &DesktopLinks::pruneSchemes);
    pruneSchemes();
    registerCurrentScheme();
}

void DesktopLinks::open(const QString &message, const QString &activationToken)
{
    if (!message.isEmpty() && !CallbackRouter::instance()->open(message))
        qWarning("appwrite-account: ignored a handed-over argument that is not a link of this "
                 "app"); // not printed: a link carries secrets
    raiseWindows(activationToken);
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

void DesktopLinks::pruneSchemes()
{
    const auto *list = qobject_cast<const ConnectionList *>(Connections::instance()->model());
    if (!list)
        return;
    QStringList saved;
    for (const ConnectionInfo &info : list->items())
        saved << info.projectId;
    SchemeRegistration::prune(saved);
}

void DesktopLinks::raiseWindows(const QString &activationToken)
{
    QString token = activationToken;
    for (QWindow *window : QGuiApplication::topLevelWindows()) {
        if (!window->isVisible() || window->transientParent())
            continue;
        if (window->windowStates() & Qt::WindowMinimized)
            window->showNormal();
        window->raise();
        // QtWayland (6.4) reads the xdg-activation token from the environment in
        // requestActivate(); a token is good for one activation.
        const bool withToken = !token.isEmpty();
        if (withToken)
            qputenv("XDG_ACTIVATION_TOKEN", std::exchange(token, QString()).toUtf8());
        window->requestActivate();
        if (withToken)
            qunsetenv("XDG_ACTIVATION_TOKEN");
    }
}
