#pragma once

#include <QCoreApplication>
#include <QString>

//! The small page a browser shows after it handed a sign-in back to the app ("you can close
//! this tab"): self-contained HTML, styled like the app, in the user's language.
class CallbackPage
{
    Q_DECLARE_TR_FUNCTIONS(CallbackPage)
public:
    enum class Kind { Success, Failure, Refused };

    //! The whole page; \a detail (the provider's or server's message) is shown escaped, below
    //! the text of a failure.
    static QByteArray html(Kind kind, const QString &detail = {});
    static QString title(Kind kind);
    static QString text(Kind kind);
};
