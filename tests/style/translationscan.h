#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What tst_translations checks, apart from QtTest (moc cannot read the patterns' raw strings).

//! The checkout the test was built from.
QString sourceDir();

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "obsolete" or "vanished"
    QStringList translations; // one per numerus form, or one
    bool numerus = false;
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

QList<Message> readTs(const QString &path, QString *error);
//! translations/appwrite-account_*.ts under \a dir, sorted.
QStringList tsFiles(const QString &dir);
//! "[Context] \"source\"", for messages.
QString location(const Message &message);
//! Missing, empty or placeholder-changing translations in \a file.
QStringList translationProblems(const QString &file);
//! QML/JS lines that bind a user-visible property to a string literal outside qsTr().
QStringList unmarkedQmlStrings();
//! C++ lines that build a sentence with QStringLiteral/QLatin1String/u""_s instead of tr().
QStringList unmarkedCppSentences();
