#pragma once

#include <QString>

namespace Appwrite {

//! IDs in the server's ID.unique() format: 13 hex digits of the time plus random hex padding.
class ID
{
public:
    //! A fresh ID, unique on this machine and very likely everywhere (20 characters).
    static QString unique(int padding = 7);
    //! Asks the server to pick the ID itself.
    static QString server() { return QStringLiteral("unique()"); }
    //! Whether \a id may be sent as a custom ID (1-36 chars of a-zA-Z0-9._-, no leading special).
    static bool isValidCustom(const QString &id);
};

} // namespace Appwrite
