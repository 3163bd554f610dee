// Every request the project's client sends during a full account life-cycle, captured on the
// wire by a recording proxy in front of a private sandbox, checked against the OpenAPI 1.5.x
// client spec; and every answer of the sandbox checked against it too (with the real server's
// documented deviations allowed, see OpenApiDeviations). All 47 Account operations must run.
#include "clientharness.h"
#include "client/query.h"
#include "openapideviations.h"
#include "openapirecordingproxy.h"
#include "openapispec.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Appwrite;
using namespace Qt::StringLiterals;

class TestSpecWire : public QObject
{
    Q_OBJECT

    OpenApiSpec spec;
    ClientHarness harness;
    OpenApiRecordingProxy proxy;
    int sentByClient = 0; // Client::requestSent, to compare with what the wire saw

    // A client of the project whose every request passes through the recording proxy.
    std::unique_ptr<ClientHarness::Connection> connect()
    {
        auto c = harness.connect();
        c->client.setEndpoint(proxy.endpoint());
        QObject::connect(&c->client, &Client::requestSent, this, [this] { ++sentByClient; });
        return c;
    }

    // The browser's part of an OAuth2 flow goes straight to the sandbox, not through the proxy:
    // only the client's own requests are on the record.
    QUrl direct(QUrl url)
    {
        if (url.port() == proxy.port())
            url.setPort(harness.sandbox().endpoint().port());
        return url;
    }

    QString secretFor(const QString &to) const
    {
        return harness.latestMessage(to).value("secret"_L1).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString file = OpenApiSpec::defaultFile();
        if (file.isEmpty() || !QFile::exists(file))
            QSKIP("APPWRITE_SHARED_DIR does not point at the shared reference (the spec is "
                  "missing); run through ctest.");
        QString why;
        QVERIFY2(spec.load(file, &why), qPrintable(why));
        QVERIFY2(harness.start({u"--no-rate-limits"_s}), qPrintable(harness.errorString()));
        if (!harness.isSandbox())
            QSKIP("The life-cycle reads codes from the sandbox outbox and its OAuth2 consent "
                  "page.");
        QVERIFY(proxy.listen(harness.sandbox().endpoint()));
    }

    void accountLifecycle();
    void everyRequestFollowsTheSpec();
    void everyResponseFollowsTheSpec();
    void allAccountOperationsWereExercised();
};

// One client call, awaited; a failure is logged with the call's source text to locate it.
#define STEP(Type, call) \
    [&] { \
        const auto result_ = await<Type>([&](QObject *ctx, auto done) { call; }); \
        if (!result_.ok()) \
            qWarning("%s failed: %s", #call, describe(result_).constData()); \
        return result_; \
    }()

// VERIFY_OK evaluates its argument twice: the call must run once.
#define CALL_OK(Type, call) \
    do { \
        const auto callResult_ = STEP(Type, call); \
        VERIFY_OK(callResult_); \
    } while (false)

void TestSpecWire::accountLifecycle()
{
    auto a = connect();
    const QString email = ClientHarness::uniqueEmail();
    const QString password = ClientHarness::password();
    const QString phone = ClientHarness::uniquePhone();

    // An error answer too, to check the error model.
    QVERIFY(!STEP(User, a->account.get(ctx, done)).ok());

    // Profile.
    const auto user = STEP(
            User, a->account.create(ctx, ID::unique(), email, password, u"Spec Check"_s, done));
    VERIFY_OK(user);
    const QString userId = user->id;
    CALL_OK(Session, a->account.createEmailPasswordSession(ctx, email, password, done));
    CALL_OK(User, a->account.get(ctx, done));
    CALL_OK(User, a->account.updateName(ctx, u"Spec Checked"_s, done));
    CALL_OK(User, a->account.updatePrefs(ctx, {{u"theme"_s, u"dark"_s}}, done));
    CALL_OK(Preferences, a->account.getPrefs(ctx, done));
    CALL_OK(User, a->account.updatePhone(ctx, phone, password, done));
    const QString newEmail = ClientHarness::uniqueEmail();
    CALL_OK(User, a->account.updateEmail(ctx, newEmail, password, done));
    const QString newPassword = u"another secret 456"_s;
    CALL_OK(User, a->account.updatePassword(ctx, newPassword, password, done));
    CALL_OK(Jwt, a->account.createJWT(ctx, done));
    CALL_OK(LogList, a->account.listLogs(ctx, {Query::limit(5), Query::offset(0)}, done));
    CALL_OK(SessionList, a->account.listSessions(ctx, done));
    CALL_OK(Session, a->account.getSession(ctx, u"current"_s, done));
    CALL_OK(Session, a->account.updateSession(ctx, u"current"_s, done));

    // Verification of the email and the phone number.
    CALL_OK(Token, a->account.createVerification(ctx, u"http://localhost/verify"_s, done));
    CALL_OK(Token, a->account.updateVerification(ctx, userId, secretFor(newEmail), done));
    CALL_OK(Token, a->account.createPhoneVerification(ctx, done));
    CALL_OK(Token, a->account.updatePhoneVerification(ctx, userId, secretFor(phone), done));

    // Push targets.
    const QString targetId = ID::unique();
    CALL_OK(Target, a->account.createPushTarget(ctx, targetId, u"device-token-1"_s, {}, done));
    CALL_OK(Target, a->account.updatePushTarget(ctx, targetId, u"device-token-2"_s, done));
    CALL_OK(void, a->account.deletePushTarget(ctx, targetId, done));

    // Two-factor authentication: authenticator app with a TOTP computed here, recovery codes,
    // an email challenge with the code from the outbox.
    using Factor = Account::AuthenticationFactor;
    using Authenticator = Account::AuthenticatorType;
    const auto totp =
            STEP(MfaType, a->account.createMfaAuthenticator(ctx, Authenticator::Totp, done));
    VERIFY_OK(totp);
    CALL_OK(User,
            a->account.updateMfaAuthenticator(ctx, Authenticator::Totp,
                                              ClientHarness::totp(totp->secret), done));
    const auto codes = STEP(MfaRecoveryCodes, a->account.createMfaRecoveryCodes(ctx, done));
    VERIFY_OK(codes);
    QVERIFY(codes->recoveryCodes.size() > 1);
    CALL_OK(User, a->account.updateMFA(ctx, true, done));
    CALL_OK(MfaFactors, a->account.listMfaFactors(ctx, done));
    const auto challenge =
            STEP(MfaChallenge, a->account.createMfaChallenge(ctx, Factor::Email, done));
    VERIFY_OK(challenge);
    CALL_OK(Session, a->account.updateMfaChallenge(ctx, challenge->id, secretFor(newEmail), done));
    CALL_OK(MfaRecoveryCodes, a->account.getMfaRecoveryCodes(ctx, done));
    const auto fresh = STEP(MfaRecoveryCodes, a->account.updateMfaRecoveryCodes(ctx, done));
    VERIFY_OK(fresh);
    CALL_OK(void,
            a->account.deleteMfaAuthenticator(ctx, Authenticator::Totp,
                                              fresh->recoveryCodes.first(), done));
    CALL_OK(User, a->account.updateMFA(ctx, false, done));

    // Password recovery, from a signed-out client.
    auto guest = connect();
    CALL_OK(Token,
            guest->account.createRecovery(ctx, newEmail, u"http://localhost/recover"_s, done));
    CALL_OK(Token, guest->account.updateRecovery(ctx, userId, secretFor(newEmail), password, done));

    // Token sign-ins, each on its own client (a second session on one client is refused).
    auto byCode = connect();
    const auto code =
            STEP(Token, byCode->account.createEmailToken(ctx, userId, newEmail, true, done));
    VERIFY_OK(code);
    CALL_OK(Session, byCode->account.createSession(ctx, userId, secretFor(newEmail), done));
    auto byLink = connect();
    CALL_OK(Token,
            byLink->account.createMagicURLToken(ctx, userId, newEmail, u"http://localhost/magic"_s,
                                                false, done));
    CALL_OK(Session, byLink->account.updateMagicURLSession(ctx, userId, secretFor(newEmail), done));
    auto byPhone = connect();
    CALL_OK(Token, byPhone->account.createPhoneToken(ctx, userId, phone, done));
    const auto phoneSession =
            STEP(Session, byPhone->account.updatePhoneSession(ctx, userId, secretFor(phone), done));
    VERIFY_OK(phoneSession);

    // Ending sessions: one by ID, then all.
    CALL_OK(void, a->account.deleteSession(ctx, phoneSession->id, done));
    CALL_OK(void, byLink->account.deleteSessions(ctx, done));

    // Guests.
    auto anonymous = connect();
    CALL_OK(Session, anonymous->account.createAnonymousSession(ctx, done));

    // OAuth2: the client builds the URLs, which are opened through the proxy like a browser
    // would; the consent page (the provider's part) is reached directly.
    auto oauth = connect();
    const auto sessionUrl = oauth->account.createOAuth2Session(
            u"github"_s, u"http://localhost/oauth/success"_s, u"http://localhost/oauth/failure"_s);
    QVERIFY2(sessionUrl.ok(), describe(sessionUrl).constData());
    QCOMPARE(ClientHarness::redirectOf(*sessionUrl).path(),
             u"/v1/sandbox/oauth2/github/authorize"_s);
    const auto tokenUrl = oauth->account.createOAuth2Token(
            u"github"_s, u"http://localhost/oauth/success"_s, u"http://localhost/oauth/failure"_s);
    QVERIFY2(tokenUrl.ok(), describe(tokenUrl).constData());
    QUrl consent = direct(ClientHarness::redirectOf(*tokenUrl));
    QUrlQuery decision(consent);
    decision.addQueryItem(u"decision"_s, u"approve"_s);
    decision.addQueryItem(u"email"_s, ClientHarness::uniqueEmail());
    decision.addQueryItem(u"name"_s, u"OAuth User"_s);
    consent.setQuery(decision);
    const QUrlQuery landing(direct(ClientHarness::redirectOf(consent)));
    const QString oauthUser = landing.queryItemValue(u"userId"_s);
    QVERIFY2(!oauthUser.isEmpty(), "the consent page did not land on the success URL");
    CALL_OK(Session,
            oauth->account.createSession(ctx, oauthUser, landing.queryItemValue(u"secret"_s),
                                         done));
    const auto identities = STEP(IdentityList, oauth->account.listIdentities(ctx, {}, done));
    VERIFY_OK(identities);
    QCOMPARE(identities->identities.size(), 1);
    CALL_OK(void, oauth->account.deleteIdentity(ctx, identities->identities.first().id, done));

    // What the client reported sending is what crossed the wire (no hidden retries, nothing
    // missed by the proxy); the two OAuth2 URLs were opened outside Client::call().
    QCOMPARE(proxy.exchanges().size(), sentByClient + 2);

    // Last: blocking the account ends it (all its sessions ended above: sign in again).
    auto last = connect();
    CALL_OK(Session, last->account.createEmailPasswordSession(ctx, newEmail, password, done));
    CALL_OK(User, last->account.updateStatus(ctx, done));
}

void TestSpecWire::everyRequestFollowsTheSpec()
{
    QVERIFY(!proxy.exchanges().isEmpty());
    const QString root = harness.sandbox().endpoint().path();
    QStringList report;
    for (const OpenApiExchange &exchange : proxy.exchanges()) {
        QString operation;
        const auto violations =
                OpenApiDeviations::validateRequest(spec, exchange.request, root, &operation);
        qInfo().noquote() << QString::fromLatin1(exchange.request.method + ' '
                                                 + exchange.request.target.left(70))
                          << u"->"_s << exchange.response.status << operation;
        for (const OpenApiViolation &violation : violations)
            report.append(QString::fromLatin1(exchange.request.method + ' '
                                              + exchange.request.target.left(120))
                          + u"\n    "_s + violation.toString());
    }
    for (const QString &line : std::as_const(report))
        qWarning().noquote() << line;
    QVERIFY2(report.isEmpty(),
             qPrintable(u"%1 request violations (listed above)"_s.arg(report.size())));
}

void TestSpecWire::everyResponseFollowsTheSpec()
{
    QVERIFY(!proxy.exchanges().isEmpty());
    const QString root = harness.sandbox().endpoint().path();
    QStringList report;
    for (const OpenApiExchange &exchange : proxy.exchanges()) {
        QString operation;
        spec.validateRequest(exchange.request, root, &operation);
        if (operation.isEmpty())
            continue; // reported by everyRequestFollowsTheSpec
        const auto violations =
                OpenApiDeviations::validateResponse(spec, operation, exchange.response);
        for (const OpenApiViolation &violation : violations)
            report.append(QString::fromLatin1(exchange.request.method + ' '
                                              + exchange.request.target.left(120))
                          + u" -> %1\n    "_s.arg(exchange.response.status) + violation.toString());
    }
    for (const QString &line : std::as_const(report))
        qWarning().noquote() << line;
    QVERIFY2(report.isEmpty(),
             qPrintable(u"%1 response violations (listed above)"_s.arg(report.size())));
}

void TestSpecWire::allAccountOperationsWereExercised()
{
    const QString root = harness.sandbox().endpoint().path();
    QSet<QString> exercised;
    for (const OpenApiExchange &exchange : proxy.exchanges()) {
        QString operation;
        spec.validateRequest(exchange.request, root, &operation);
        if (!operation.isEmpty() && exchange.response.status > 0 && exchange.response.status < 400)
            exercised.insert(operation);
    }
    const QStringList all = spec.operationIds(u"/account"_s);
    QCOMPARE(all.size(), 47);
    QStringList done = exercised.values();
    done.sort();
    qInfo().noquote() << u"%1/%2 Account operations exercised with a successful answer:"_s
                                 .arg(done.size())
                                 .arg(all.size());
    for (const QString &operation : std::as_const(done))
        qInfo().noquote() << u"  "_s + operation;
    QStringList missing;
    for (const QString &operation : all) {
        if (!exercised.contains(operation))
            missing.append(operation);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"not exercised: "_s + missing.join(u", "_s)));
    QCOMPARE(done.size(), 47);
}

QTEST_GUILESS_MAIN(TestSpecWire)
#include "tst_spec_wire.moc"
