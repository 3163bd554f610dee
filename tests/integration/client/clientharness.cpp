#include "clientharness.h"

#include "client/id.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QtEndian>

namespace {

QNetworkReply *waitFor(QNetworkReply *reply)
{
    QDeadlineTimer deadline(20000);
    while (!reply->isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return reply;
}

QByteArray base32Decode(const QString &text)
{
    static const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const qsizetype value = alphabet.indexOf(char(c.toUpper().toLatin1()));
        if (value < 0)
            continue; // padding and separators
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

} // namespace

bool ClientHarness::start(const QStringList &extraArgs)
{
    return m_sandbox.start(extraArgs);
}

std::unique_ptr<ClientHarness::Connection> ClientHarness::connect() const
{
    auto connection = std::make_unique<Connection>();
    connection->client.setSessionStore(&connection->store);
    connection->client.setEndpoint(m_sandbox.endpoint());
    connection->client.setProject(m_sandbox.project());
    return connection;
}

std::optional<ClientHarness::Account> ClientHarness::signUp(Connection &c, bool signIn,
                                                            QString *why) const
{
    Account account{uniqueId(), uniqueEmail()};
    const auto created = await<Appwrite::User>([&](QObject *context, auto done) {
        c.account.create(context, account.id, account.email, password(), QStringLiteral("Test"),
                         done);
    });
    if (!created.ok()) {
        if (why)
            *why = created.error().toString();
        return std::nullopt;
    }
    if (!signIn)
        return account;
    const auto session = await<Appwrite::Session>([&](QObject *context, auto done) {
        c.account.createEmailPasswordSession(context, account.email, password(), done);
    });
    if (!session.ok()) {
        if (why)
            *why = session.error().toString();
        return std::nullopt;
    }
    return account;
}

QString ClientHarness::uniqueId()
{
    return Appwrite::ID::unique();
}

QString ClientHarness::uniqueEmail()
{
    return QStringLiteral("user-%1@example.com").arg(Appwrite::ID::unique());
}

QString ClientHarness::uniquePhone()
{
    return QStringLiteral("+1555%1").arg(QRandomGenerator::global()->bounded(1000000, 9999999));
}

QJsonObject ClientHarness::latestMessage(const QString &to) const
{
    QNetworkAccessManager network;
    QUrl url = m_sandbox.endpoint();
    url.setPath(url.path() + QStringLiteral("/sandbox/outbox"));
    url.setQuery(QStringLiteral("to=") + QString::fromLatin1(QUrl::toPercentEncoding(to)));
    std::unique_ptr<QNetworkReply> reply(waitFor(network.get(QNetworkRequest(url))));
    const QJsonArray messages = QJsonDocument::fromJson(reply->readAll())
                                        .object()
                                        .value(QLatin1String("messages"))
                                        .toArray();
    QJsonObject newest;
    for (const QJsonValue &message : messages) {
        const QJsonObject object = message.toObject();
        if (newest.isEmpty()
            || object.value(QLatin1String("$createdAt")).toString()
                    >= newest.value(QLatin1String("$createdAt")).toString())
            newest = object;
    }
    return newest;
}

QString ClientHarness::totp(const QString &base32Secret, qint64 offsetSteps)
{
    const qint64 step = QDateTime::currentSecsSinceEpoch() / 30 + offsetSteps;
    QByteArray counter(8, 0);
    qToBigEndian<quint64>(quint64(step), counter.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, base32Decode(base32Secret),
                                                            QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24)
            | (quint32(quint8(mac.at(offset + 1))) << 16)
            | (quint32(quint8(mac.at(offset + 2))) << 8) | quint32(quint8(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

QUrl ClientHarness::redirectOf(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(waitFor(network.get(request)));
    const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    return location.isRelative() ? url.resolved(location) : location;
}
