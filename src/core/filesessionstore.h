#pragma once

#include "client/sessionstore.h"

#include <QHash>
#include <QString>

//! Session credentials in one JSON file that only the owner may read or write (0600, in a
//! 0700 directory). Not encrypted: the person chooses it knowingly when no keychain exists.
class FileSessionStore final : public Appwrite::SessionStore
{
public:
    explicit FileSessionStore(const QString &path);

    QString path() const { return m_path; }
    bool exists() const;
    //! Every stored credential by key.
    QHash<QString, QString> values() const;
    //! Deletes the file and everything in it.
    bool remove();
    //! Writes \a values as the whole content (creating the file).
    bool write(const QHash<QString, QString> &values);

    QString load(const QString &key) override { return values().value(key); }
    void save(const QString &key, const QString &value) override;
    void clear(const QString &key) override;

private:
    QString m_path;
};
