#pragma once

// Shared by both executables: SIGTERM (the desktop session ending, a service manager stopping a
// process), SIGINT (Ctrl+C) and SIGHUP (the terminal closing) quit through the event loop, as
// closing the window would, so that what runs after exec() still runs: a session saved a moment
// before is kept, a database is closed.
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace TerminationSignals {

// The handler may only call async-signal-safe functions: it writes a byte to a pipe, which the
// event loop watches.
inline int writeEnd = -1;

inline void forward(int)
{
    const int savedErrno = errno; // the interrupted code may be about to read it
    const char byte = 1;
    [[maybe_unused]] const ssize_t written =
            write(writeEnd, &byte, 1); // full: a quit is due anyway
    errno = savedErrno;
}

//! From now on those signals quit \a app; one that comes before exec() takes effect once it runs.
inline void quitOn(QCoreApplication &app)
{
    int ends[2];
    if (writeEnd >= 0 || pipe2(ends, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    writeEnd = ends[1];
    auto *notifier = new QSocketNotifier(ends[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [readEnd = ends[0]] {
        char drained[16];
        while (read(readEnd, drained, sizeof drained) > 0) { }
        QCoreApplication::quit();
    });
    struct sigaction action
    { };
    action.sa_handler = &forward;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int number : {SIGTERM, SIGINT, SIGHUP})
        sigaction(number, &action, nullptr);
}

} // namespace TerminationSignals
