#include "core/connections.h"

#include "client/client.h"
#include "client/sessionstore.h"
#include "core/accountmodel.h"
#include "core/appinfo.h"
#include "core/settingswriter.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimer>
#include <QUuid>

Connections::Connections(const QString &settingsGroup, QObject *parent)
    : QObject(parent)
    , m_group(settingsGroup)
{
    load();
    connect(AppInfo::instance(), &AppInfo::sandboxEndpointChanged, this, [this] {
        if (currentIsSandbox())
            Q_EMIT currentEndpointChanged();
    });
}

Connections *Connections::instance()
{
    static Connections *connections =
            new Connections(QStringLiteral("connections"), QCoreApplication::instance());
    return connections;
}

Connections *Connections::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

ConnectionInfo Connections::currentInfo() const
{
    const int row = m_list.indexOf(m_current);
    if (row < 0)
        return {};
    ConnectionInfo info = m_list.items().at(row);
    if (info.isSandbox)
        info.endpoint = QUrl(AppInfo::instance()->sandboxEndpoint());
    return info;
}

QUrl Connections::normalizedEndpoint(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("https://"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return {};
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path.isEmpty() ? QStringLiteral("/v1") : path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

Operation *Connections::check(const QString &endpoint, const QString &projectId, bool selfSigned,
                              bool allowPlainHttp)
{
    auto *op = new Operation(this);
    if (m_lastCheck) {
        if (m_lastCheck->done())
            m_lastCheck->deleteLater();
        else
            connect(m_lastCheck, &Operation::finished, m_lastCheck, &QObject::deleteLater);
    }
    m_lastCheck = op;

    const QUrl url = normalizedEndpoint(endpoint);
    const QString project = projectId.trimmed();
    ErrorInfo invalid;
    if (!url.isValid())
        invalid = ErrorInfo::validation(
                QStringLiteral("endpoint"),
                tr("Enter the API endpoint, like https://cloud.appwrite.io/v1."));
    else if (project.isEmpty())
        invalid = ErrorInfo::validation(QStringLiteral("projectId"),
                                        tr("Enter the project ID from the project's settings."));
    if (invalid.isError()) {
        QTimer::singleShot(0, op, [op, invalid] { op->fail(invalid); });
        return op;
    }

    // A throw-away client: no session is involved in the check.
    auto *client = new Appwrite::Client(op);
    client->setEndpoint(url);
    client->setProject(project);
    client->setSelfSigned(selfSigned);
    client->setAllowPlainHttp(allowPlainHttp);
    const QVariantMap result{{QStringLiteral("endpoint"), url.toString()},
                             {QStringLiteral("projectId"), project}};
    const auto succeed = [this, op, client, url, selfSigned, result] {
        if (selfSigned)
            m_checkedCertificates.insert(url, client->peerCertificate());
        op->succeed(result);
    };
    client->call(Appwrite::Client::Method::Get, QStringLiteral("/account"), {}, op,
                 [op, client, succeed](const Appwrite::Result<QJsonObject> &answer) {
                     client->deleteLater();
                     // A guest asking for the account proves both the server and the project.
                     if (answer.ok() || answer.error().is("general_unauthorized_scope")) {
                         succeed();
                         return;
                     }
                     const Appwrite::Error &error = answer.error();
                     ErrorInfo info = ErrorInfo::fromClient(error);
                     if (info.kind == ErrorInfo::Kind::Http && info.type.isEmpty()) {
                         info.kind = ErrorInfo::Kind::InvalidResponse;
                         info.text = tr("That address answers, but not like an Appwrite server. "
                                        "Check the endpoint (it usually ends in /v1).");
                     }
                     op->fail(info);
                 });
    return op;
}

QString Connections::add(const QString &label, const QString &endpoint, const QString &projectId,
                         bool selfSigned, bool allowPlainHttp)
{
    const QUrl url = normalizedEndpoint(endpoint);
    const QString project = projectId.trimmed();
    if (!url.isValid() || project.isEmpty()
        || (!allowPlainHttp && Appwrite::Client::isInsecureRemote(url)))
        return QString();
    ConnectionInfo info;
    info.label = label.trimmed().isEmpty() ? project + QStringLiteral(" · ") + url.host()
                                           : label.trimmed();
    info.endpoint = url;
    info.projectId = project;
    info.selfSigned = selfSigned;
    info.allowPlainHttp = allowPlainHttp && Appwrite::Client::isInsecureRemote(url);
    if (selfSigned)
        info.pinnedCertificate = m_checkedCertificates.value(url);
    const auto &items = m_list.items();
    for (int row = 0; row < items.size(); ++row) {
        const ConnectionInfo &existing = items.at(row);
        if (!existing.isSandbox && existing.endpoint == url && existing.projectId == project) {
            info.id = existing.id;
            info.accountName = existing.accountName;
            info.accountEmail = existing.accountEmail;
            m_list.replace(row, info);
            save();
            return info.id;
        }
    }
    info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_list.append(info);
    save();
    Q_EMIT countChanged();
    return info.id;
}

void Connections::remove(const QString &id)
{
    const int row = m_list.indexOf(id);
    if (row < 0)
        return;
    m_list.removeAt(row);
    // A forgotten connection leaves no credential behind (the server session is not ended).
    AccountModel::defaultSessionStore()->clear(sessionKey(id));
    if (m_current == id) {
        m_current.clear();
        Q_EMIT currentChanged();
    }
    save();
    Q_EMIT countChanged();
}

void Connections::select(const QString &id)
{
    if (id == m_current || (!id.isEmpty() && m_list.indexOf(id) < 0))
        return;
    m_current = id;
    save();
    Q_EMIT currentChanged();
}

QString Connections::useSandbox()
{
    if (AppInfo::instance()->sandboxEndpoint().isEmpty())
        return QString();
    if (m_list.indexOf(sandboxId()) < 0) {
        ConnectionInfo info;
        info.id = sandboxId();
        info.label = tr("Local sandbox");
        info.projectId = QStringLiteral("sandbox");
        info.isSandbox = true;
        m_list.append(info);
        save();
        Q_EMIT countChanged();
    }
    select(sandboxId());
    return sandboxId();
}

void Connections::rememberAccount(const QString &id, const QString &name, const QString &email)
{
    const int row = m_list.indexOf(id);
    if (row < 0)
        return;
    ConnectionInfo info = m_list.items().at(row);
    if (info.accountName == name && info.accountEmail == email)
        return;
    info.accountName = name;
    info.accountEmail = email;
    m_list.replace(row, info);
    save();
}

void Connections::load()
{
    QSettings settings;
    settings.beginGroup(m_group);
    QList<ConnectionInfo> items;
    const int size = settings.beginReadArray(QStringLiteral("list"));
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        ConnectionInfo info;
        info.id = settings.value(QStringLiteral("id")).toString();
        info.label = settings.value(QStringLiteral("label")).toString();
        info.endpoint = QUrl(settings.value(QStringLiteral("endpoint")).toString());
        info.projectId = settings.value(QStringLiteral("projectId")).toString();
        info.selfSigned = settings.value(QStringLiteral("selfSigned")).toBool();
        info.allowPlainHttp = settings.value(QStringLiteral("allowPlainHttp")).toBool();
        info.pinnedCertificate = QByteArray::fromHex(
                settings.value(QStringLiteral("pinnedCertificate")).toByteArray());
        info.isSandbox = settings.value(QStringLiteral("isSandbox")).toBool();
        info.accountName = settings.value(QStringLiteral("accountName")).toString();
        info.accountEmail = settings.value(QStringLiteral("accountEmail")).toString();
        if (!info.id.isEmpty())
            items << info;
    }
    settings.endArray();
    m_list.setItems(items);
    const QString saved = settings.value(QStringLiteral("current")).toString();
    m_current = m_list.indexOf(saved) >= 0 ? saved : QString();
    settings.endGroup();
}

void Connections::save() const
{
    SettingsWriter::write([group = m_group, items = m_list.items(),
                           current = m_current](QSettings &settings) {
        settings.beginGroup(group);
        settings.remove(QStringLiteral("list"));
        settings.beginWriteArray(QStringLiteral("list"), int(items.size()));
        for (int i = 0; i < items.size(); ++i) {
            const ConnectionInfo &info = items.at(i);
            settings.setArrayIndex(i);
            settings.setValue(QStringLiteral("id"), info.id);
            settings.setValue(QStringLiteral("label"), info.label);
            // The sandbox's port changes with every start: it is looked up, never stored.
            settings.setValue(QStringLiteral("endpoint"),
                              info.isSandbox ? QString() : info.endpoint.toString());
            settings.setValue(QStringLiteral("projectId"), info.projectId);
            settings.setValue(QStringLiteral("selfSigned"), info.selfSigned);
            settings.setValue(QStringLiteral("allowPlainHttp"), info.allowPlainHttp);
            settings.setValue(QStringLiteral("pinnedCertificate"), info.pinnedCertificate.toHex());
            settings.setValue(QStringLiteral("isSandbox"), info.isSandbox);
            settings.setValue(QStringLiteral("accountName"), info.accountName);
            settings.setValue(QStringLiteral("accountEmail"), info.accountEmail);
        }
        settings.endArray();
        settings.setValue(QStringLiteral("current"), current);
        settings.endGroup();
    });
}
