#pragma once

#include <QString>
#include <QStringList>

namespace Sandbox {

//! The OAuth2 providers of the spec's OAuthProvider enum. In the sandbox every one of them is
//! "enabled" and served by the local consent page instead of the real provider.
class OAuthProviders
{
public:
    //! All ids in the server's order (the order its validation message lists them in).
    static const QStringList &ids();
    static bool contains(const QString &id);
    //! The name people know ("GitHub", "PayPal Sandbox"); the id itself when unknown.
    static QString displayName(const QString &id);
    //! The server's message for an unknown id: "Value must be one of (amazon, apple, …)".
    static QString validationMessage();
};

} // namespace Sandbox
