#include "sandbox/passwordhasher.h"

#include <QRandomGenerator>

#include <argon2.h>

namespace Sandbox::PasswordHasher {

namespace {
constexpr uint32_t timeCost = 4;
constexpr uint32_t memoryCost = 65536;
constexpr uint32_t threads = 3;
constexpr uint32_t saltLength = 16;
constexpr uint32_t hashLength = 32;
} // namespace

QString hash(const QString &password)
{
    const QByteArray plain = password.toUtf8();
    quint32 salt[saltLength / sizeof(quint32)];
    QRandomGenerator::system()->fillRange(salt);
    const size_t encodedLength =
            argon2_encodedlen(timeCost, memoryCost, threads, saltLength, hashLength, Argon2_id);
    QByteArray encoded(qsizetype(encodedLength), '\0');
    const int rc = argon2id_hash_encoded(timeCost, memoryCost, threads, plain.constData(),
                                         size_t(plain.size()), salt, saltLength, hashLength,
                                         encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        return QString();
    return QString::fromLatin1(encoded.constData());
}

bool verify(const QString &encoded, const QString &password)
{
    if (encoded.isEmpty())
        return false;
    const QByteArray plain = password.toUtf8();
    const QByteArray stored = encoded.toLatin1();
    return argon2id_verify(stored.constData(), plain.constData(), size_t(plain.size()))
            == ARGON2_OK;
}

} // namespace Sandbox::PasswordHasher
