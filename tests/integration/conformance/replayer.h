#pragma once

#include "answercomparer.h"
#include "httpdriver.h"
#include "recordedexchange.h"
#include "valuemap.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class SandboxProcess;

namespace Conformance {

//! Replays the real run's exchanges, in order, against fresh sandboxes and compares each answer.
class Replayer
{
public:
    struct Outcome
    {
        QString skipReason; //!< non-empty: the step was not compared, and why
        QStringList differences;
        QStringList notes; //!< what was substituted or could not be, for the report
        QString request; //!< what was sent, in one line
    };

    Replayer(QList<RecordedExchange> exchanges, QList<RecordedMessage> messages);
    ~Replayer();

    //! Starts the main sandbox (rate limits off).
    bool start(QString *error);
    //! The outcome of step \a index, replaying every earlier step first if needed.
    const Outcome &outcome(qsizetype index);

private:
    struct Target
    {
        std::unique_ptr<SandboxProcess> process;
        std::unique_ptr<HttpDriver> driver;
        QStringList arguments;
        QSet<QString> seenMessages; //!< outbox message IDs already paired or ignored
        bool rateLimits = false;
        bool lost = false; //!< stopped answering: restarted before the next step
    };

    Outcome replay(const RecordedExchange &exchange, qsizetype index);
    Outcome replayOAuthHop(const RecordedExchange &exchange);
    Outcome compareAndLearn(const RecordedExchange &exchange, const HttpAnswer &answer,
                            AnswerComparer::Options options);
    Target *targetFor(const RecordedExchange &exchange, QString *error);
    bool startTarget(Target &target, const QStringList &arguments, QString *error);

    HttpDriver::Headers requestHeaders(const RecordedRequest &request);
    QString mappedPath(const QString &path);
    QString mappedQuery(const QJsonObject &query);
    QByteArray mappedBody(const RecordedExchange &exchange, QStringList *notes);
    QString mappedOtp(const QString &otp, const QDateTime &at, QStringList *notes);

    void learnTotpSecret(const RecordedExchange &exchange, const HttpAnswer &answer);
    void compareOutbox(qsizetype index, Target &target, Outcome &outcome);
    void trackOAuthStart(const RecordedExchange &exchange, const HttpAnswer &answer);

    QList<RecordedExchange> m_exchanges;
    QList<RecordedMessage> m_messages;
    QList<std::optional<Outcome>> m_outcomes;
    Target m_main;
    Target m_rateLimited;
    Target *m_current = nullptr;
    ValueMap m_map;
    QHash<QString, QString> m_totpSecrets; //!< real TOTP secret -> the sandbox's

    // The OAuth2 flow in progress in the sandbox.
    QUrl m_pendingLocation; //!< where the sandbox's last redirect pointed, on the sandbox
    QUrl m_lastCodeUrl; //!< the sandbox's last in-flow URL carrying a provider code
    bool m_flowDenied = false;
    QStringList m_realProviderCodes; //!< codes the real mock provider issued
};

} // namespace Conformance
