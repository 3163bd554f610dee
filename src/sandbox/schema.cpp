#include "sandbox/schema.h"

namespace Sandbox::Schema {

QStringList statements()
{
    return {
            QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, created_at INTEGER, "
                    "updated_at INTEGER, name TEXT NOT NULL DEFAULT '', email TEXT UNIQUE, phone "
                    "TEXT UNIQUE, password_hash TEXT, password_updated_at INTEGER NOT NULL DEFAULT "
                    "0, registration INTEGER, status INTEGER NOT NULL DEFAULT 1, labels TEXT NOT "
                    "NULL DEFAULT '[]', email_verified INTEGER NOT NULL DEFAULT 0, phone_verified "
                    "INTEGER NOT NULL DEFAULT 0, mfa INTEGER NOT NULL DEFAULT 0, prefs TEXT NOT "
                    "NULL "
                    "DEFAULT '{}', accessed_at INTEGER)"),
            QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS sessions (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                    "id "
                    "TEXT UNIQUE NOT NULL, user_id TEXT NOT NULL, created_at INTEGER, updated_at "
                    "INTEGER, expire INTEGER, secret_hash TEXT UNIQUE NOT NULL, provider TEXT, "
                    "provider_uid TEXT NOT NULL DEFAULT '', provider_access_token TEXT NOT NULL "
                    "DEFAULT '', provider_access_token_expiry INTEGER NOT NULL DEFAULT 0, "
                    "provider_refresh_token TEXT NOT NULL DEFAULT '', ip TEXT, user_agent TEXT, "
                    "country_code TEXT, factors TEXT NOT NULL DEFAULT '[]', mfa_updated_at INTEGER "
                    "NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS sessions_user ON sessions (user_id)"),
            QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS tokens (id TEXT PRIMARY KEY, user_id TEXT NOT "
                    "NULL, "
                    "type INTEGER NOT NULL, secret_hash TEXT NOT NULL, created_at INTEGER, expire "
                    "INTEGER, phrase TEXT NOT NULL DEFAULT '', ip TEXT, user_agent TEXT)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS tokens_user ON tokens (user_id)"),
            QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS identities (id TEXT PRIMARY KEY, user_id TEXT NOT "
                    "NULL, created_at INTEGER, updated_at INTEGER, provider TEXT NOT NULL, "
                    "provider_uid TEXT NOT NULL, provider_email TEXT NOT NULL DEFAULT '', "
                    "provider_access_token TEXT NOT NULL DEFAULT '', provider_access_token_expiry "
                    "INTEGER NOT NULL DEFAULT 0, provider_refresh_token TEXT NOT NULL DEFAULT '', "
                    "UNIQUE (provider, provider_uid))"),
            QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS targets (id TEXT PRIMARY KEY, user_id TEXT NOT "
                    "NULL, created_at INTEGER, updated_at INTEGER, name TEXT NOT NULL DEFAULT '', "
                    "provider_id TEXT, provider_type TEXT NOT NULL, identifier TEXT NOT NULL, "
                    "session_id TEXT)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS targets_user ON targets (user_id)"),
            QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS logs (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                    "user_id "
                    "TEXT NOT NULL, event TEXT NOT NULL, user_email TEXT NOT NULL DEFAULT '', "
                    "user_name TEXT NOT NULL DEFAULT '', mode TEXT NOT NULL DEFAULT 'default', ip "
                    "TEXT, user_agent TEXT, country_code TEXT, time INTEGER)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS logs_user ON logs (user_id)"),
            QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS rate_hits (key TEXT NOT NULL, window_start INTEGER "
                    "NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (key, window_start))"),
            QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, id "
                    "TEXT UNIQUE NOT NULL, created_at INTEGER, channel TEXT NOT NULL, recipient "
                    "TEXT "
                    "NOT NULL, subject TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', "
                    "html "
                    "TEXT NOT NULL DEFAULT '', user_id TEXT NOT NULL DEFAULT '', secret TEXT NOT "
                    "NULL "
                    "DEFAULT '', url TEXT NOT NULL DEFAULT '', phrase TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS authenticators (id TEXT PRIMARY KEY, user_id TEXT "
                    "NOT NULL, type TEXT NOT NULL, verified INTEGER NOT NULL DEFAULT 0, secret "
                    "TEXT "
                    "NOT NULL, created_at INTEGER, updated_at INTEGER, UNIQUE (user_id, type))"),
            QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS challenges (id TEXT PRIMARY KEY, user_id TEXT NOT "
                    "NULL, type TEXT NOT NULL, code_hash TEXT NOT NULL DEFAULT '', created_at "
                    "INTEGER, expire INTEGER)"),
            QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS recovery_codes (user_id TEXT NOT NULL, position "
                    "INTEGER NOT NULL, code TEXT NOT NULL, used INTEGER NOT NULL DEFAULT 0, "
                    "PRIMARY "
                    "KEY (user_id, position))"),
    };
}

} // namespace Sandbox::Schema
