#include "core/language.h"

#include "core/settingswriter.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace {
QString systemChoice()
{
    return QStringLiteral("system");
}

QLocale::Language qtLanguage(const QString &code)
{
    return QLocale(code).language();
}
} // namespace

Language::Language(const QString &settingsKey, QObject *parent)
    : QObject(parent)
    , m_settingsKey(settingsKey)
{
    m_choice = QSettings().value(m_settingsKey, systemChoice()).toString();
    if (m_choice != systemChoice() && !codes().contains(m_choice))
        m_choice = systemChoice();
    m_current = QStringLiteral("en");
}

Language *Language::instance()
{
    static Language *language =
            new Language(QStringLiteral("appearance/language"), QCoreApplication::instance());
    return language;
}

Language *Language::create(QQmlEngine *engine, QJSEngine *)
{
    Language *language = instance();
    QJSEngine::setObjectOwnership(language, QJSEngine::CppOwnership);
    language->watch(engine);
    // The app applies before it loads QML; tests that only load QML get the same start.
    if (!language->m_applied)
        language->apply();
    return language;
}

QStringList Language::codes()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ar")};
}

QVariantList Language::available() const
{
    const QStringList names = {QStringLiteral("English"), QStringLiteral("Deutsch"),
                               QStringLiteral("العربية")};
    QVariantList list;
    for (qsizetype i = 0; i < codes().size(); ++i)
        list.append(QVariantMap{{QStringLiteral("code"), codes().at(i)},
                                {QStringLiteral("name"), names.at(i)}});
    return list;
}

QString Language::resolve(const QLocale &locale)
{
    for (const QString &name : locale.uiLanguages()) {
        const QLocale::Language wanted = QLocale(name).language();
        for (const QString &code : codes()) {
            if (qtLanguage(code) == wanted)
                return code;
        }
    }
    return QStringLiteral("en");
}

bool Language::rightToLeft() const
{
    return QLocale(m_current).textDirection() == Qt::RightToLeft;
}

void Language::apply()
{
    const QString forced = qEnvironmentVariable("APPWRITE_LANGUAGE");
    if (forced == systemChoice() || codes().contains(forced)) {
        if (forced != m_choice) {
            m_choice = forced;
            Q_EMIT choiceChanged();
        }
    }
    install(m_choice == systemChoice() ? resolve(QLocale::system()) : m_choice);
}

void Language::setChoice(const QString &choice)
{
    if (choice == m_choice || (choice != systemChoice() && !codes().contains(choice)))
        return;
    m_choice = choice;
    SettingsWriter::write([key = m_settingsKey, saved = m_choice](QSettings &settings) {
        settings.setValue(key, saved);
    });
    Q_EMIT choiceChanged();
    install(m_choice == systemChoice() ? resolve(QLocale::system()) : m_choice);
}

void Language::install(const QString &code)
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    // English is the source language; its file holds only the plural forms ("1 minute").
    if (m_appTranslator.load(QStringLiteral(":/i18n/appwrite-account_%1.qm").arg(code)))
        QCoreApplication::installTranslator(&m_appTranslator);
    else
        qWarning("Language: no embedded translation for %s", qPrintable(code));
    // Qt's own texts (file dialogs, standard buttons) when the system has them.
    if (code != QLatin1String("en")
        && m_qtTranslator.load(QLocale(code), QStringLiteral("qt"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    // Dates and numbers follow the chosen language; the system's region when it is the same.
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.language() == qtLanguage(code) ? system : QLocale(code));

    const bool changed = code != m_current;
    m_current = code;
    m_applied = true;
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    for (const QPointer<QQmlEngine> &engine : std::as_const(m_engines)) {
        if (engine)
            engine->retranslate();
    }
    if (changed)
        Q_EMIT currentChanged();
}

void Language::watch(QQmlEngine *engine)
{
    if (!engine)
        return;
    m_engines.removeAll(nullptr);
    for (const QPointer<QQmlEngine> &known : std::as_const(m_engines)) {
        if (known == engine)
            return;
    }
    m_engines.append(engine);
}
