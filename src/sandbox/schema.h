#pragma once

#include <QStringList>

namespace Sandbox {

/*! The SQLite schema, one place for every table (sandbox core and auth helpers alike).

Conventions: every date is INTEGER UTC milliseconds since the epoch (0 or NULL = unset; format
with Clock::iso). IDs are TEXT in ID.unique() format unless the client chose one. JSON columns
hold compact JSON text. Secrets that the server only needs to recognise are stored as
Crypto::sha256Hex(secret), never in plain text.

meta            key TEXT PK, value TEXT                     server-wide values (e.g. the JWT key)
users           id TEXT PK, created_at, updated_at, name TEXT, email TEXT UNIQUE NULL (lower-case),
                phone TEXT UNIQUE NULL, password_hash TEXT NULL (argon2id encoded string),
                password_updated_at INTEGER (0 = user has no password: anonymous, OTP, OAuth...),
                registration, status INTEGER (1 active, 0 blocked), labels TEXT (JSON array),
                email_verified INTEGER, phone_verified INTEGER, mfa INTEGER, prefs TEXT (JSON
                object), accessed_at
sessions        seq INTEGER PK (creation order), id TEXT UNIQUE, user_id, created_at, updated_at,
                expire, secret_hash TEXT UNIQUE, provider TEXT, provider_uid TEXT,
                provider_access_token TEXT, provider_access_token_expiry INTEGER,
                provider_refresh_token TEXT, ip TEXT, user_agent TEXT (client/OS/device are parsed
                from it when serialised), country_code TEXT, factors TEXT (JSON array),
                mfa_updated_at INTEGER
tokens          id TEXT PK, user_id, type INTEGER (TokenType), secret_hash TEXT, created_at,
                expire, phrase TEXT, ip TEXT, user_agent TEXT
identities      id TEXT PK, user_id, created_at, updated_at, provider TEXT, provider_uid TEXT,
                provider_email TEXT, provider_access_token TEXT, provider_access_token_expiry
                INTEGER, provider_refresh_token TEXT; UNIQUE(provider, provider_uid)
targets         id TEXT PK, user_id, created_at, updated_at, name TEXT, provider_id TEXT NULL,
                provider_type TEXT ('email' | 'sms' | 'push'), identifier TEXT,
                session_id TEXT NULL (push targets die with their session)
logs            seq INTEGER PK (newest = highest), user_id, event TEXT, user_email, user_name,
                mode TEXT ('default'), ip TEXT, user_agent TEXT, country_code TEXT, time
rate_hits       key TEXT, window_start INTEGER (unix seconds), count INTEGER; PK(key, window_start)
outbox          seq INTEGER PK, id TEXT UNIQUE, created_at, channel TEXT ('email' | 'sms'),
                recipient TEXT, subject TEXT, body TEXT, html TEXT, user_id TEXT, secret TEXT,
                url TEXT, phrase TEXT. These are the delivered messages (the user's inbox), so
                they hold what a real email or SMS would.
authenticators  id TEXT PK, user_id, type TEXT ('totp'), verified INTEGER, secret TEXT (base32:
                needed to compute codes), created_at, updated_at; UNIQUE(user_id, type)
challenges      id TEXT PK, user_id, type TEXT (factor, lower-case), code_hash TEXT (sha256 of the
                code; empty for totp), created_at, expire
recovery_codes  user_id TEXT, position INTEGER, code TEXT, used INTEGER; PK(user_id, position).
                Plain text because GET /account/mfa/recovery-codes shows them again.
*/
namespace Schema {
//! Token types, the same numbers as the real server's TOKEN_TYPE_* constants.
enum TokenType {
    Verification = 2,
    Recovery = 3,
    MagicUrl = 5,
    Phone = 6,
    OAuth2 = 7,
    Generic = 8,
    EmailOtp = 9,
};
//! CREATE TABLE / INDEX statements, idempotent (IF NOT EXISTS).
QStringList statements();
} // namespace Schema

} // namespace Sandbox
