#include "client/client.h"

#include "client/logging.h"
#include "client/network/networkaccess.h"
#include "client/sessioncookies.h"
#include "client/sessionstore.h"
#include "client/transportsecurity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSysInfo>
#include <QUrlQuery>

namespace Appwrite {

namespace {

const QByteArray responseFormat = QByteArrayLiteral("1.5.0");
const QByteArray sdkVersion = QByteArrayLiteral(APPWRITE_APP_VERSION);

QByteArray verb(Client::Method method)
{
    switch (method) {
    case Client::Method::Get:
        return QByteArrayLiteral("GET");
    case Client::Method::Post:
        return QByteArrayLiteral("POST");
    case Client::Method::Put:
        return QByteArrayLiteral("PUT");
    case Client::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case Client::Method::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return {};
}

QString queryValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    default:
        return value.toString();
    }
}

} // namespace

struct Client::Pending
{
    QPointer<QObject> context;
    bool hasContext = false;
    Callback<QJsonObject> done;
    QMetaObject::Connection contextConnection;
    bool cancelled = false;
    bool contextGone = false;
    bool tlsFailed = false;
    QString sentCredential;
    QElapsedTimer timer;
};

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

Client::Client(QObject *parent)
    : QObject(parent)
    , m_network(new NetworkAccess(this))
    , m_userAgent(defaultUserAgent(QCoreApplication::applicationName(),
                                   QCoreApplication::applicationVersion()))
    , m_ownStore(std::make_unique<MemorySessionStore>())
    , m_store(m_ownStore.get())
{
    qRegisterMetaType<Appwrite::RecordedRequest>();
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Client::~Client()
{
    // Callbacks must not run for calls of a client that is going away.
    for (const auto &pending : std::as_const(m_pending))
        QObject::disconnect(pending->contextConnection);
    const auto replies = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
    delete m_network;
}

void Client::setEndpoint(const QUrl &endpoint)
{
    QUrl url = endpoint;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    if (url == m_endpoint)
        return;
    m_endpoint = url;
    reloadCredential();
}

void Client::setProject(const QString &project)
{
    if (project == m_project)
        return;
    m_project = project;
    reloadCredential();
}

void Client::setLocale(const QString &locale)
{
    m_locale = locale;
}

void Client::setSelfSigned(bool accept)
{
    m_selfSigned = accept;
}

void Client::setPinnedCertificate(const QByteArray &sha256)
{
    m_pinnedCertificate = sha256;
}

void Client::setAllowPlainHttp(bool allow)
{
    m_allowPlainHttp = allow;
}

bool Client::isInsecureRemote(const QUrl &endpoint)
{
    return TransportSecurity::isInsecureRemote(endpoint);
}

void Client::setUserAgent(const QString &userAgent)
{
    m_userAgent = userAgent;
}

QString Client::defaultUserAgent(const QString &appName, const QString &appVersion)
{
    const QString name = appName.isEmpty() ? QStringLiteral("appwrite-account") : appName;
    const QString version =
            appVersion.isEmpty() ? QStringLiteral(APPWRITE_APP_VERSION) : appVersion;
    QString device;
#if defined(Q_OS_WIN)
    device = QStringLiteral("Windows NT; %1").arg(QSysInfo::machineHostName());
#elif defined(Q_OS_MACOS)
    device = QStringLiteral("Macintosh; macOS %1").arg(QSysInfo::productVersion());
#else
    device = QStringLiteral("Linux; U; %1 %2")
                     .arg(QSysInfo::productType(), QSysInfo::productVersion());
#endif
    return QStringLiteral("%1/%2 (%3)").arg(name, version, device);
}

void Client::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

QUrl Client::url(const QString &path, const QJsonObject &query) const
{
    QUrl url = m_endpoint;
    url.setPath(m_endpoint.path() + path);
    // Encoded by hand: QUrlQuery would leave '+' and '&'-like characters that PHP misreads.
    QByteArrayList pairs;
    for (auto it = query.begin(); it != query.end(); ++it) {
        const QByteArray key = QUrl::toPercentEncoding(it.key());
        if (it.value().isArray()) {
            for (const QJsonValue &item : it.value().toArray())
                pairs.append(key + "%5B%5D=" + QUrl::toPercentEncoding(queryValue(item)));
        } else if (!it.value().isNull() && !it.value().isUndefined()) {
            pairs.append(key + '=' + QUrl::toPercentEncoding(queryValue(it.value())));
        }
    }
    if (!pairs.isEmpty())
        url.setQuery(QString::fromLatin1(pairs.join('&')), QUrl::StrictMode);
    return url;
}

void Client::fail(QObject *context, const Error &error, Callback<QJsonObject> done)
{
    QMetaObject::invokeMethod(
            context ? context : this, [done, error] { done(error); }, Qt::QueuedConnection);
}

void Client::call(Method method, const QString &path, const QJsonObject &params, QObject *context,
                  Callback<QJsonObject> done)
{
    if (!m_allowPlainHttp && isInsecureRemote(m_endpoint)) {
        fail(context, Error::plainHttpRefused(), std::move(done));
        return;
    }
    const bool isGet = method == Method::Get;
    QNetworkRequest request(isGet ? url(path, params) : url(path));
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(int(m_timeout.count()));

    RecordedRequest record;
    record.method = verb(method);
    record.url = request.url();
    record.headers = {
            {"X-Appwrite-Project", m_project.toUtf8()},
            {"X-Appwrite-Response-Format", responseFormat},
            {"x-sdk-name", "Qt"},
            {"x-sdk-platform", "client"},
            {"x-sdk-language", "cpp"},
            {"x-sdk-version", sdkVersion},
            {"content-type", "application/json"},
            {"User-Agent", m_userAgent.toUtf8()},
    };
    if (!m_locale.isEmpty())
        record.headers.append({"X-Appwrite-Locale", m_locale.toUtf8()});
    record.headers += SessionCookies::requestHeaders(sessionCookieName(), m_credential);
    if (!isGet)
        record.body = QJsonDocument(params).toJson(QJsonDocument::Compact);
    for (const auto &header : std::as_const(record.headers))
        request.setRawHeader(header.first, header.second);

    Q_EMIT requestSent(record);

    QNetworkReply *reply = isGet
            ? m_network->get(request)
            : m_network->sendCustomRequest(request, record.method, record.body);
    auto pending = std::make_shared<Pending>();
    pending->context = context;
    pending->hasContext = context != nullptr;
    pending->done = std::move(done);
    pending->sentCredential = m_credential;
    pending->timer.start();
    m_pending.insert(reply, pending);
    qCDebug(lcHttp).noquote() << record.method << record.url.toString(QUrl::RemoveQuery);

    if (context) {
        pending->contextConnection = connect(context, &QObject::destroyed, this, [pending, reply] {
            pending->contextGone = true;
            reply->abort();
        });
    }
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, pending, reply](const QList<QSslError> &errors) {
                const QByteArray seen = reply->sslConfiguration().peerCertificate().digest(
                        QCryptographicHash::Sha256);
                if (m_selfSigned && TransportSecurity::onlyUntrustedIssuer(errors)
                    && (m_pinnedCertificate.isEmpty() || seen == m_pinnedCertificate))
                    reply->ignoreSslErrors(errors);
                else
                    pending->tlsFailed = true;
            });
#endif
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
}

void Client::cancel(QObject *context)
{
    const auto replies = m_pending.keys();
    for (QNetworkReply *reply : replies) {
        const auto pending = m_pending.value(reply);
        if (pending && pending->hasContext && pending->context == context) {
            pending->cancelled = true;
            reply->abort();
        }
    }
}

void Client::finish(QNetworkReply *reply)
{
    const std::shared_ptr<Pending> pending = m_pending.take(reply);
    if (!pending)
        return;
    QObject::disconnect(pending->contextConnection);
    reply->deleteLater();
    updateSessionFrom(reply);

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
#if QT_CONFIG(ssl)
    if (status > 0 && reply->url().scheme() == QLatin1String("https"))
        m_peerCertificate =
                reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
#endif
    const QNetworkReply::NetworkError networkError = reply->error();
    // Below 100 are transport failures; HTTP error statuses map to codes of 200 and more.
    const bool transportFailed = networkError != QNetworkReply::NoError && int(networkError) < 100;
    qCDebug(lcHttp).noquote() << status << reply->url().toString(QUrl::RemoveQuery) << "in"
                              << pending->timer.elapsed() << "ms";

    std::optional<Result<QJsonObject>> result;
    if (pending->cancelled) {
        result = Error(Error::Kind::Cancelled, tr("The request was cancelled."));
    } else if (status >= 200 && status < 300) {
        const QByteArray body = reply->readAll();
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
        if (transportFailed)
            result = Error::invalidResponse(tr("the response was cut off"));
        else if (body.trimmed().isEmpty())
            result = QJsonObject();
        else if (parseError.error != QJsonParseError::NoError)
            result = Error::invalidResponse(parseError.errorString());
        else if (!json.isObject())
            result = Error::invalidResponse(tr("not a JSON object"));
        else
            result = json.object();
    } else if (status > 0 && transportFailed) {
        // An error answer cut off halfway says nothing reliable, not even its type.
        result = Error::invalidResponse(tr("the response was cut off"));
    } else if (status > 0) {
        result = Error::fromHttp(status, reply->readAll(), reply->rawHeader("X-RateLimit-Reset"));
    } else if (pending->tlsFailed || networkError == QNetworkReply::SslHandshakeFailedError) {
        result = Error(Error::Kind::Tls,
                       tr("The secure connection failed: %1").arg(reply->errorString()));
    } else if (networkError == QNetworkReply::TimeoutError
               || networkError == QNetworkReply::OperationCanceledError) {
        result = Error(Error::Kind::Timeout, tr("The server did not answer in time."));
    } else {
        result = Error(Error::Kind::Network,
                       tr("The server cannot be reached: %1").arg(reply->errorString()));
    }

    // Only the credential this request carried is known to be gone, not a newer one.
    if (!result->ok() && result->error().isSessionGone() && !pending->sentCredential.isEmpty()
        && pending->sentCredential == m_credential)
        clearSession();
    if (pending->contextGone || (pending->hasContext && !pending->context))
        return;
    if (pending->cancelled) {
        // Cancellation comes from inside cancel(): answer from the event loop like any call.
        fail(pending->context, result->error(), pending->done);
        return;
    }
    pending->done(*result);
}

} // namespace Appwrite
