// A stand-in for a launch of appwrite-account in tests: `singleinstance-probe <name> [message]`
// hands \a message to the instance listening on <name> and exits 0, or becomes that instance:
// prints "listening", then "received:<message>" for every hand-over, until "quit" arrives.
#include "core/singleinstance.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return 2;
    SingleInstance instance(args.at(1));
    if (instance.handOff(args.value(2))) {
        std::printf("handed-off\n");
        return 0;
    }
    if (!instance.listen())
        return 3;
    QObject::connect(&instance, &SingleInstance::messageReceived, &app, [](const QString &message) {
        std::printf("received:%s\n", qPrintable(message));
        std::fflush(stdout);
        if (message == QStringLiteral("quit"))
            QCoreApplication::quit();
    });
    std::printf("listening\n");
    std::fflush(stdout);
    return app.exec();
}
