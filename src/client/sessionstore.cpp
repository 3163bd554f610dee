#include "client/sessionstore.h"

namespace Appwrite {

SessionStore::~SessionStore() = default;

} // namespace Appwrite
