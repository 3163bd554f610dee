#pragma once

#include <QSettings>

#include <functional>

//! Applies changes to the app's QSettings on a thread of its own, one after the other in the order
//! given. Each QSettings write ends with QSaveFile's fdatasync: 1-2 ms, and now and then 40-90 ms
//! on a busy disk, which the GUI thread must not wait for.
//! For state the caller keeps in memory and only reads back at its next start: a QSettings read
//! made right after write() may still see the old value.
namespace SettingsWriter {

void write(std::function<void(QSettings &)> change);
//! Returns once every change given so far is on disk. Called as the application ends, so no
//! change is lost; tests call it before they read the settings back.
void flush();

} // namespace SettingsWriter
