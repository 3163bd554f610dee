#include "core/schemeregistration.h"

#include "core/callbackscheme.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
const QString defaultsGroup = QStringLiteral("[Default Applications]");
const QString entryPrefix = QStringLiteral("io.appwrite.account.callback-");
const QString entrySuffix = QStringLiteral(".desktop");

QString mimeTypeOf(const QString &projectId)
{
    return QStringLiteral("x-scheme-handler/") + CallbackScheme::name(projectId);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void refreshDesktopDatabase(const QString &applicationsDir)
{
    // Desktops that read mimeinfo.cache instead of the entries themselves see changes after this.
    const QString updater =
            QStandardPaths::findExecutable(QStringLiteral("update-desktop-database"));
    if (!updater.isEmpty())
        QProcess::startDetached(updater, {QStringLiteral("-q"), applicationsDir});
}

//! One argument of an Exec line, quoted when needed (Desktop Entry Specification, "The Exec
//! key"); the backslashes are then doubled once more because Exec is a string value.
QString execArgument(const QString &argument)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./+=:@-]+$"));
    if (plain.match(argument).hasMatch())
        return argument;
    QString quoted;
    for (const QChar c : argument) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$')
            || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

enum class Written { Unchanged, Changed, Failed };

Written writeFile(const QString &path, const QByteArray &content)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content)
        return Written::Unchanged;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Written::Failed;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Written::Failed;
    file.write(content);
    return file.commit() ? Written::Changed : Written::Failed;
}
} // namespace

SchemeRegistration::SchemeRegistration(const QString &executable, const QStringList &arguments)
    : m_executable(executable)
    , m_arguments(arguments)
{ }

QString SchemeRegistration::desktopFileId(const QString &projectId)
{
    return entryPrefix + projectId.toLower() + entrySuffix;
}

QString SchemeRegistration::desktopFilePath(const QString &projectId)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::ApplicationsLocation))
            .filePath(desktopFileId(projectId));
}

QString SchemeRegistration::mimeAppsPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
            .filePath(QStringLiteral("mimeapps.list"));
}

QString SchemeRegistration::desktopEntry(const QString &projectId) const
{
    QStringList exec{execArgument(m_executable)};
    for (const QString &argument : m_arguments)
        exec << execArgument(argument);
    exec << QStringLiteral("%u");
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Appwrite Account\n"
                          "Comment=Opens sign-in and verification links of the Appwrite project "
                          "%1\n"
                          "Exec=%2\n"
                          "Icon=io.appwrite.account\n"
                          "Terminal=false\n"
                          "NoDisplay=true\n"
                          "MimeType=x-scheme-handler/%3;\n")
            .arg(projectId, exec.join(QLatin1Char(' ')), CallbackScheme::name(projectId));
}

QString SchemeRegistration::withDefault(const QString &mimeApps, const QString &mimeType,
                                        const QString &desktopId)
{
    QStringList lines = mimeApps.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    const QString entry = mimeType + QLatin1Char('=') + desktopId + QLatin1Char(';');
    qsizetype group = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            if (group >= 0) {
                lines.insert(i, entry);
                return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
            }
            if (line == defaultsGroup)
                group = i;
        } else if (group >= 0 && line.section(QLatin1Char('='), 0, 0).trimmed() == mimeType) {
            // The user (or another app) chose a handler; theirs stays.
            return mimeApps;
        }
    }
    if (group < 0) {
        if (!lines.isEmpty())
            lines << QString();
        lines << defaultsGroup;
    }
    lines << entry;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString SchemeRegistration::withoutHandler(const QString &mimeApps, const QString &mimeType,
                                           const QString &desktopId)
{
    QStringList lines = mimeApps.split(QLatin1Char('\n'));
    bool changed = false;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1Char('[')) || line.startsWith(QLatin1Char('#'))
            || line.section(QLatin1Char('='), 0, 0).trimmed() != mimeType)
            continue;
        QStringList handlers =
                line.section(QLatin1Char('='), 1).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        if (handlers.removeAll(desktopId) == 0)
            continue;
        changed = true;
        if (handlers.isEmpty())
            lines.removeAt(i);
        else
            lines[i] = mimeType + QLatin1Char('=') + handlers.join(QLatin1Char(';'))
                    + QLatin1Char(';');
    }
    return changed ? lines.join(QLatin1Char('\n')) : mimeApps;
}

bool SchemeRegistration::ensure(const QString &projectId) const
{
    if (!CallbackScheme::usable(projectId))
        return false;
    const QString entryPath = desktopFilePath(projectId);
    const Written entry = writeFile(entryPath, desktopEntry(projectId).toUtf8());
    if (entry == Written::Failed)
        return false;
    const QString before = readText(mimeAppsPath());
    const QString after = withDefault(before, mimeTypeOf(projectId), desktopFileId(projectId));
    if (after != before && writeFile(mimeAppsPath(), after.toUtf8()) == Written::Failed)
        return false;
    // Nothing new, nothing to refresh: most starts find the entry as they left it.
    if (entry == Written::Changed || after != before)
        refreshDesktopDatabase(QFileInfo(entryPath).absolutePath());
    return true;
}

bool SchemeRegistration::remove(const QString &projectId)
{
    const QString entryPath = desktopFilePath(projectId);
    QFile entry(entryPath);
    const bool existed = entry.exists();
    if (existed && !entry.remove())
        return false;
    const QString before = readText(mimeAppsPath());
    const QString after = withoutHandler(before, mimeTypeOf(projectId), desktopFileId(projectId));
    if (after != before && writeFile(mimeAppsPath(), after.toUtf8()) == Written::Failed)
        return false;
    if (existed || after != before)
        refreshDesktopDatabase(QFileInfo(entryPath).absolutePath());
    return true;
}

QStringList SchemeRegistration::registeredProjects()
{
    const QDir applications(QStandardPaths::writableLocation(QStandardPaths::ApplicationsLocation));
    QStringList projects;
    const QStringList entries =
            applications.entryList({entryPrefix + u'*' + entrySuffix}, QDir::Files);
    for (const QString &entry : entries)
        projects << entry.mid(entryPrefix.size()).chopped(entrySuffix.size());
    return projects;
}

QStringList SchemeRegistration::prune(const QStringList &keep)
{
    QStringList removed;
    const QStringList registered = registeredProjects();
    for (const QString &project : registered) {
        if (keep.contains(project, Qt::CaseInsensitive))
            continue;
        if (remove(project))
            removed << project;
        else
            qWarning("appwrite-account: could not remove the link scheme of project %s",
                     qPrintable(project));
    }
    return removed;
}
