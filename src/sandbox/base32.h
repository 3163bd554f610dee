#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Sandbox {

//! RFC 4648 Base32 (upper-case alphabet), without '=' padding as otpauth URIs carry it.
class Base32
{
public:
    static QString encode(const QByteArray &data);
    //! Accepts lower case, padding and spaces (as people type secrets); nullopt on other input.
    static std::optional<QByteArray> decode(const QString &text);
};

} // namespace Sandbox
