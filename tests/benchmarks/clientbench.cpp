// The client's overhead against curl sending the same HTTP requests, in the same run, alternating
// client and curl so that both see the same machine load and the same server state.
//
//   bench_client <endpoint> <project> [--reps N] [--curl PATH]
//
// Prints one "key value" line per measure (medians of N repetitions, milliseconds):
//   get1000_client_ms / get1000_curl_ms: 1,000 account.get, one after the other, one connection;
//   get1000_qnam_ms: the same requests through a bare QNetworkAccessManager (Qt's share of it);
//   scenario_client_ms / scenario_curl_ms: sign in, get, list sessions, update prefs, list logs,
//     sign out (argon2id makes the sign-in most of it);
//   scenario_nosignin_client_ms / scenario_nosignin_curl_ms: the five requests after the sign-in
//     (for curl the sum of its own time_total of those transfers: the tightest floor).
// Totals of curl are wall times of one curl process (its start-up included, once).
// curl gets the requests the client recorded (Client::requestSent: method, URL, headers, body),
// in one process with keep-alive; for the scenario the session cookie comes from curl's own cookie
// engine, so curl sends the cookie but not the client's X-Fallback-Cookies mirror of it.
#include "benchstats.h"

#include "client/account.h"
#include "client/client.h"
#include "client/id.h"
#include "client/query.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Appwrite;

namespace {

const QString password = QStringLiteral("bench-password-123");

[[noreturn]] void die(const QString &what)
{
    QTextStream(stderr) << "bench_client: " << what << "\n";
    std::exit(1);
}

//! Runs one asynchronous call to completion (for the setup and the scenario's steps).
template<typename T, typename Send>
Result<T> await(Send send)
{
    QEventLoop loop;
    std::optional<Result<T>> result;
    send([&](const Result<T> &r) {
        result.emplace(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

template<typename T>
void check(const Result<T> &result, const char *step)
{
    if (!result.ok())
        die(QStringLiteral("%1 failed: %2").arg(QLatin1String(step), result.error().toString()));
}

//! One curl config line: key = "value" with the config file's escaping.
QByteArray configLine(const QByteArray &key, const QByteArray &value)
{
    QByteArray escaped = value;
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return key + " = \"" + escaped + "\"\n";
}

//! curl options reproducing \a request; \a withSession: keep the recorded Cookie and
//! X-Fallback-Cookies (the scenario leaves them to curl's cookie engine instead).
QByteArray curlRequest(const RecordedRequest &request, bool withSession)
{
    QByteArray config;
    config += configLine("request", request.method);
    for (const auto &[name, value] : request.headers) {
        const bool session = name == "Cookie" || name == "X-Fallback-Cookies";
        if (!session || withSession)
            config += configLine("header", name + ": " + value);
    }
    if (!request.body.isEmpty())
        config += configLine("data-binary", request.body);
    config += configLine("url", request.url.toEncoded());
    return config;
}

class Bench
{
public:
    Bench(const QUrl &endpoint, const QString &project, const QString &curl)
        : m_curl(curl)
        , m_account(&m_client)
    {
        m_client.setEndpoint(endpoint);
        m_client.setProject(project);
        m_client.setUserAgent(Client::defaultUserAgent(QStringLiteral("appwrite-bench"),
                                                       QStringLiteral("0.1.0")));
        QObject::connect(&m_client, &Client::requestSent, &m_client,
                         [this](const RecordedRequest &request) { m_recorded.append(request); });
        if (!m_dir.isValid())
            die(QStringLiteral("no temporary directory"));
    }

    void setUp()
    {
        m_email = QStringLiteral("bench-%1@example.com").arg(ID::unique());
        check(await<User>([&](Callback<User> done) {
                  m_account.create(&m_context, ID::unique(), m_email, password,
                                   QStringLiteral("Bench"), done);
              }),
              "account.create");
    }

    //! Milliseconds for 1,000 runs of \a send, each started when the one before answered
    //! (send calls its argument with whether the answer was good); dies on a bad answer.
    static double timeInTurn(const std::function<void(const std::function<void(bool)> &)> &send,
                             const char *what)
    {
        QEventLoop loop;
        int remaining = 1000;
        bool failed = false;
        std::function<void()> next;
        next = [&] {
            send([&](bool ok) {
                failed = failed || !ok;
                if (--remaining == 0 || failed)
                    loop.quit();
                else
                    next();
            });
        };
        QElapsedTimer timer;
        timer.start();
        next();
        loop.exec();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (failed)
            die(QStringLiteral("%1 failed").arg(QLatin1String(what)));
        return ms;
    }

    double get1000Client()
    {
        signIn();
        return timeInTurn(
                [this](const std::function<void(bool)> &done) {
                    m_account.get(&m_context,
                                  [done](const Result<User> &user) { done(user.ok()); });
                },
                "account.get");
    }

    double get1000Curl()
    {
        signIn();
        m_recorded.clear();
        check(await<User>([&](Callback<User> done) { m_account.get(&m_context, done); }),
              "account.get");
        // One operation: the method and headers once, then the URL 1,000 times.
        const QByteArray url = configLine("url", m_recorded.last().url.toEncoded());
        QByteArray config = "silent\nshow-error\nfail\n" + curlRequest(m_recorded.last(), true);
        for (int i = 1; i < 1000; ++i)
            config += url;
        return runCurl(config).wallMs;
    }

    //! The same 1,000 requests through a bare QNetworkAccessManager: splits the client's cost
    //! into Qt's HTTP stack and ours.
    double get1000Qnam()
    {
        signIn();
        m_recorded.clear();
        check(await<User>([&](Callback<User> done) { m_account.get(&m_context, done); }),
              "account.get");
        const RecordedRequest recorded = m_recorded.last();
        QNetworkRequest request(recorded.url);
        for (const auto &[name, value] : recorded.headers)
            request.setRawHeader(name, value);
        QNetworkAccessManager network;
        return timeInTurn(
                [&](const std::function<void(bool)> &done) {
                    QNetworkReply *reply = network.get(request);
                    QObject::connect(reply, &QNetworkReply::finished, &network, [reply, done] {
                        reply->deleteLater();
                        done(reply->error() == QNetworkReply::NoError
                             && !reply->readAll().isEmpty());
                    });
                },
                "a bare QNetworkAccessManager GET");
    }

    struct ScenarioTimes
    {
        double totalMs = 0;
        double withoutSignInMs = 0;
    };

    ScenarioTimes scenarioClient()
    {
        signOut(); // the scenario starts signed out
        QElapsedTimer timer;
        timer.start();
        check(await<Session>([&](Callback<Session> done) {
                  m_account.createEmailPasswordSession(&m_context, m_email, password, done);
              }),
              "sign in");
        const qint64 afterSignIn = timer.nsecsElapsed();
        runScenarioRest();
        const qint64 end = timer.nsecsElapsed();
        return {double(end) / 1e6, double(end - afterSignIn) / 1e6};
    }

    ScenarioTimes scenarioCurl()
    {
        // The requests as the client sends them, recorded from one client run.
        m_recorded.clear();
        scenarioClient();
        if (m_recorded.size() != 6)
            die(QStringLiteral("the scenario sent %1 requests, not 6").arg(m_recorded.size()));
        const QString jar = m_dir.filePath(QStringLiteral("cookies.txt"));
        QFile::remove(jar);
        QByteArray config;
        for (qsizetype i = 0; i < m_recorded.size(); ++i) {
            if (i > 0)
                config += "next\n";
            config += "silent\nshow-error\nfail\n";
            config += configLine("cookie", jar.toUtf8()) + configLine("cookie-jar", jar.toUtf8());
            config += configLine("write-out", "%{time_starttransfer} %{time_total}\\n");
            config += curlRequest(m_recorded.at(i), false);
        }
        const CurlRun run = runCurl(config);
        // write-out goes to stdout after each body: take the numbers of the last line of each.
        QList<double> totals;
        for (const QByteArray &line : run.output.split('\n')) {
            const QList<QByteArray> parts = line.trimmed().split(' ');
            if (parts.size() >= 2)
                totals.append(parts.last().toDouble() * 1000);
        }
        if (totals.size() != 6)
            die(QStringLiteral("curl reported %1 transfers, not 6").arg(totals.size()));
        // Without the sign-in: curl's own times of the five transfers (no process start).
        double rest = 0;
        for (qsizetype i = 1; i < totals.size(); ++i)
            rest += totals.at(i);
        return {run.wallMs, rest};
    }

private:
    struct CurlRun
    {
        double wallMs = 0;
        QByteArray output;
    };

    void signIn()
    {
        if (m_client.hasSession())
            return;
        check(await<Session>([&](Callback<Session> done) {
                  m_account.createEmailPasswordSession(&m_context, m_email, password, done);
              }),
              "sign in");
    }

    void signOut()
    {
        if (!m_client.hasSession())
            return;
        check(await<void>([&](Callback<void> done) {
                  m_account.deleteSession(&m_context, QStringLiteral("current"), done);
              }),
              "sign out");
    }

    void runScenarioRest()
    {
        check(await<User>([&](Callback<User> done) { m_account.get(&m_context, done); }),
              "account.get");
        check(await<SessionList>([&](Callback<SessionList> done) {
                  m_account.listSessions(&m_context, done);
              }),
              "listSessions");
        check(await<User>([&](Callback<User> done) {
                  m_account.updatePrefs(
                          &m_context,
                          QJsonObject{{QStringLiteral("theme"), QStringLiteral("dark")},
                                      {QStringLiteral("language"), QStringLiteral("de")}},
                          done);
              }),
              "updatePrefs");
        check(await<LogList>([&](Callback<LogList> done) {
                  m_account.listLogs(&m_context, {Query::limit(25), Query::offset(0)}, done);
              }),
              "listLogs");
        check(await<void>([&](Callback<void> done) {
                  m_account.deleteSession(&m_context, QStringLiteral("current"), done);
              }),
              "sign out");
    }

    CurlRun runCurl(const QByteArray &config)
    {
        QFile file(m_dir.filePath(QStringLiteral("curl.conf")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config) < 0)
            die(QStringLiteral("cannot write the curl config"));
        file.close();
        QProcess curl;
        QElapsedTimer timer;
        timer.start();
        curl.start(m_curl, {QStringLiteral("--config"), file.fileName()});
        if (!curl.waitForFinished(300000) || curl.exitStatus() != QProcess::NormalExit
            || curl.exitCode() != 0)
            die(QStringLiteral("curl failed: %1")
                        .arg(QString::fromLocal8Bit(curl.readAllStandardError())));
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        return {ms, curl.readAllStandardOutput()};
    }

    QString m_curl;
    QTemporaryDir m_dir;
    Client m_client;
    Account m_account;
    QObject m_context;
    QString m_email;
    QList<RecordedRequest> m_recorded;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        die(QStringLiteral("usage: bench_client <endpoint> <project> [--reps N] [--curl PATH]"));
    const int repsAt = int(args.indexOf(QStringLiteral("--reps")));
    const int reps = repsAt > 0 ? args.value(repsAt + 1).toInt() : 5;
    const int curlAt = int(args.indexOf(QStringLiteral("--curl")));
    const QString curl = curlAt > 0 ? args.value(curlAt + 1) : QStringLiteral("curl");

    Bench bench(QUrl(args.at(1)), args.at(2), curl);
    bench.setUp();
    bench.get1000Client(); // warm-up: connection, first allocations
    QList<double> getClient, getCurl, getQnam, scenarioClient, scenarioCurl, restClient, restCurl;
    for (int i = 0; i < reps; ++i) {
        getClient.append(bench.get1000Client());
        getCurl.append(bench.get1000Curl());
        getQnam.append(bench.get1000Qnam());
        const auto client = bench.scenarioClient();
        scenarioClient.append(client.totalMs);
        restClient.append(client.withoutSignInMs);
        const auto viaCurl = bench.scenarioCurl();
        scenarioCurl.append(viaCurl.totalMs);
        restCurl.append(viaCurl.withoutSignInMs);
    }
    std::printf("get1000_client_ms %.1f\nget1000_curl_ms %.1f\n", BenchStats::median(getClient),
                BenchStats::median(getCurl));
    std::printf("get1000_qnam_ms %.1f\n", BenchStats::median(getQnam));
    std::printf("scenario_client_ms %.1f\nscenario_curl_ms %.1f\n",
                BenchStats::median(scenarioClient), BenchStats::median(scenarioCurl));
    std::printf("scenario_nosignin_client_ms %.2f\nscenario_nosignin_curl_ms %.2f\n",
                BenchStats::median(restClient), BenchStats::median(restCurl));
    return 0;
}
