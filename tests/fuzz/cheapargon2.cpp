// Fuzz and replay builds only: argon2id at its lowest cost. The sandbox hashes with the real
// server's parameters (64 MiB, 4 passes), seconds per request under ASan, which would leave the
// fuzzer hashing instead of exploring. This definition takes the place of libargon2's for
// these executables; the encoded hash names its parameters, so argon2id_verify stays the
// library's own. The integration tests check the real parameters.

#include <argon2.h>

extern "C" int argon2id_hash_encoded(const uint32_t, const uint32_t, const uint32_t,
                                     const void *pwd, const size_t pwdlen, const void *salt,
                                     const size_t saltlen, const size_t hashlen, char *encoded,
                                     const size_t encodedlen)
{
    return argon2_hash(1, 8, 1, pwd, pwdlen, salt, saltlen, nullptr, hashlen, encoded, encodedlen,
                       Argon2_id, ARGON2_VERSION_NUMBER);
}
