#pragma once

#include "core/connectionlist.h"
#include "core/operation.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

//! The servers and projects the user saved (QSettings, no secrets), and which one is in use.
class Connections : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QAbstractListModel *model READ model CONSTANT)
    Q_PROPERTY(QString current READ current NOTIFY currentChanged)
    Q_PROPERTY(bool currentIsSandbox READ currentIsSandbox NOTIFY currentChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    //! The id of the embedded sandbox's connection.
    static QString sandboxId() { return QStringLiteral("sandbox"); }
    //! The name of \a id's session credential in the session store. By connection, not by
    //! endpoint: the embedded sandbox listens on a new port at every start, yet its data (and
    //! so its sessions) persist, and a saved remote connection is one endpoint and project.
    static QString sessionKey(const QString &id) { return QStringLiteral("session/") + id; }

    //! Reads the saved list from \a settingsGroup of the app's QSettings. Not default-constructible
    //! so that QML (Qt 6.4) uses create() and shares instance() with C++.
    explicit Connections(const QString &settingsGroup, QObject *parent = nullptr);

    static Connections *instance();
    static Connections *create(QQmlEngine *, QJSEngine *);

    QAbstractListModel *model() { return &m_list; }
    QString current() const { return m_current; }
    bool currentIsSandbox() const { return m_current == sandboxId(); }
    int count() const { return m_list.rowCount(); }
    //! The current connection; the sandbox's endpoint is that of the running embedded sandbox
    //! (empty when none runs).
    ConnectionInfo currentInfo() const;

    //! Checks that \a endpoint answers like Appwrite and knows \a projectId. Result:
    //! {endpoint, projectId} with the endpoint as it will be saved. A plain http:// endpoint
    //! off this computer fails (validation, field "endpoint", type "client_plain_http") unless
    //! \a allowPlainHttp says the user confirmed it.
    Q_INVOKABLE Operation *check(const QString &endpoint, const QString &projectId, bool selfSigned,
                                 bool allowPlainHttp = false);
    //! Saves a connection (or updates the one with the same endpoint and project); its id.
    //! With \a selfSigned, only the certificate its last successful check() saw is accepted.
    //! "" for an unusable endpoint, or a plain http:// one off this computer without
    //! \a allowPlainHttp.
    Q_INVOKABLE QString add(const QString &label, const QString &endpoint, const QString &projectId,
                            bool selfSigned, bool allowPlainHttp = false);
    Q_INVOKABLE void remove(const QString &id);
    Q_INVOKABLE void select(const QString &id);
    //! Adds (once) and selects the embedded sandbox; empty when no sandbox runs.
    Q_INVOKABLE QString useSandbox();

    //! Notes who is signed in on \a id, for the account switcher.
    void rememberAccount(const QString &id, const QString &name, const QString &email);
    //! The API root as the app stores it: scheme added, trailing slash removed, "/v1" when the
    //! path is empty.
    static QUrl normalizedEndpoint(const QString &text);

Q_SIGNALS:
    void currentChanged();
    //! The current connection's endpoint moved (the embedded sandbox started on a new port).
    void currentEndpointChanged();
    void countChanged();

private:
    void load();
    void save() const;

    QString m_group;
    ConnectionList m_list;
    QString m_current;
    QPointer<Operation> m_lastCheck;
    //! The certificate each endpoint showed in a successful self-signed check, pinned by add().
    QHash<QUrl, QByteArray> m_checkedCertificates;
};
