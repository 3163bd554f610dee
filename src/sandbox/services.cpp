#include "sandbox/services.h"

#include "sandbox/crypto.h"

#include <QDir>

namespace Sandbox {

Services::Services(const Options &options_)
    : options(options_)
{ }

bool Services::open()
{
    const QString file = options.inMemory
            ? QString()
            : QDir(options.dataDir).filePath(QStringLiteral("sandbox.sqlite"));
    if (!db.open(file)) {
        m_error = db.errorString();
        return false;
    }
    try {
        // The JWT key lives with the data so tokens stay valid across restarts.
        auto key = db.one(QStringLiteral("SELECT value FROM meta WHERE key = 'jwt_key'"));
        if (!key) {
            const QString fresh = Crypto::randomHex(64);
            db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('jwt_key', ?)"), {fresh});
            key = QVariantMap{{QStringLiteral("value"), fresh}};
        }
        jwt.setKey(key->value(QStringLiteral("value")).toString().toLatin1());
    } catch (...) {
        m_error = QStringLiteral("The database %1 cannot be written.").arg(file);
        return false;
    }
    return true;
}

} // namespace Sandbox
