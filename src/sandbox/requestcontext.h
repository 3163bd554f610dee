#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

class QHttpServerRequest;

namespace Sandbox {

class Services;

//! One request as the routes see it: its parameters, who is calling, and the services.
//! Built by the router; routes read it and may set auditUser for the audit log.
class RequestContext
{
public:
    RequestContext(Services &services, const QHttpServerRequest &request);

    Services &services;

    // --- the request -------------------------------------------------------------------
    QByteArray method;
    QString path;
    QString host; //!< Host header without port
    QString ip;
    QString userAgent;
    QString origin; //!< Origin (or Referer) header, may be empty
    QString project; //!< ?project= wins over X-Appwrite-Project
    QJsonObject params; //!< query string + JSON/form body + {path} captures
    QByteArray header(const QByteArray &name) const;
    //! Cookie header, parsed.
    QHash<QString, QString> cookies;

    //! Parameter access: missing or null gives an empty string / QJsonValue::Undefined.
    QString param(const QString &name) const { return params.value(name).toString(); }
    QJsonValue value(const QString &name) const { return params.value(name); }
    bool has(const QString &name) const;

    // --- the caller (set by the router's authentication step) ----------------------------
    std::optional<QVariantMap> user; //!< users row; empty for guests
    std::optional<QVariantMap> session; //!< sessions row when a session secret authenticated
    bool viaJwt = false;
    bool sessionFromCookie = false; //!< drives X-Debug-Fallback
    bool isGuest() const { return !user.has_value(); }
    QString userId() const;
    QString sessionId() const;
    //! Reloads `user` from the database (after a route changed it).
    void reloadUser();

    //! Hosts a redirect URL may use: localhost, this request's host, the --platform hosts.
    QStringList allowedHosts() const;
    //! Whom the audit log entry is about; defaults to the caller. Routes that sign someone in
    //! or create a user set it.
    std::optional<QVariantMap> auditUser;

private:
    QHash<QByteArray, QByteArray> m_headers;
};

} // namespace Sandbox
