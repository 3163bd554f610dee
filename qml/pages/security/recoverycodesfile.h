#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

//! Writes recovery codes to a file the person chose: plain text or a printable PDF, readable by
//! the owner only. QML has no file output of its own, and Qt 6.4's QtQuick cannot print.
class RecoveryCodesFile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    using QObject::QObject;

    //! \a heading names the account and app; \a codes one per line. False on failure (see errorString).
    Q_INVOKABLE bool saveText(const QUrl &file, const QString &heading, const QStringList &codes);
    Q_INVOKABLE bool savePdf(const QUrl &file, const QString &heading, const QStringList &codes);

    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void errorStringChanged();

private:
    bool fail(const QString &message);
    bool restrictToOwner(const QString &path);

    QString m_errorString;
};
