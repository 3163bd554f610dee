#include "client/validation.h"

#include "client/id.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace Appwrite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Appwrite::Validation", text);
}

Validation::Check fail(const QString &param, const char *text)
{
    return Error::validation(param, tr(text));
}

} // namespace

Validation::Check Validation::newId(const QString &param, const QString &value)
{
    if (value == ID::server())
        return {};
    return id(param, value);
}

Validation::Check Validation::id(const QString &param, const QString &value)
{
    if (ID::isValidCustom(value))
        return {};
    return fail(param,
                QT_TRANSLATE_NOOP("Appwrite::Validation",
                                  "Use at most 36 characters: letters, digits, period, hyphen "
                                  "and underscore, not starting with a special character."));
}

Validation::Check Validation::sessionId(const QString &param, const QString &value)
{
    if (value == QLatin1String("current"))
        return {};
    return id(param, value);
}

Validation::Check Validation::email(const QString &param, const QString &value)
{
    // Close to PHP's FILTER_VALIDATE_EMAIL for everyday addresses; the server has the last word.
    static const QRegularExpression pattern(QStringLiteral(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9-]{2,63}$"));
    if (value.size() <= 320 && pattern.match(value).hasMatch())
        return {};
    return fail(param, QT_TRANSLATE_NOOP("Appwrite::Validation", "Enter a valid email address."));
}

Validation::Check Validation::password(const QString &param, const QString &value)
{
    // The server counts bytes (PHP strlen), not characters.
    const qsizetype bytes = value.toUtf8().size();
    if (bytes >= 8 && bytes <= 256)
        return {};
    return fail(param,
                QT_TRANSLATE_NOOP("Appwrite::Validation",
                                  "The password must be between 8 and 256 characters long."));
}

Validation::Check Validation::name(const QString &param, const QString &value)
{
    if (value.toUcs4().size() <= 128)
        return {};
    return fail(param,
                QT_TRANSLATE_NOOP("Appwrite::Validation",
                                  "The name must be at most 128 characters long."));
}

Validation::Check Validation::phone(const QString &param, const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (pattern.match(value).hasMatch())
        return {};
    return fail(param,
                QT_TRANSLATE_NOOP("Appwrite::Validation",
                                  "Enter the phone number with a leading '+' and the country "
                                  "code, at most 15 digits, e.g. +16175551212."));
}

Validation::Check Validation::prefs(const QString &param, const QJsonObject &value)
{
    if (QJsonDocument(value).toJson(QJsonDocument::Compact).size() <= 65535)
        return {};
    return fail(param,
                QT_TRANSLATE_NOOP("Appwrite::Validation",
                                  "The preferences are too large (at most 64 kB)."));
}

Validation::Check Validation::url(const QString &param, const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty())
        return {};
    return fail(param,
                QT_TRANSLATE_NOOP("Appwrite::Validation",
                                  "Enter a complete URL, e.g. https://example.com/path."));
}

Validation::Check Validation::required(const QString &param, const QString &value)
{
    if (!value.isEmpty())
        return {};
    return fail(param, QT_TRANSLATE_NOOP("Appwrite::Validation", "This value is required."));
}

Validation::Check Validation::queries(const QString &param, const QStringList &values)
{
    if (values.size() > 100)
        return fail(param,
                    QT_TRANSLATE_NOOP("Appwrite::Validation", "At most 100 queries are allowed."));
    for (const QString &query : values) {
        if (query.size() > 4096)
            return fail(param,
                        QT_TRANSLATE_NOOP("Appwrite::Validation",
                                          "A query must be at most 4096 characters long."));
    }
    return {};
}

const QStringList &Validation::oauthProviders()
{
    static const QStringList providers = {
            QStringLiteral("amazon"),        QStringLiteral("apple"),
            QStringLiteral("auth0"),         QStringLiteral("authentik"),
            QStringLiteral("autodesk"),      QStringLiteral("bitbucket"),
            QStringLiteral("bitly"),         QStringLiteral("box"),
            QStringLiteral("dailymotion"),   QStringLiteral("discord"),
            QStringLiteral("disqus"),        QStringLiteral("dropbox"),
            QStringLiteral("etsy"),          QStringLiteral("facebook"),
            QStringLiteral("github"),        QStringLiteral("gitlab"),
            QStringLiteral("google"),        QStringLiteral("linkedin"),
            QStringLiteral("microsoft"),     QStringLiteral("notion"),
            QStringLiteral("oidc"),          QStringLiteral("okta"),
            QStringLiteral("paypal"),        QStringLiteral("paypalSandbox"),
            QStringLiteral("podio"),         QStringLiteral("salesforce"),
            QStringLiteral("slack"),         QStringLiteral("spotify"),
            QStringLiteral("stripe"),        QStringLiteral("tradeshift"),
            QStringLiteral("tradeshiftBox"), QStringLiteral("twitch"),
            QStringLiteral("wordpress"),     QStringLiteral("yahoo"),
            QStringLiteral("yammer"),        QStringLiteral("yandex"),
            QStringLiteral("zoho"),          QStringLiteral("zoom"),
            QStringLiteral("mock"),
    };
    return providers;
}

Validation::Check Validation::oauthProvider(const QString &param, const QString &value)
{
    if (oauthProviders().contains(value))
        return {};
    return fail(
            param,
            QT_TRANSLATE_NOOP("Appwrite::Validation", "This sign-in provider is not supported."));
}

Validation::Check Validation::first(std::initializer_list<Check> checks)
{
    for (const Check &check : checks) {
        if (check)
            return check;
    }
    return {};
}

} // namespace Appwrite
