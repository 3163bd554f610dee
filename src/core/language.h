#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>

//! The language of the UI: the system's by default, or the one the person picks (kept in
//! QSettings). Installs the embedded translation, retranslates every QML engine that uses it and
//! turns the application's layout direction right-to-left for Arabic.
class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    //! "system" or a language code from `available` ("en", "de", "ar").
    Q_PROPERTY(QString choice READ choice WRITE setChoice NOTIFY choiceChanged)
    //! The language code in use, "system" resolved.
    Q_PROPERTY(QString current READ current NOTIFY currentChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY currentChanged)
    //! [{code, name}], each name in its own language.
    Q_PROPERTY(QVariantList available READ available CONSTANT)
public:
    //! Reads the choice from \a settingsKey of the app's QSettings. Not default-constructible so
    //! that QML (Qt 6.4) uses create() and shares instance() with C++.
    explicit Language(const QString &settingsKey, QObject *parent = nullptr);

    static Language *instance();
    static Language *create(QQmlEngine *engine, QJSEngine *);

    //! Installs the translation for the current choice. APPWRITE_LANGUAGE in the environment
    //! overrides the saved choice for this run (tests, screenshots).
    void apply();

    QString choice() const { return m_choice; }
    //! Saves \a choice and switches the running UI to it; unknown codes are ignored.
    void setChoice(const QString &choice);
    QString current() const { return m_current; }
    bool rightToLeft() const;
    QVariantList available() const;

    //! The language of \a locale's UI languages the app has a translation for; "en" otherwise.
    static QString resolve(const QLocale &locale);
    static QStringList codes();

Q_SIGNALS:
    void choiceChanged();
    void currentChanged();

private:
    void install(const QString &code);
    void watch(QQmlEngine *engine);

    QString m_settingsKey;
    QString m_choice;
    QString m_current;
    bool m_applied = false;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QList<QPointer<QQmlEngine>> m_engines;
};
