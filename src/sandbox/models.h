#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QVariantMap>

namespace Sandbox {

class Database;

//! Response models of the 1.5 client API, from table rows. Every required field is present;
//! dates use Clock::iso; secrets are "" as the real server sends to client (non-API-key) callers.
namespace Models {
//! `account` = user minus password/hash/hashOptions; reads the user's targets from \a db.
QJsonObject account(Database &db, const QVariantMap &user);
//! The prefs object alone (GET /account/prefs).
QJsonObject preferences(const QVariantMap &user);
QJsonObject session(const QVariantMap &row, bool current);
QJsonObject token(const QVariantMap &row);
QJsonObject jwt(const QString &token);
QJsonObject log(const QVariantMap &row);
QJsonObject identity(const QVariantMap &row);
QJsonObject target(const QVariantMap &row);
//! `{total, <key>: items}` for sessionList, logList, identityList, ...
QJsonObject list(const QString &key, const QJsonArray &items, qint64 total);
} // namespace Models

} // namespace Sandbox
