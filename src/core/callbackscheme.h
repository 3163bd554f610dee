#pragma once

#include <QString>
#include <QUrl>

//! The app's URL scheme per Appwrite project, `appwrite-callback-<projectId>://localhost/<path>`:
//! the address emailed links lead back to (Appwrite 1.5 accepts any scheme whose host is
//! localhost). Schemes are case-insensitive, so project ids compare without case.
class CallbackScheme
{
public:
    //! False for project ids that cannot be part of a scheme (RFC 3986: letters, digits, + - .).
    static bool usable(const QString &projectId);
    //! "appwrite-callback-<projectId>" in lower case, as desktop files and browsers spell it.
    static QString name(const QString &projectId);
    //! appwrite-callback-<projectId>://localhost/<path>, or an empty URL when not usable.
    static QUrl url(const QString &projectId, const QString &path);
    //! The project id (lower case) of a URL in one of the app's schemes, else "".
    static QString projectOf(const QUrl &url);
    //! The path of such a URL without its leading slash ("magic-url", "auth/oauth2/success").
    static QString purposeOf(const QUrl &url);
};
