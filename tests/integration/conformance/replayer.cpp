#include "replayer.h"

#include "answercomparer.h"
#include "sandboxprocess.h"
#include "totp.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

namespace Conformance {

namespace {

// Headers the transport sets itself.
bool isTransportHeader(const QString &name)
{
    return name == u"content-length" || name == u"host";
}

bool isRateLimitScenario(const RecordedExchange &exchange)
{
    return exchange.step.startsWith(u"ratelimit-");
}

QString oneLine(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    QString line = QString::fromUtf8(method) + u' ' + url.path();
    if (url.hasQuery())
        line += u'?' + url.query(QUrl::FullyDecoded);
    if (!body.isEmpty())
        line += u' ' + QString::fromUtf8(body.left(160));
    return line;
}

constexpr int outboxWaitMs = 5000;

} // namespace

Replayer::Replayer(QList<RecordedExchange> exchanges, QList<RecordedMessage> messages)
    : m_exchanges(std::move(exchanges))
    , m_messages(std::move(messages))
{
    m_outcomes.resize(m_exchanges.size());
}

Replayer::~Replayer() = default;

bool Replayer::startTarget(Target &target, const QStringList &arguments, QString *error)
{
    target.driver.reset();
    target.process = std::make_unique<SandboxProcess>();
    target.arguments = arguments;
    target.seenMessages.clear();
    target.lost = false;
    if (!target.process->start(arguments)) {
        *error = target.process->errorString();
        return false;
    }
    target.driver = std::make_unique<HttpDriver>(target.process->endpoint());
    return true;
}

bool Replayer::start(QString *error)
{
    // The real run cleared its abuse counters between scenarios; with one sandbox for the whole
    // replay the limits would trip where the real server's did not. The rate-limit scenario
    // gets its own fresh sandbox with the limits on.
    // The recorded project enabled only these two providers (findings.md, "What ran").
    return startTarget(m_main,
                       {QStringLiteral("--no-rate-limits"), QStringLiteral("--oauth-providers"),
                        QStringLiteral("github,mock")},
                       error);
}

Replayer::Target *Replayer::targetFor(const RecordedExchange &exchange, QString *error)
{
    if (!isRateLimitScenario(exchange))
        return &m_main;
    if (!m_rateLimited.process) {
        m_rateLimited.rateLimits = true;
        if (!startTarget(m_rateLimited, {}, error))
            return nullptr;
    }
    return &m_rateLimited;
}

const Replayer::Outcome &Replayer::outcome(qsizetype index)
{
    for (qsizetype i = 0; i <= index; ++i) {
        if (!m_outcomes.at(i))
            m_outcomes[i] = replay(m_exchanges.at(i), i);
    }
    return *m_outcomes.at(index);
}

Replayer::Outcome Replayer::replay(const RecordedExchange &exchange, qsizetype index)
{
    Outcome outcome;
    if (exchange.step.startsWith(u"console-")) {
        outcome.skipReason = QStringLiteral(
                "console setup on the real server (project, platform, OAuth providers); the "
                "sandbox has project 'sandbox', platform localhost and its providers built in");
        return outcome;
    }
    QString error;
    m_current = targetFor(exchange, &error);
    if (!m_current) {
        outcome.differences.append(QStringLiteral("cannot start a sandbox: %1").arg(error));
        return outcome;
    }
    m_map.noteClientChosen(exchange.request.body);

    const QString path = exchange.request.path;
    static const QRegularExpression oauthHop(QStringLiteral(
            "^/v1/mock/|/oauth2/callback/|^/v1/account/sessions/oauth2/[^/]+/redirect$"));
    if (oauthHop.match(path).hasMatch()) {
        outcome = replayOAuthHop(exchange);
    } else {
        QStringList notes;
        const QByteArray body = mappedBody(exchange, &notes);
        const QUrl url =
                m_current->driver->url(mappedPath(path), mappedQuery(exchange.request.query));
        const HttpAnswer answer = m_current->driver->send(exchange.request.method.toUtf8(), url,
                                                          requestHeaders(exchange.request), body);
        // Where the real server sent the browser to an OAuth provider, the sandbox sends it to
        // its own consent page: only the redirect itself can be compared.
        const QByteArray realLocation = exchange.response.header("Location");
        const QUrl realTarget = QUrl::fromEncoded(realLocation);
        const bool toProvider = !realLocation.isEmpty()
                && (realTarget.path().startsWith(u"/v1/mock/")
                    || realTarget.host() != u"localhost");
        AnswerComparer::Options options;
        options.locationShape = !toProvider;
        outcome = compareAndLearn(exchange, answer, options);
        outcome.notes.append(notes);
        if (toProvider)
            outcome.notes.append(QStringLiteral("Location target not compared: the real server "
                                                "redirected to the OAuth provider"));
        outcome.request = oneLine(exchange.request.method.toUtf8(), url, body);
        trackOAuthStart(exchange, answer);
    }
    if (m_current->lost) {
        // Later scenarios are still worth comparing: they start from a fresh sandbox, and the
        // steps that needed the lost state show that in their differences.
        outcome.differences.append(QStringLiteral("the sandbox stopped answering (it crashed on "
                                                  "this request or just before); a fresh "
                                                  "sandbox replays the remaining steps"));
        const QStringList arguments = m_current->arguments;
        QString restartError;
        if (!startTarget(*m_current, arguments, &restartError))
            outcome.differences.append(
                    QStringLiteral("cannot restart the sandbox: %1").arg(restartError));
        m_pendingLocation.clear();
        return outcome;
    }
    compareOutbox(index, *m_current, outcome);
    return outcome;
}

Replayer::Outcome Replayer::compareAndLearn(const RecordedExchange &exchange,
                                            const HttpAnswer &answer,
                                            AnswerComparer::Options options)
{
    Outcome outcome;
    const QStringList unmapped = m_map.takeUnmapped();
    for (const QString &value : unmapped)
        outcome.notes.append(QStringLiteral("request carries a real value the sandbox has no "
                                            "counterpart for: %1")
                                     .arg(value));
    if (answer.status == 0) {
        outcome.differences.append(
                QStringLiteral("no HTTP answer from the sandbox: %1").arg(answer.body.toString()));
        m_current->lost = true;
        return outcome;
    }
    const bool realSucceeded = exchange.response.status < 400;
    if (realSucceeded) {
        m_map.learnFromBodies(exchange.response.body,
                              answer.status < 400 ? answer.body : QJsonValue(), exchange.step);
        m_map.learnFromCookies(exchange.response.setCookies, answer.setCookies, exchange.step);
        m_map.learnFromFallbackCookies(exchange.response.header("X-Fallback-Cookies"),
                                       answer.header("X-Fallback-Cookies"), exchange.step);
        m_map.learnFromLocations(exchange.response.header("Location"), answer.header("Location"),
                                 exchange.step);
        learnTotpSecret(exchange, answer);
    }
    options.rateLimitRemaining = m_current->rateLimits;
    options.realTime = exchange.at;
    outcome.differences = AnswerComparer(m_map, options).compare(exchange.response, answer);
    if (!unmapped.isEmpty() && !outcome.differences.isEmpty())
        outcome.differences.append(QStringLiteral("(likely a consequence: the request carried "
                                                  "unmapped values, see the notes)"));
    return outcome;
}

HttpDriver::Headers Replayer::requestHeaders(const RecordedRequest &request)
{
    HttpDriver::Headers headers;
    for (auto it = request.headers.begin(); it != request.headers.end(); ++it) {
        if (isTransportHeader(it.key()))
            continue;
        headers.append({it.key().toUtf8(), m_map.toSandboxWithin(it->toString()).toUtf8()});
    }
    // The real server saw Host: localhost, and derived default links and allowed redirect
    // hosts from it.
    headers.append({"Host", request.headers.value(u"host").toString().toUtf8()});
    return headers;
}

QString Replayer::mappedPath(const QString &path)
{
    QStringList segments = path.split(u'/');
    for (QString &segment : segments)
        segment = m_map.toSandbox(segment);
    return segments.join(u'/');
}

QString Replayer::mappedQuery(const QJsonObject &query)
{
    QStringList items;
    const auto add = [&](const QString &key, const QJsonValue &value) {
        items.append(
                QString::fromLatin1(QUrl::toPercentEncoding(key) + '='
                                    + QUrl::toPercentEncoding(m_map.toSandbox(value.toString()))));
    };
    for (auto it = query.begin(); it != query.end(); ++it) {
        if (it->isArray()) {
            for (const QJsonValue &element : it->toArray())
                add(it.key() + QStringLiteral("[]"), element);
        } else {
            add(it.key(), it.value());
        }
    }
    return items.join(u'&');
}

QByteArray Replayer::mappedBody(const RecordedExchange &exchange, QStringList *notes)
{
    const QJsonValue body = exchange.request.body;
    if (body.isNull())
        return QByteArray();
    if (!body.isObject())
        return QJsonDocument(m_map.toSandbox(body).toArray()).toJson(QJsonDocument::Compact);
    QJsonObject object = body.toObject();
    const QString otp = object.value(u"otp").toString();
    object = m_map.toSandbox(object).toObject();
    if (!otp.isEmpty())
        object.insert(QStringLiteral("otp"), mappedOtp(otp, exchange.at, notes));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString Replayer::mappedOtp(const QString &otp, const QDateTime &at, QStringList *notes)
{
    // A TOTP code of the real run is recomputed from the sandbox's secret for now.
    const qint64 realSeconds = at.toSecsSinceEpoch();
    for (auto it = m_totpSecrets.cbegin(); it != m_totpSecrets.cend(); ++it) {
        for (int window = -1; window <= 1; ++window) {
            if (totpCode(it.key(), realSeconds + window * 30) != otp)
                continue;
            if (it.value().isEmpty()) {
                notes->append(QStringLiteral("TOTP code %1: the sandbox gave no authenticator "
                                             "secret to compute it from")
                                      .arg(otp));
                return otp;
            }
            notes->append(
                    QStringLiteral("TOTP code %1 recomputed from the sandbox's secret").arg(otp));
            return totpCode(it.value(), QDateTime::currentSecsSinceEpoch());
        }
    }
    return m_map.toSandbox(otp);
}

void Replayer::learnTotpSecret(const RecordedExchange &exchange, const HttpAnswer &answer)
{
    if (exchange.request.method != u"POST"
        || !exchange.request.path.endsWith(u"/mfa/authenticators/totp"))
        return;
    const QString realSecret = exchange.response.body.toObject().value(u"secret").toString();
    if (!realSecret.isEmpty())
        m_totpSecrets.insert(realSecret, answer.body.toObject().value(u"secret").toString());
}

void Replayer::compareOutbox(qsizetype index, Target &target, Outcome &outcome)
{
    // A message belongs to the last step that started before it arrived.
    QList<RecordedMessage> expected;
    const QDateTime stepAt = m_exchanges.at(index).at;
    const QDateTime nextAt =
            index + 1 < m_exchanges.size() ? m_exchanges.at(index + 1).at : QDateTime();
    for (const RecordedMessage &message : std::as_const(m_messages)) {
        if (message.receivedAt >= stepAt && (!nextAt.isValid() || message.receivedAt < nextAt))
            expected.append(message);
    }
    const HttpDriver::Headers headers{{QByteArray("X-Appwrite-Project"), QByteArray("sandbox")}};
    // The sandbox may deliver a moment after the answer, as the real server's worker did.
    QList<QJsonObject> fresh;
    QDeadlineTimer deadline(expected.isEmpty() ? 0 : outboxWaitMs);
    for (;;) {
        fresh.clear();
        for (const QJsonValue &message : target.driver->outbox(headers)) {
            if (!target.seenMessages.contains(message[u"$id"].toString()))
                fresh.append(message.toObject());
        }
        if (fresh.size() >= expected.size() || deadline.hasExpired())
            break;
        QTest::qWait(50);
    }
    std::stable_sort(fresh.begin(), fresh.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"$createdAt").toString() < b.value(u"$createdAt").toString();
    });
    for (const QJsonObject &message : std::as_const(fresh))
        target.seenMessages.insert(message.value(u"$id").toString());
    if (fresh.size() != expected.size())
        outcome.differences.append(QStringLiteral("outbox: the real server sent %1 message(s), "
                                                  "the sandbox %2")
                                           .arg(expected.size())
                                           .arg(fresh.size()));
    for (qsizetype i = 0; i < std::min(fresh.size(), expected.size()); ++i) {
        const RecordedMessage &real = expected.at(i);
        const QJsonObject &sandbox = fresh.at(i);
        QString secret = sandbox.value(u"secret").toString();
        if (secret.isEmpty())
            secret = QUrlQuery(QUrl(sandbox.value(u"url").toString()))
                             .queryItemValue(QStringLiteral("secret"));
        m_map.learn(real.secret, secret, m_exchanges.at(index).step + QStringLiteral(" (outbox)"));
        if (sandbox.value(u"channel").toString() != real.channel)
            outcome.differences.append(
                    QStringLiteral("outbox: real %1, sandbox channel \"%2\"")
                            .arg(real.channel, sandbox.value(u"channel").toString()));
        if (real.channel == u"email" && sandbox.value(u"subject").toString() != real.subject)
            outcome.differences.append(
                    QStringLiteral("outbox: subject real \"%1\", sandbox "
                                   "\"%2\"")
                            .arg(real.subject, sandbox.value(u"subject").toString()));
        if (real.secret.size() != secret.size())
            outcome.differences.append(QStringLiteral("outbox: secret real %1 chars, sandbox "
                                                      "%2 chars")
                                               .arg(real.secret.size())
                                               .arg(secret.size()));
        if (!real.url.isEmpty()) {
            const QUrl realUrl(real.url);
            const QUrl sandboxUrl(sandbox.value(u"url").toString());
            QStringList realKeys;
            QStringList sandboxKeys;
            for (const auto &item : QUrlQuery(realUrl).queryItems())
                realKeys.append(item.first);
            for (const auto &item : QUrlQuery(sandboxUrl).queryItems())
                sandboxKeys.append(item.first);
            if (realUrl.adjusted(QUrl::RemoveQuery) != sandboxUrl.adjusted(QUrl::RemoveQuery)
                || realKeys != sandboxKeys)
                outcome.differences.append(
                        QStringLiteral("outbox: link real %1?%2, sandbox \"%3\"")
                                .arg(realUrl.adjusted(QUrl::RemoveQuery).toString(),
                                     realKeys.join(u'&'), sandboxUrl.toString()));
        }
    }
}

} // namespace Conformance
