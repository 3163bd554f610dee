// appwrite-account: the desktop app for managing an Appwrite account.
#include "core/appinfo.h"
#include "sandbox/sandboxserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("appwrite-account"));
    QApplication::setApplicationDisplayName(QStringLiteral("Appwrite Account"));
    QApplication::setOrganizationName(QStringLiteral("appwrite-account"));
    QApplication::setApplicationVersion(QStringLiteral(APPWRITE_APP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.appwrite.account"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Manage your Appwrite account."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QStringLiteral("Start on the embedded local sandbox."));
    parser.addOption(sandbox);
    parser.process(app);

    std::unique_ptr<Sandbox::SandboxServer> embedded;
    if (parser.isSet(sandbox)) {
        Sandbox::Options options;
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                + QStringLiteral("/sandbox");
        embedded = std::make_unique<Sandbox::SandboxServer>(options);
        if (embedded->start())
            AppInfo::instance()->setSandboxEndpoint(embedded->endpoint());
    }

    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    // Qt 6.4 does not search qrc:/qt/qml by default (6.5 does); the app's modules live there.
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    const QUrl mainQml(QStringLiteral("qrc:/qt/qml/AppwriteAccount/Ui/Main.qml"));
    QObject::connect(
            &engine, &QQmlApplicationEngine::objectCreated, &app,
            [mainQml](QObject *object, const QUrl &url) {
                if (!object && url == mainQml)
                    QCoreApplication::exit(1);
            },
            Qt::QueuedConnection);
    engine.load(mainQml);
    return app.exec();
}
