#include "sandbox/useragent.h"

#include <QRegularExpression>

namespace Sandbox {

namespace {

QString capture(const QString &text, const QString &pattern)
{
    const QRegularExpression re(pattern);
    const auto match = re.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

// Matomo reports browser versions as major.minor.
QString majorMinor(const QString &version)
{
    const QStringList parts = version.split(u'.');
    if (parts.size() < 2)
        return version.isEmpty() ? QString() : version + QStringLiteral(".0");
    return parts[0] + u'.' + parts[1];
}

void parseOs(const QString &ua, UserAgent &result)
{
    if (ua.contains(QStringLiteral("Windows NT"))) {
        result.osCode = QStringLiteral("WIN");
        result.osName = QStringLiteral("Windows");
        const QString nt = capture(ua, QStringLiteral("Windows NT ([0-9.]+)"));
        result.osVersion = nt == QStringLiteral("10.0") ? QStringLiteral("10")
                : nt == QStringLiteral("6.3")           ? QStringLiteral("8.1")
                : nt == QStringLiteral("6.2")           ? QStringLiteral("8")
                : nt == QStringLiteral("6.1")           ? QStringLiteral("7")
                                                        : nt;
    } else if (ua.contains(QStringLiteral("Mac OS X"))) {
        result.osCode = QStringLiteral("MAC");
        result.osName = QStringLiteral("Mac");
        result.osVersion = capture(ua, QStringLiteral("Mac OS X ([0-9_.]+)")).replace(u'_', u'.');
        result.deviceBrand = QStringLiteral("Apple");
    } else if (ua.contains(QStringLiteral("Android"))) {
        result.osCode = QStringLiteral("AND");
        result.osName = QStringLiteral("Android");
        result.osVersion = capture(ua, QStringLiteral("Android ([0-9.]+)"));
    } else if (ua.contains(QStringLiteral("Linux")) || ua.contains(QStringLiteral("X11"))) {
        result.osCode = QStringLiteral("LIN");
        result.osName = QStringLiteral("GNU/Linux");
    }
}

bool parseBrowser(const QString &ua, UserAgent &result)
{
    const QString blink = capture(ua, QStringLiteral("Chrome/([0-9.]+)"));
    const QString firefox = capture(ua, QStringLiteral("Firefox/([0-9.]+)"));
    const QString edge = capture(ua, QStringLiteral("Edg/([0-9.]+)"));
    const QString safari = capture(ua, QStringLiteral("Version/([0-9.]+).*Safari/"));
    result.clientType = QStringLiteral("browser");
    if (!edge.isEmpty()) {
        result.clientCode = QStringLiteral("PS");
        result.clientName = QStringLiteral("Microsoft Edge");
        result.clientVersion = majorMinor(edge);
        result.clientEngine = QStringLiteral("Blink");
        result.clientEngineVersion = blink;
    } else if (!blink.isEmpty()) {
        result.clientCode = QStringLiteral("CH");
        result.clientName = QStringLiteral("Chrome");
        result.clientVersion = majorMinor(blink);
        result.clientEngine = QStringLiteral("Blink");
        result.clientEngineVersion = blink;
    } else if (!firefox.isEmpty()) {
        result.clientCode = QStringLiteral("FF");
        result.clientName = QStringLiteral("Firefox");
        result.clientVersion = majorMinor(firefox);
        result.clientEngine = QStringLiteral("Gecko");
        result.clientEngineVersion = capture(ua, QStringLiteral("rv:([0-9.]+)"));
    } else if (!safari.isEmpty()) {
        result.clientCode = QStringLiteral("SF");
        result.clientName = QStringLiteral("Safari");
        result.clientVersion = majorMinor(safari);
        result.clientEngine = QStringLiteral("WebKit");
        result.clientEngineVersion = capture(ua, QStringLiteral("AppleWebKit/([0-9.]+)"));
    } else {
        result.clientType.clear();
        return false;
    }
    result.deviceName = QStringLiteral("desktop");
    return true;
}

} // namespace

UserAgent UserAgent::parse(const QString &ua)
{
    UserAgent result;
    const QString app = capture(ua, QStringLiteral("^appwrite-account/([0-9A-Za-z.+-]+)"));
    if (!app.isEmpty()) {
        parseOs(ua, result);
        result.clientType = QStringLiteral("desktop app");
        result.clientName = QStringLiteral("Appwrite Account");
        result.clientVersion = app;
        result.deviceName = QStringLiteral("desktop");
        return result;
    }
    const QString curl = capture(ua, QStringLiteral("^curl/([0-9.]+)"));
    if (!curl.isEmpty()) {
        result.clientType = QStringLiteral("library");
        result.clientName = QStringLiteral("curl");
        result.clientVersion = curl;
        return result;
    }
    if (ua.contains(QStringLiteral("Mozilla/")) && parseBrowser(ua, result)) {
        parseOs(ua, result);
        return result;
    }
    const QString qt = capture(ua, QStringLiteral("Qt/([0-9.]+)"));
    if (!qt.isEmpty()) {
        parseOs(ua, result);
        result.clientType = QStringLiteral("library");
        result.clientName = QStringLiteral("Qt");
        result.clientVersion = qt;
    }
    return result;
}

void UserAgent::writeTo(QJsonObject &model) const
{
    model.insert(QStringLiteral("osCode"), osCode);
    model.insert(QStringLiteral("osName"), osName);
    model.insert(QStringLiteral("osVersion"), osVersion);
    model.insert(QStringLiteral("clientType"), clientType);
    model.insert(QStringLiteral("clientCode"), clientCode);
    model.insert(QStringLiteral("clientName"), clientName);
    model.insert(QStringLiteral("clientVersion"), clientVersion);
    model.insert(QStringLiteral("clientEngine"), clientEngine);
    model.insert(QStringLiteral("clientEngineVersion"), clientEngineVersion);
    model.insert(QStringLiteral("deviceName"), deviceName);
    model.insert(QStringLiteral("deviceBrand"), deviceBrand);
    model.insert(QStringLiteral("deviceModel"), deviceModel);
}

QString Country::codeFor(const QString &)
{
    return QStringLiteral("--");
}

QString Country::nameFor(const QString &code)
{
    return code == QStringLiteral("--") || code.isEmpty() ? QStringLiteral("Unknown")
                                                          : code.toUpper();
}

} // namespace Sandbox
