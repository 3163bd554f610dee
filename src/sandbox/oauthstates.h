#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sandbox {

//! An OAuth2 sign-in between the app's GET …/oauth2/{provider} and the consent decision.
struct PendingAuthorization
{
    QString provider;
    QString project;
    QString success;
    QString failure;
    QStringList scopes;
    bool tokenFlow = false; //!< tokens/oauth2: end with ?secret=&userId= instead of a session
    QString callerUserId; //!< signed in when it started: the identity joins that user
    QString callerSessionId; //!< that user's session, replaced by the new one
    qint64 createdMs = 0;
};

//! The state parameter of the sandbox's OAuth2 flow, kept on the server (not in the URL) so a
//! browser cannot change where the sign-in ends. In memory: a restart forgets pending sign-ins.
class OAuthStates
{
public:
    //! How long a person has to decide on the consent page.
    static constexpr qint64 lifetimeSeconds = 600;

    //! Stores \a pending and returns its state id.
    QString add(PendingAuthorization pending);
    std::optional<PendingAuthorization> find(const QString &state);
    //! Removes and returns it: each state can end one sign-in only.
    std::optional<PendingAuthorization> take(const QString &state);

private:
    void dropExpired();

    QHash<QString, PendingAuthorization> m_pending;
};

} // namespace Sandbox
