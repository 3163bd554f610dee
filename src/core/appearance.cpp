#include "core/appearance.h"

#include "core/settingswriter.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QSettings>

namespace {
const QString settingsKey = QStringLiteral("appearance/mode");
const QStringList choices{QStringLiteral("system"), QStringLiteral("light"),
                          QStringLiteral("dark")};
} // namespace

Appearance::Appearance(QObject *parent)
    : QObject(parent)
    , m_mode(QSettings().value(settingsKey).toString())
{
    if (!choices.contains(m_mode))
        m_mode = choices.first();
}

Appearance *Appearance::create(QQmlEngine *, QJSEngine *)
{
    static Appearance *appearance = new Appearance(QCoreApplication::instance());
    QJSEngine::setObjectOwnership(appearance, QJSEngine::CppOwnership);
    return appearance;
}

void Appearance::setMode(const QString &mode)
{
    if (mode == m_mode || !choices.contains(mode))
        return;
    m_mode = mode;
    SettingsWriter::write(
            [saved = m_mode](QSettings &settings) { settings.setValue(settingsKey, saved); });
    Q_EMIT modeChanged();
}
