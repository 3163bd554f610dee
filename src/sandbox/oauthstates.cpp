#include "sandbox/oauthstates.h"

#include "sandbox/clock.h"
#include "sandbox/crypto.h"

namespace Sandbox {

QString OAuthStates::add(PendingAuthorization pending)
{
    dropExpired();
    const QString state = Crypto::randomHex(32);
    pending.createdMs = Clock::nowMs();
    m_pending.insert(state, std::move(pending));
    return state;
}

std::optional<PendingAuthorization> OAuthStates::find(const QString &state)
{
    dropExpired();
    const auto found = m_pending.constFind(state);
    if (found == m_pending.constEnd())
        return std::nullopt;
    return *found;
}

std::optional<PendingAuthorization> OAuthStates::take(const QString &state)
{
    auto pending = find(state);
    m_pending.remove(state);
    return pending;
}

void OAuthStates::dropExpired()
{
    const qint64 oldest = Clock::nowMs() - lifetimeSeconds * 1000;
    m_pending.removeIf([oldest](const auto &entry) { return entry.value().createdMs < oldest; });
}

} // namespace Sandbox
