// The OAuth2 part of the replay. The real run used Appwrite's mock provider (authorize page,
// callback, redirect); the sandbox sends the browser to its own consent page instead, which
// takes decision=approve|deny with the identity to sign in as. The provider hops of the real
// run have no sandbox counterpart one by one, so the sandbox flow is driven to its end at the
// real run's final hop, and that final answer (cookies, Location) is compared.
#include "replayer.h"

#include "answercomparer.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace Conformance {

namespace {

// Appwrite's mock provider always answers with this user (see oauth2mock-get-account).
const QString mockUserEmail = QStringLiteral("useroauth@localhost.test");
const QString mockUserName = QStringLiteral("User Name");

constexpr int maxHops = 6;

bool isConsentPage(const QUrl &url)
{
    return url.path().startsWith(u"/v1/sandbox/oauth2/");
}

} // namespace

void Replayer::trackOAuthStart(const RecordedExchange &exchange, const HttpAnswer &answer)
{
    if (!exchange.request.path.contains(u"/oauth2/"))
        return;
    m_flowDenied = false;
    const QUrl location = QUrl::fromEncoded(answer.header("Location"));
    m_pendingLocation = m_current->driver->isSandboxUrl(location)
            ? m_current->driver->toSandbox(location)
            : QUrl();
}

Replayer::Outcome Replayer::replayOAuthHop(const RecordedExchange &exchange)
{
    Outcome outcome;
    const QUrlQuery realQuery(QUrl::fromEncoded(exchange.response.header("Location")));
    const QString issued = realQuery.queryItemValue(QStringLiteral("code"));
    if (!issued.isEmpty() && !m_realProviderCodes.contains(issued))
        m_realProviderCodes.append(issued);
    if (exchange.request.query.contains(u"error"))
        m_flowDenied = true;

    const QUrl realLocation = QUrl::fromEncoded(exchange.response.header("Location"));
    const bool finalHop = !realLocation.path().startsWith(u"/v1/");
    if (!finalHop) {
        outcome.skipReason =
                QStringLiteral(
                        "OAuth provider hop %1: the sandbox uses its consent page instead of "
                        "Appwrite's "
                        "mock provider; its flow is driven and compared at the final redirect")
                        .arg(exchange.request.path);
        return outcome;
    }

    const QString realCode = exchange.request.query.value(u"code").toString();
    const bool badCode = !realCode.isEmpty() && !m_realProviderCodes.contains(realCode);
    QUrl next;
    if (badCode) {
        if (m_lastCodeUrl.isEmpty()) {
            outcome.skipReason = QStringLiteral("a redirect with a bad provider code: the "
                                                "sandbox's flow never showed a URL carrying a "
                                                "code to alter");
            return outcome;
        }
        next = m_lastCodeUrl;
        QUrlQuery query(next);
        query.removeAllQueryItems(QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("code"), realCode);
        next.setQuery(query);
        outcome.notes.append(QStringLiteral("replayed as the sandbox's own code URL with code=%1")
                                     .arg(realCode));
    } else {
        if (m_pendingLocation.isEmpty()) {
            outcome.skipReason = QStringLiteral("no OAuth flow in progress in the sandbox: its "
                                                "start step did not redirect to the sandbox");
            return outcome;
        }
        next = std::exchange(m_pendingLocation, QUrl());
    }

    HttpDriver::Headers headers;
    for (auto it = exchange.request.headers.begin(); it != exchange.request.headers.end(); ++it) {
        if (it.key() != u"host" && it.key() != u"content-length")
            headers.append({it.key().toUtf8(), m_map.toSandboxWithin(it->toString()).toUtf8()});
    }
    headers.append({QByteArray("Host"), QByteArray("localhost")});

    HttpAnswer answer;
    QStringList hops;
    for (int hop = 0; hop < maxHops && next.isValid() && !next.isEmpty(); ++hop) {
        if (isConsentPage(next)) {
            QUrlQuery query(next);
            query.addQueryItem(QStringLiteral("decision"),
                               m_flowDenied ? QStringLiteral("deny") : QStringLiteral("approve"));
            query.addQueryItem(QStringLiteral("email"), mockUserEmail);
            query.addQueryItem(QStringLiteral("name"), mockUserName);
            next.setQuery(query);
        }
        if (QUrlQuery(next).hasQueryItem(QStringLiteral("code")))
            m_lastCodeUrl = next;
        answer = m_current->driver->send("GET", next, headers);
        hops.append(QStringLiteral("GET %1 -> %2")
                            .arg(next.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority),
                                 QString::number(answer.status)));
        const QUrl location = QUrl::fromEncoded(answer.header("Location"));
        if (answer.status < 300 || answer.status >= 400
            || !m_current->driver->isSandboxUrl(location))
            break;
        next = m_current->driver->toSandbox(location);
    }
    outcome.request = hops.join(QStringLiteral("; "));
    // The flow ends on the consent page, not on the real server's rate-limited /redirect route.
    AnswerComparer::Options options;
    options.rateLimitHeaders = false;
    const Outcome compared = compareAndLearn(exchange, answer, options);
    outcome.differences = compared.differences;
    outcome.notes.append(compared.notes);
    outcome.notes.append(QStringLiteral("sandbox flow: %1").arg(outcome.request));
    return outcome;
}

} // namespace Conformance
