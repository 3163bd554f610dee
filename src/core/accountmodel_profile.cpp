// Profile, security (MFA) and the advanced operations.
#include "core/accountmodel.h"

#include "core/modelmaps.h"

using namespace Appwrite;

Operation *AccountModel::updateUserWith(const char *slot,
                                        const std::function<void(Callback<User>)> &send)
{
    Operation *op = begin(slot);
    if (!requireConnection(op))
        return op;
    request<User>(op, send, [this, op](const User &user) {
        setUser(user);
        finish(op, m_user);
    });
    return op;
}

Operation *AccountModel::updateName(const QString &name)
{
    return updateUserWith("updateName", [this, name](Callback<User> done) {
        m_api->updateName(m_requests, name, done);
    });
}

Operation *AccountModel::updateEmail(const QString &email, const QString &password)
{
    return updateUserWith("updateEmail", [this, email, password](Callback<User> done) {
        m_api->updateEmail(m_requests, email, password, done);
    });
}

Operation *AccountModel::updatePhone(const QString &phone, const QString &password)
{
    return updateUserWith("updatePhone", [this, phone, password](Callback<User> done) {
        m_api->updatePhone(m_requests, phone, password, done);
    });
}

Operation *AccountModel::updatePassword(const QString &newPassword, const QString &oldPassword,
                                        bool signOutOthers)
{
    Operation *op =
            updateUserWith("updatePassword", [this, newPassword, oldPassword](Callback<User> done) {
                m_api->updatePassword(m_requests, newPassword, oldPassword, done);
            });
    if (signOutOthers) {
        // Ends the other sessions only once the new password is in place.
        connect(op, &Operation::finished, this, [this, op] {
            if (op->ok())
                this->signOutOthers();
        });
    }
    return op;
}

Operation *AccountModel::sendEmailVerification(const QString &url)
{
    const QString link = url.isEmpty() ? defaultCallbackUrl(QStringLiteral("verification")) : url;
    return sendToken("sendEmailVerification", [this, link](Callback<Token> done) {
        m_api->createVerification(m_requests, link, done);
    });
}

Operation *AccountModel::completeEmailVerification(const QString &userId, const QString &secret)
{
    Operation *op =
            sendToken("completeEmailVerification", [this, userId, secret](Callback<Token> done) {
                m_api->updateVerification(m_requests, userId, secret, done);
            });
    connect(op, &Operation::finished, this, [this, op] {
        if (op->ok() && m_signedIn)
            refresh();
    });
    return op;
}

Operation *AccountModel::sendPhoneVerification()
{
    return sendToken("sendPhoneVerification", [this](Callback<Token> done) {
        m_api->createPhoneVerification(m_requests, done);
    });
}

Operation *AccountModel::completePhoneVerification(const QString &userId, const QString &code)
{
    Operation *op =
            sendToken("completePhoneVerification", [this, userId, code](Callback<Token> done) {
                m_api->updatePhoneVerification(m_requests, userId, code, done);
            });
    connect(op, &Operation::finished, this, [this, op] {
        if (op->ok() && m_signedIn)
            refresh();
    });
    return op;
}

Operation *AccountModel::refresh()
{
    return updateUserWith("refresh", [this](Callback<User> done) { m_api->get(m_requests, done); });
}

Operation *AccountModel::setMfa(bool enabled)
{
    return updateUserWith("setMfa", [this, enabled](Callback<User> done) {
        m_api->updateMFA(m_requests, enabled, done);
    });
}

Operation *AccountModel::addAuthenticator()
{
    Operation *op = begin("addAuthenticator");
    if (!requireConnection(op))
        return op;
    request<MfaType>(
            op,
            [this](Callback<MfaType> done) {
                m_api->createMfaAuthenticator(m_requests, Account::AuthenticatorType::Totp, done);
            },
            [this, op](const MfaType &type) { finish(op, ModelMaps::mfaType(type)); });
    return op;
}

Operation *AccountModel::verifyAuthenticator(const QString &otp)
{
    Operation *op = updateUserWith("verifyAuthenticator", [this, otp](Callback<User> done) {
        m_api->updateMfaAuthenticator(m_requests, Account::AuthenticatorType::Totp, otp, done);
    });
    connect(op, &Operation::finished, this, [this, op] {
        if (op->ok())
            fetchFactors(nullptr);
    });
    return op;
}

Operation *AccountModel::removeAuthenticator(const QString &otp)
{
    Operation *op = begin("removeAuthenticator");
    if (!requireConnection(op))
        return op;
    request<void>(
            op,
            [this, otp](Callback<void> done) {
                m_api->deleteMfaAuthenticator(m_requests, Account::AuthenticatorType::Totp, otp,
                                              done);
            },
            [this, op] {
                finish(op);
                fetchFactors(nullptr);
            });
    return op;
}

Operation *AccountModel::createRecoveryCodes()
{
    Operation *op = begin("createRecoveryCodes");
    if (!requireConnection(op))
        return op;
    request<MfaRecoveryCodes>(
            op,
            [this](Callback<MfaRecoveryCodes> done) {
                m_api->createMfaRecoveryCodes(m_requests, done);
            },
            [this, op](const MfaRecoveryCodes &codes) {
                finish(op, ModelMaps::recoveryCodes(codes));
                fetchFactors(nullptr);
            });
    return op;
}

Operation *AccountModel::getRecoveryCodes()
{
    Operation *op = begin("getRecoveryCodes");
    if (!requireConnection(op))
        return op;
    request<MfaRecoveryCodes>(
            op,
            [this](Callback<MfaRecoveryCodes> done) {
                m_api->getMfaRecoveryCodes(m_requests, done);
            },
            [this, op](const MfaRecoveryCodes &codes) {
                finish(op, ModelMaps::recoveryCodes(codes));
            });
    return op;
}

Operation *AccountModel::regenerateRecoveryCodes()
{
    Operation *op = begin("regenerateRecoveryCodes");
    if (!requireConnection(op))
        return op;
    request<MfaRecoveryCodes>(
            op,
            [this](Callback<MfaRecoveryCodes> done) {
                m_api->updateMfaRecoveryCodes(m_requests, done);
            },
            [this, op](const MfaRecoveryCodes &codes) {
                finish(op, ModelMaps::recoveryCodes(codes));
            });
    return op;
}

Operation *AccountModel::refreshFactors()
{
    Operation *op = begin("refreshFactors");
    if (!requireConnection(op))
        return op;
    fetchFactors(op);
    return op;
}

Operation *AccountModel::createJwt()
{
    Operation *op = begin("createJwt");
    if (!requireConnection(op))
        return op;
    request<Jwt>(
            op, [this](Callback<Jwt> done) { m_api->createJWT(m_requests, done); },
            [this, op](const Jwt &jwt) { finish(op, ModelMaps::jwt(jwt)); });
    return op;
}

Operation *AccountModel::blockAccount()
{
    Operation *op = begin("blockAccount");
    if (!requireConnection(op))
        return op;
    request<User>(
            op, [this](Callback<User> done) { m_api->updateStatus(m_requests, done); },
            [this, op](const User &user) {
                const QVariantMap blocked = ModelMaps::user(user);
                // The server ended the session with the block; this device follows.
                signedOutLocally();
                finish(op, blocked);
            });
    return op;
}

Operation *AccountModel::extendSession()
{
    Operation *op = begin("extendSession");
    if (!requireConnection(op))
        return op;
    request<Session>(
            op,
            [this](Callback<Session> done) {
                m_api->updateSession(m_requests, QStringLiteral("current"), done);
            },
            [this, op](const Session &session) {
                const QVariantMap map = ModelMaps::session(session);
                setCurrentSession(map);
                finish(op, map);
            });
    return op;
}
