#include "core/settingswriter.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace {

QThreadPool &writerThread()
{
    static QThreadPool *pool = [] {
        auto *threads = new QThreadPool;
        // One thread, so that the changes are applied in order.
        threads->setMaxThreadCount(1);
        qAddPostRoutine(SettingsWriter::flush);
        return threads;
    }();
    return *pool;
}

} // namespace

void SettingsWriter::write(std::function<void(QSettings &)> change)
{
    writerThread().start([change = std::move(change)] {
        // Made here: a QSettings syncs on the thread that destroys it.
        QSettings settings;
        change(settings);
    });
}

void SettingsWriter::flush()
{
    writerThread().waitForDone();
}
