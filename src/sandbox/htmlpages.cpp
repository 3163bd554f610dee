#include "sandbox/htmlpages.h"

namespace Sandbox {

namespace {

// Kept small and self-contained: no external fonts or scripts, readable in light and dark mode.
constexpr auto style = R"(
:root { color-scheme: light dark; --accent: #fd366e; --line: #d8d8e0; }
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 2rem 1rem; }
main { max-width: 28rem; margin: 0 auto; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
.note { color: GrayText; font-size: .9rem; }
label { display: block; font-weight: 600; margin-top: 1rem; }
input { box-sizing: border-box; width: 100%; font: inherit; padding: .5rem;
        border: 1px solid var(--line); border-radius: .375rem; margin-top: .25rem; }
input:focus-visible, button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.actions { display: flex; gap: .75rem; margin-top: 1.5rem; }
button { font: inherit; padding: .5rem 1.25rem; border-radius: .375rem; cursor: pointer;
         border: 1px solid var(--line); background: transparent; color: inherit; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
code { font-family: ui-monospace, monospace; }
)";

QByteArray page(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, "
                          "initial-scale=1\">\n<title>%1</title>\n<style>%2</style>\n</head>\n"
                          "<body>\n<main>\n%3</main>\n</body>\n</html>\n")
            .arg(HtmlPages::escape(title), QLatin1String(style), body)
            .toUtf8();
}

} // namespace

QString HtmlPages::escape(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#039;"));
}

QByteArray HtmlPages::consent(const ConsentPageContent &content)
{
    const QString provider = escape(content.providerName);
    QString scopes;
    if (!content.scopes.isEmpty()) {
        scopes = QStringLiteral("<p class=\"note\">Requested scopes: <code>%1</code></p>\n")
                         .arg(escape(content.scopes.join(QStringLiteral(" "))));
    }
    const QString body =
            QStringLiteral(
                    "<h1>Sign in with %1</h1>\n"
                    "<p><strong>%2</strong> wants to sign you in with your %1 account.</p>\n"
                    "<p class=\"note\">This page is the Appwrite sandbox standing in for %1. "
                    "Choose the test identity %1 will report; nothing leaves this computer.</p>\n"
                    "%3"
                    "<form method=\"get\" action=\"/v1/sandbox/oauth2/%4/authorize\">\n"
                    "<input type=\"hidden\" name=\"state\" value=\"%5\">\n"
                    "<label for=\"email\">Email</label>\n"
                    "<input id=\"email\" name=\"email\" type=\"email\" required "
                    "autocomplete=\"email\" value=\"%6\">\n"
                    "<label for=\"name\">Name</label>\n"
                    "<input id=\"name\" name=\"name\" type=\"text\" autocomplete=\"name\" "
                    "value=\"%7\">\n"
                    "<div class=\"actions\">\n"
                    "<button class=\"primary\" type=\"submit\" name=\"decision\" "
                    "value=\"approve\">Approve</button>\n"
                    "<button type=\"submit\" name=\"decision\" value=\"deny\" "
                    "formnovalidate>Deny</button>\n"
                    "</div>\n</form>\n")
                    .arg(provider, escape(content.projectName), scopes, escape(content.providerId),
                         escape(content.state), escape(content.email), escape(content.name));
    return page(QStringLiteral("Sign in with %1").arg(content.providerName), body);
}

QByteArray HtmlPages::error(const QString &projectName, int status, const QString &message,
                            const QString &type)
{
    const QString body = QStringLiteral("<h1>Error %1</h1>\n<p>%2</p>\n<p>Type</p>\n"
                                        "<p><code>%3</code></p>\n")
                                 .arg(QString::number(status), escape(message), escape(type));
    return page(QStringLiteral("%1 - Error").arg(projectName), body);
}

} // namespace Sandbox
