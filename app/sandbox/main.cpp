// appwrite-sandbox: a local Appwrite 1.5 Account server for tests and for trying the app.
#include "sandbox/faultinjector.h"
#include "sandbox/sandboxserver.h"
#include "terminationsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace {

[[noreturn]] void usageError(const QString &message)
{
    QTextStream(stderr) << "appwrite-sandbox: " << message << "\n"
                        << "Try 'appwrite-sandbox --help' for the options.\n";
    std::exit(2);
}

double rateValue(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const double rate = parser.value(option).toDouble(&ok);
    if (!ok || !(rate >= 0 && rate <= 1))
        usageError(QStringLiteral("--%1 needs a number from 0 to 1.").arg(option.names().first()));
    return rate;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("appwrite-sandbox"));
    QCoreApplication::setOrganizationName(QStringLiteral("appwrite-account"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APPWRITE_APP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "A local server that implements the Appwrite 1.5 Account API, for tests and for "
            "trying the app without an Appwrite project. Emails and SMS go to an outbox at "
            "/v1/sandbox/outbox instead of being sent. The fault injection options hit the "
            "Appwrite API only; GET and PATCH /v1/sandbox/faults read and change them while the "
            "server runs (JSON: latency, failRate, dropRate, malformedRate, truncateRate, "
            "seed)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(QStringLiteral("host"),
                                  QStringLiteral("Address to bind (default 127.0.0.1)."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(
            QStringLiteral("port"),
            QStringLiteral("Port to listen on; 0 picks a free one (default)."), QStringLiteral("N"),
            QStringLiteral("0"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Directory for the SQLite database (default: the "
                                                 "user's data location)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption memory(QStringLiteral("memory"),
                                    QStringLiteral("Keep nothing: an in-memory database."));
    const QCommandLineOption project(QStringLiteral("project"),
                                     QStringLiteral("Project ID to serve (default: sandbox)."),
                                     QStringLiteral("ID"), QStringLiteral("sandbox"));
    const QCommandLineOption platform(
            QStringLiteral("platform"),
            QStringLiteral("A host allowed in redirect URLs, besides localhost and the server's "
                           "own host. Repeatable."),
            QStringLiteral("HOST"));
    const QCommandLineOption noRateLimits(QStringLiteral("no-rate-limits"),
                                          QStringLiteral("Turn the abuse rate limits off."));
    const QCommandLineOption sessionLimit(
            QStringLiteral("session-limit"),
            QStringLiteral("Sessions kept per user; the oldest is removed (default 10)."),
            QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption sessionLength(
            QStringLiteral("session-length"),
            QStringLiteral("Session lifetime in seconds (default 31536000, one year)."),
            QStringLiteral("SECONDS"), QStringLiteral("31536000"));
    const QCommandLineOption oauthProviders(
            QStringList{QStringLiteral("oauth-providers")},
            QStringLiteral("Comma-separated OAuth2 providers the project has enabled; the others "
                           "answer 412 project_provider_disabled (default: every provider)."),
            QStringLiteral("LIST"));
    const QCommandLineOption latency(
            QStringLiteral("latency"),
            QStringLiteral("Fault injection: answer every API request MS milliseconds late."),
            QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption failRate(
            QStringLiteral("fail-rate"),
            QStringLiteral("Fault injection: answer this share (0 to 1) of API requests with 500 "
                           "general_unknown."),
            QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption dropRate(
            QStringLiteral("drop-rate"),
            QStringLiteral("Fault injection: close the connection of this share (0 to 1) of API "
                           "requests without an answer."),
            QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption malformedRate(
            QStringLiteral("malformed-rate"),
            QStringLiteral("Fault injection: send a body that is not valid JSON for this share "
                           "(0 to 1) of API requests."),
            QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption truncateRate(
            QStringLiteral("truncate-rate"),
            QStringLiteral("Fault injection: cut this share (0 to 1) of API answers off halfway "
                           "through the body."),
            QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption faultSeed(
            QStringLiteral("fault-seed"),
            QStringLiteral("Fault injection: make the sequence of faults repeatable."),
            QStringLiteral("N"));
    const QCommandLineOption tlsCert(
            QStringLiteral("tls-cert"),
            QStringLiteral("Serve https with this PEM certificate (needs --tls-key)."),
            QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The PEM private key of --tls-cert."),
                                    QStringLiteral("FILE"));
    parser.addOptions({host, port, data, memory, project, platform, noRateLimits, sessionLimit,
                       sessionLength, oauthProviders, latency, failRate, dropRate, malformedRate,
                       truncateRate, faultSeed, tlsCert, tlsKey});
    if (!parser.parse(app.arguments()))
        usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        usageError(QStringLiteral("unexpected argument '%1'.")
                           .arg(parser.positionalArguments().first()));

    Sandbox::Options options;
    if (!options.host.setAddress(parser.value(host)))
        usageError(QStringLiteral("--host needs an IP address, not '%1'.").arg(parser.value(host)));
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        usageError(QStringLiteral("--port needs a number from 0 to 65535."));
    options.port = quint16(portNumber);
    if (parser.isSet(data) && parser.isSet(memory))
        usageError(QStringLiteral("--data and --memory cannot be used together."));
    options.inMemory = parser.isSet(memory);
    options.dataDir = parser.isSet(data)
            ? parser.value(data)
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.projectId = parser.value(project);
    if (options.projectId.isEmpty())
        usageError(QStringLiteral("--project needs an ID."));
    options.platforms = parser.values(platform);
    options.rateLimits = !parser.isSet(noRateLimits);
    options.sessionLimit = parser.value(sessionLimit).toInt(&ok);
    if (!ok || options.sessionLimit < 1)
        usageError(QStringLiteral("--session-limit needs a positive number."));
    options.sessionLengthSeconds = parser.value(sessionLength).toLongLong(&ok);
    if (!ok || options.sessionLengthSeconds < 1)
        usageError(QStringLiteral("--session-length needs a positive number of seconds."));

    if (parser.isSet(oauthProviders))
        options.oauthProviders =
                parser.value(oauthProviders).split(QLatin1Char(','), Qt::SkipEmptyParts);

    options.faults.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || options.faults.latencyMs < 0)
        usageError(QStringLiteral("--latency needs a number of milliseconds."));
    options.faults.failRate = rateValue(parser, failRate);
    options.faults.dropRate = rateValue(parser, dropRate);
    options.faults.malformedRate = rateValue(parser, malformedRate);
    options.faults.truncateRate = rateValue(parser, truncateRate);
    if (parser.isSet(faultSeed)) {
        options.faults.seed = parser.value(faultSeed).toUInt(&ok);
        if (!ok)
            usageError(QStringLiteral("--fault-seed needs a non-negative number."));
    }
    const QString faultProblem = Sandbox::FaultInjector::validate(options.faults);
    if (!faultProblem.isEmpty())
        usageError(QStringLiteral("fault injection: %1.").arg(faultProblem));
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        usageError(QStringLiteral("--tls-cert and --tls-key go together."));
    options.tlsCertificate = parser.value(tlsCert);
    options.tlsKey = parser.value(tlsKey);

    Sandbox::SandboxServer server(options);
    if (!server.start()) {
        QTextStream(stderr) << "appwrite-sandbox: " << server.errorString() << "\n";
        return 1;
    }
    TerminationSignals::quitOn(app);
    std::printf("appwrite-sandbox listening on %s project=%s\n",
                qPrintable(server.endpoint().toString()), qPrintable(options.projectId));
    std::fflush(stdout);
    return app.exec();
}
