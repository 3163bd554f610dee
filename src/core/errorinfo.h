#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace Appwrite {
class Error;
}

//! Why an operation failed, in the shape the UI binds to (see the QML contract, "ErrorInfo").
struct ErrorInfo
{
    enum class Kind { None, Http, Network, Timeout, Tls, InvalidResponse, Validation, Cancelled };

    Kind kind = Kind::None;
    int status = 0;
    QString type; //!< the Appwrite error type, e.g. user_invalid_token
    QString message; //!< the server's own message, kept for "Details"
    QString field; //!< which input is wrong, for validation errors
    QString text; //!< a sentence for a person; filled in from the type when empty
    QDateTime retryAt; //!< when a rate limit ends (429)

    bool isError() const { return kind != Kind::None; }
    //! The contract's map: kind, status, type, message, text, field, retryAt. Empty for None.
    QVariantMap toMap() const;

    static ErrorInfo validation(const QString &field, const QString &text);
    static ErrorInfo http(int status, const QString &type, const QString &message);
    static ErrorInfo cancelled();
    //! Any error the client reports; validation messages are already translated.
    static ErrorInfo fromClient(const Appwrite::Error &error);
    static QString kindName(Kind kind);
};

//! Plain-words sentences for Appwrite error types and transport failures.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    //! The sentence for an Appwrite error \a type; falls back on the HTTP \a status.
    static QString forType(const QString &type, int status);
    static QString forKind(ErrorInfo::Kind kind);
    //! Every Appwrite error type that has its own sentence (for tests).
    static QStringList knownTypes();

private:
    static QString forStatus(int status);
};
