#include "core/filesessionstore.h"

#include "core/keychainsessionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerOnlyDir = ownerOnly | QFileDevice::ExeOwner;
} // namespace

FileSessionStore::FileSessionStore(const QString &path)
    : m_path(path)
{ }

bool FileSessionStore::exists() const
{
    return QFileInfo::exists(m_path);
}

QHash<QString, QString> FileSessionStore::values() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // A file others could read is still used (it is the person's own), but fixed at once.
    if (file.permissions() & ~(ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser))
        file.setPermissions(ownerOnly);
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    QHash<QString, QString> values;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().toString().isEmpty())
            values.insert(it.key(), it.value().toString());
    }
    return values;
}

bool FileSessionStore::remove()
{
    return !exists() || QFile::remove(m_path);
}

bool FileSessionStore::write(const QHash<QString, QString> &values)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return false;
    QFile::setPermissions(info.absolutePath(), ownerOnlyDir);
    QJsonObject object;
    for (auto it = values.begin(); it != values.end(); ++it)
        object.insert(it.key(), it.value());
    // Created owner-only before a byte is written, then renamed over the old file.
    const QString temporary = m_path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
        qCWarning(lcSecrets).noquote() << "cannot write" << temporary << file.errorString();
        return false;
    }
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const bool written = file.write(json) == json.size() && file.flush();
    file.close();
    if (!written
        || std::rename(QFile::encodeName(temporary).constData(),
                       QFile::encodeName(m_path).constData())
                != 0) {
        qCWarning(lcSecrets).noquote() << "cannot write" << m_path;
        QFile::remove(temporary);
        return false;
    }
    return true;
}

void FileSessionStore::save(const QString &key, const QString &value)
{
    QHash<QString, QString> all = values();
    all.insert(key, value);
    write(all);
}

void FileSessionStore::clear(const QString &key)
{
    QHash<QString, QString> all = values();
    if (all.remove(key) > 0)
        write(all);
}
