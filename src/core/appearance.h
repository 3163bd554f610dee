#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

//! The person's choice of colour scheme, kept across runs (QSettings "appearance/mode"):
//! "system", "light" or "dark". Theme (QML) turns it into colours.
class Appearance : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY modeChanged)

public:
    static Appearance *create(QQmlEngine *, QJSEngine *);

    QString mode() const { return m_mode; }
    //! Anything but the three choices is ignored.
    void setMode(const QString &mode);

Q_SIGNALS:
    void modeChanged();

private:
    explicit Appearance(QObject *parent);

    QString m_mode;
};
