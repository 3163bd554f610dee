#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Sandbox {

using QueryItems = QList<QPair<QString, QString>>;

//! Builds the links the server sends or redirects to, byte for byte as Appwrite 1.5.11 does:
//! PHP form encoding (space as '+'), parameters merged into the URL's own query.
class LinkBuilder
{
public:
    //! Email links: \a url with \a items merged into its query ("http://localhost/cb?userId=…").
    static QString emailLink(const QString &url, const QueryItems &items);
    //! The final OAuth2 redirect: the server rebuilds the URL with an empty user-info and an
    //! always-present fragment ("http://:@localhost/ok?secret=…&userId=…#").
    static QString oauthRedirect(const QString &url, const QueryItems &items);

    //! PHP urlencode(): letters, digits and "-_." kept, space as '+', the rest %XX.
    static QString formEncode(const QString &value);
};

} // namespace Sandbox
