#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Sandbox {

//! What the OAuth2 consent page shows.
struct ConsentPageContent
{
    QString providerId;
    QString providerName;
    QString projectName;
    QString state; //!< the server-side state id the form sends back
    QStringList scopes;
    QString email; //!< pre-filled test identity
    QString name;
};

//! The browser pages of the sandbox: the OAuth2 consent page that stands in for a provider's
//! sign-in, and the error page of the web-auth routes (real servers answer those with HTML).
class HtmlPages
{
public:
    static QByteArray consent(const ConsentPageContent &content);
    //! "Error 400", the message and the error type, like the server's own error page.
    static QByteArray error(const QString &projectName, int status, const QString &message,
                            const QString &type);
    static QString escape(const QString &text);
};

} // namespace Sandbox
