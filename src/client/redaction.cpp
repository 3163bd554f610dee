#include "client/redaction.h"

#include <QRegularExpression>

#include <atomic>

namespace Appwrite::Redaction {

namespace {

const QString hidden = QStringLiteral("[redacted]");

// The value after a session cookie's name: `a_session_p=VALUE`, `"a_session_p":"VALUE"`.
const QRegularExpression &sessionCookie()
{
    static const QRegularExpression pattern(QStringLiteral(
            R"re((a_session_[A-Za-z0-9_.-]*)(["']?\s*[:=]\s*["']?)([^"'\s;,&}\]]+))re"));
    return pattern;
}

// A JSON Web Token anywhere: three base64url parts, the header starting like `{"`.
const QRegularExpression &jwt()
{
    static const QRegularExpression pattern(
            QStringLiteral(R"re(eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)re"));
    return pattern;
}

// `name=value`, `name: value`, `"name":"value"` or `"name":[...]` for names of secrets.
const QRegularExpression &namedSecret()
{
    static const QRegularExpression pattern(
            QStringLiteral(
                    R"re(\b((?:old)?password|secret|jwt|otp|token|cookie|set-cookie|x-fallback-cookies|authorization|recoverycodes|provideraccesstoken|providerrefreshtoken)\b(["']?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|\[[^\]]*\]|(?:bearer\s+)?(?!a_session_)[^&\s,;}]+))re"),
            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString replaceValue(const QString &text, const QRegularExpression &pattern, int valueGroup)
{
    QString result;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart(valueGroup) - last);
        const bool quoted = match.captured(valueGroup).startsWith(QLatin1Char('"'));
        result += quoted ? QLatin1Char('"') + hidden + QLatin1Char('"') : hidden;
        last = match.capturedEnd(valueGroup);
    }
    if (last == 0)
        return text;
    result += QStringView(text).mid(last);
    return result;
}

std::atomic<QtMessageHandler> previousHandler{nullptr};

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QtMessageHandler next = previousHandler.load();
    if (next)
        next(type, context, redact(message));
}

} // namespace

QString redact(const QString &text)
{
    QString result = text;
    result.replace(jwt(), hidden);
    result = replaceValue(result, sessionCookie(), 3);
    result = replaceValue(result, namedSecret(), 3);
    return result;
}

void installMessageFilter()
{
    static std::atomic<bool> installed{false};
    if (installed.exchange(true))
        return;
    previousHandler.store(qInstallMessageHandler(redactingHandler));
}

} // namespace Appwrite::Redaction
