#pragma once

#include "client/models.h"

#include <QVariantList>
#include <QVariantMap>

//! The client's typed models as the maps QML binds to. Keys follow the Appwrite JSON names
//! ("$id", "emailVerification"...), dates are QDateTime (Date in QML).
namespace ModelMaps {
QVariantMap user(const Appwrite::User &user);
QVariantMap target(const Appwrite::Target &target);
QVariantMap session(const Appwrite::Session &session);
QVariantMap token(const Appwrite::Token &token);
QVariantMap jwt(const Appwrite::Jwt &jwt);
QVariantMap mfaType(const Appwrite::MfaType &type);
QVariantMap mfaFactors(const Appwrite::MfaFactors &factors);
QVariantMap mfaChallenge(const Appwrite::MfaChallenge &challenge);
QVariantMap recoveryCodes(const Appwrite::MfaRecoveryCodes &codes);
QVariantMap identity(const Appwrite::Identity &identity);
} // namespace ModelMaps
