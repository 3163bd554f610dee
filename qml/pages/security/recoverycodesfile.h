#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

//! Writes recovery codes to a file the person chose (plain text or PDF, readable by the owner
//! only) or prints them through the system's print dialog. QML has no file output or printing
//! of its own in Qt 6.4, and its file dialog cannot name a new file where the desktop offers no
//! native one: the desktop's dialogs (or Qt's widget ones) are used instead.
class RecoveryCodesFile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    //! Choosing a file and printing need the widgets dialogs, so a QApplication (the app has one;
    //! tests may not).
    Q_PROPERTY(bool canPrint READ canPrint CONSTANT)

public:
    using QObject::QObject;

    //! \a heading names the account and app; \a codes one per line. False on failure (see errorString).
    Q_INVOKABLE bool saveText(const QUrl &file, const QString &heading, const QStringList &codes);
    Q_INVOKABLE bool savePdf(const QUrl &file, const QString &heading, const QStringList &codes);
    //! Asks where to save (without blocking) and saves there: saved() follows unless cancelled.
    Q_INVOKABLE void chooseFileAndSave(bool pdf, const QString &heading, const QStringList &codes);
    //! Shows the print dialog and prints; false when cancelled or failed (errorString says which).
    Q_INVOKABLE bool printCodes(const QString &heading, const QStringList &codes);

    bool canPrint() const;

    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void errorStringChanged();
    //! After chooseFileAndSave(): \a ok false when writing failed (errorString says why).
    void saved(bool ok);

private:
    bool fail(const QString &message);
    bool restrictToOwner(const QString &path);
    static QString html(const QString &heading, const QStringList &codes);

    QString m_errorString;
};
