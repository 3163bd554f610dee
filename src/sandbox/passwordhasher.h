#pragma once

#include <QString>

namespace Sandbox {

//! argon2id with the real server's effective parameters (m=65536 KiB, t=4, p=3), PHC-encoded.
namespace PasswordHasher {
QString hash(const QString &password);
bool verify(const QString &encoded, const QString &password);
} // namespace PasswordHasher

} // namespace Sandbox
