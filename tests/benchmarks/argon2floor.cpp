// The sign-in floor: argon2id verifications per second with the sandbox's own PasswordHasher
// (its parameters), one thread, no HTTP, no database. Prints "verifications_per_s N".
#include "sandbox/passwordhasher.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QByteArray(argv[1]).toInt() : 10;
    const QString password = QStringLiteral("bench-password-123");
    const QString encoded = Sandbox::PasswordHasher::hash(password);
    if (encoded.isEmpty())
        return 1;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i) {
        if (!Sandbox::PasswordHasher::verify(encoded, password))
            return 1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("verifications_per_s %.3f\n", double(rounds) / seconds);
    return 0;
}
