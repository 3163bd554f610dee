#pragma once

#include <QCoreApplication>
#include <QString>

//! What an audit event (e.g. "session.create") means, in plain words.
class EventNames
{
    Q_DECLARE_TR_FUNCTIONS(EventNames)
public:
    static QString describe(const QString &event);
    //! Every event with its own sentence (for tests).
    static QStringList known();
};
