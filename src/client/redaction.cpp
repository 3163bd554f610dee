#include "client/redaction.h"

#include <QRegularExpression>

#include <atomic>

namespace Appwrite::Redaction {

namespace {

QString hidden()
{
    return QStringLiteral("[redacted]");
}

// The patterns live in a global static so the filter can tell when they are gone: Qt and its
// plugins may still log while the process exits, after function-local statics were destroyed.
struct Patterns
{
    // The value after a session cookie's name: `a_session_p=VALUE`, `"a_session_p":"VALUE"`.
    const QRegularExpression sessionCookie{QStringLiteral(
            R"re((a_session_[A-Za-z0-9_.-]*)(["']?\s*[:=]\s*["']?)([^"'\s;,&}\]]+))re")};
    // A JSON Web Token anywhere: three base64url parts, the header starting like `{"`.
    const QRegularExpression jwt{
            QStringLiteral(R"re(eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)re")};
    // `name=value`, `name: value`, `"name":"value"` or `"name":[...]` for names of secrets.
    const QRegularExpression namedSecret{
            QStringLiteral(
                    R"re(\b((?:old)?password|secret|jwt|otp|token|cookie|set-cookie|x-fallback-cookies|authorization|recoverycodes|provideraccesstoken|providerrefreshtoken)\b(["']?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|\[[^\]]*\]|(?:bearer\s+)?(?!a_session_)[^&\s,;}]+))re"),
            QRegularExpression::CaseInsensitiveOption};
};
Q_GLOBAL_STATIC(Patterns, patterns)

QString replaceValue(const QString &text, const QRegularExpression &pattern, int valueGroup)
{
    QString result;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart(valueGroup) - last);
        const bool quoted = match.captured(valueGroup).startsWith(QLatin1Char('"'));
        result += quoted ? QLatin1Char('"') + hidden() + QLatin1Char('"') : hidden();
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
    if (!next)
        return;
    // Logged after the patterns were destroyed (at exit): nothing can be checked, so say nothing.
    next(type, context, patterns.isDestroyed() ? hidden() : redact(message));
}

} // namespace

QString redact(const QString &text)
{
    QString result = text;
    result.replace(patterns->jwt, hidden());
    result = replaceValue(result, patterns->sessionCookie, 3);
    result = replaceValue(result, patterns->namedSecret, 3);
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
