#include "core/callbackpage.h"

#include <QLocale>

QString CallbackPage::title(Kind kind)
{
    switch (kind) {
    case Kind::Success:
        return tr("You are signed in");
    case Kind::Failure:
        return tr("Sign-in did not finish");
    case Kind::Refused:
        return tr("This link is not for this sign-in");
    }
    return QString();
}

QString CallbackPage::text(Kind kind)
{
    switch (kind) {
    case Kind::Success:
        return tr("Appwrite Account has what it needs. You can close this tab and go back to the "
                  "app.");
    case Kind::Failure:
        return tr("The sign-in was cancelled or refused. You can close this tab; the app shows "
                  "what happened and lets you try again.");
    case Kind::Refused:
        return tr("It belongs to another or an older sign-in, so nothing was sent to the app. "
                  "Start signing in again from Appwrite Account.");
    }
    return QString();
}

QByteArray CallbackPage::html(Kind kind, const QString &detail)
{
    const bool ok = kind == Kind::Success;
    // Colours of the app's theme (accent and danger), light and dark, so the page looks like
    // part of it; no external resources, the page must work with the app's listener closed.
    const QString accent = ok ? QStringLiteral("#1a7144") : QStringLiteral("#b42318");
    const QString accentDark = ok ? QStringLiteral("#6fd49a") : QStringLiteral("#ff8a80");
    const QString mark = ok ? QStringLiteral("&#10003;") : QStringLiteral("!");
    QString detailHtml;
    if (!detail.isEmpty())
        detailHtml = QStringLiteral("<p class=\"detail\">%1</p>").arg(detail.toHtmlEscaped());
    const QString language = QLocale().bcp47Name();
    const QString page =
            QStringLiteral(
                    "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    "<meta name=\"color-scheme\" content=\"light dark\">"
                    "<title>%2 \u2013 Appwrite Account</title><style>"
                    ":root{--bg:#f3f3f6;--card:#fff;--text:#1b1b21;--muted:#585865;--accent:%5;"
                    "--on-accent:#fff;--border:#d9d9e1}"
                    "@media (prefers-color-scheme:dark){:root{--bg:#141418;--card:#1e1e24;"
                    "--text:#ededf2;--muted:#a9a9b5;--accent:%6;--on-accent:#141418;"
                    "--border:#383842}}"
                    "body{margin:0;min-height:100vh;display:flex;align-items:center;"
                    "justify-content:center;background:var(--bg);color:var(--text);"
                    "font:16px/1.5 system-ui,-apple-system,'Segoe UI',Cantarell,sans-serif}"
                    "main{background:var(--card);border:1px solid var(--border);"
                    "border-radius:12px;padding:32px 36px;max-width:420px;margin:24px;"
                    "text-align:center;box-shadow:0 4px 24px rgba(0,0,0,.06)}"
                    ".mark{width:56px;height:56px;border-radius:50%;margin:0 auto 16px;"
                    "display:flex;align-items:center;justify-content:center;font-size:28px;"
                    "font-weight:700;color:var(--on-accent);background:var(--accent)}"
                    "h1{font-size:20px;margin:0 0 8px}p{margin:0;color:var(--muted)}"
                    ".detail{margin-top:12px;font-size:14px;word-break:break-word}"
                    ".app{margin-top:24px;font-size:13px;color:var(--muted)}"
                    "</style></head><body><main role=\"main\">"
                    "<div class=\"mark\" aria-hidden=\"true\">%7</div>"
                    "<h1>%2</h1><p>%3</p>%4<p class=\"app\">Appwrite Account</p>"
                    "</main></body></html>\n")
                    .arg(language, title(kind).toHtmlEscaped(), text(kind).toHtmlEscaped(),
                         detailHtml, accent, accentDark, mark);
    return page.toUtf8();
}
