#pragma once

#include <QString>

namespace Sandbox {

//! The security phrase of email sign-in ("Mindful lighthouse"): shown by the app and printed in
//! the email, so the person can tell the email belongs to the sign-in they started.
class SecurityPhrase
{
public:
    //! An adjective and a noun; the first word capitalised, the second in lower case.
    static QString generate();
    //! Whether \a phrase has the shape generate() produces, with words from its lists.
    static bool isWellFormed(const QString &phrase);
};

} // namespace Sandbox
