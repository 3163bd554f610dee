#pragma once

#include <QByteArray>

// Bodies as a real Appwrite 1.5.11 server sends them (see shared/reference/real-server).
namespace SampleData {

inline const QByteArray user = R"({"$id":"alice","$createdAt":"2026-11-26T19:52:04.950+00:00",
"$updatedAt":"2026-11-26T19:52:04.950+00:00","name":"Alice","registration":"2026-11-26T19:52:04.948+00:00",
"status":true,"labels":[],"passwordUpdate":"2026-11-26T19:52:04.948+00:00","email":"alice@example.com",
"phone":"","emailVerification":false,"phoneVerification":false,"mfa":false,"prefs":{},
"targets":[{"$id":"6b088de4e8b3a0e1d5c2","$createdAt":"2026-11-26T19:52:04.955+00:00",
"$updatedAt":"2026-11-26T19:52:04.955+00:00","name":"","userId":"alice","providerId":null,
"providerType":"email","identifier":"alice@example.com"}],"accessedAt":"2026-11-26T19:52:04.948+00:00"})";

inline const QByteArray session =
        R"({"$id":"6b088dedad4b0df11b58","$createdAt":"2026-11-26T19:52:13.711+00:00",
"$updatedAt":"2026-11-26T19:52:13.711+00:00","userId":"mallory","expire":"2027-11-26T19:52:13.709+00:00",
"provider":"email","providerUid":"mallory@example.com","providerAccessToken":"","providerAccessTokenExpiry":"",
"providerRefreshToken":"","ip":"127.0.0.1","osCode":"LIN","osName":"GNU/Linux","osVersion":"","clientType":"browser",
"clientCode":"CH","clientName":"Chrome","clientVersion":"124.0","clientEngine":"Blink","clientEngineVersion":"124.0.0.0",
"deviceName":"desktop","deviceBrand":"","deviceModel":"","countryCode":"--","countryName":"","current":false,
"factors":["password","totp"],"secret":"","mfaUpdatedAt":"2026-11-26 19:52:13.755"})";

inline const QByteArray errorBody =
        R"({"message":"A user with the same id, email, or phone already exists in this project.","code":409,"type":"user_already_exists","version":"1.5.11"})";

//! base64 of {"id":"alice","secret":"<hex>"}, the shape of a real session cookie value.
inline const QByteArray credential =
        "eyJpZCI6ImFsaWNlIiwic2VjcmV0IjoiMDE2NzBkZTk0ZWQxYWMzZGExZWIwYTgwNWFjMjM0ZGUyODBiZTlhMmU1Ym"
        "RkMmQzODljZDM2MWU0YWNkOTc5ZWNjYjJkNDRmYmI4NWVlMGE1MGVlYmFiYmViOTBhMWE0MTFhZGEzM2QyZTdjNDhl"
        "NDZjZGM0YzI0NWY5ZWIwMGE4MTIzYTNjYjczMzE2NTFiYTgyMjhiY2MyOGU1ZDZlY2NiYmQ5NDlhZjMwZGZkNDY3NG"
        "JhYzNhYjA0NjZmYTJhMzE2YzFmNmUyNDk3NWE1NWI3NDk0OWI3MmQ1Nzg1M2UxYTgyYzFlMmI2ZGY2MDU4ZGQwZTU4"
        "ZGUxNmM3YzhhOCJ9";

} // namespace SampleData
