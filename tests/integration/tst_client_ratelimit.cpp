#include "clientharness.h"

#include <QTest>

using namespace Appwrite;

//! The server's abuse limits reach the caller as a typed 429 with the time to retry.
class TestClientRateLimit : public QObject
{
    Q_OBJECT

    ClientHarness harness;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(harness.start(), qPrintable(harness.errorString())); }

    void eleventhLoginIsThrottled()
    {
        auto c = harness.connect();
        const QString email = ClientHarness::uniqueEmail();
        for (int attempt = 1; attempt <= 10; ++attempt) {
            const auto result = await<Session>([&](QObject *ctx, auto done) {
                c->account.createEmailPasswordSession(ctx, email, ClientHarness::password(), done);
            });
            VERIFY_ERROR(result, 401, "user_invalid_credentials");
        }
        const auto throttled = await<Session>([&](QObject *ctx, auto done) {
            c->account.createEmailPasswordSession(ctx, email, ClientHarness::password(), done);
        });
        VERIFY_ERROR(throttled, 429, "general_rate_limit_exceeded");
        QVERIFY(throttled.error().isRateLimited());
        const QDateTime reset = throttled.error().rateLimitReset();
        QVERIFY(reset.isValid());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(reset > now.addSecs(-1));
        QVERIFY(reset <= now.addSecs(3601));
    }
};

QTEST_GUILESS_MAIN(TestClientRateLimit)
#include "tst_client_ratelimit.moc"
