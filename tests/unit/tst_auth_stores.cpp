#include "sandbox/crypto.h"
#include "sandbox/database.h"
#include "sandbox/mfastore.h"
#include "sandbox/tokenstore.h"
#include "sandbox/totp.h"

#include <QDateTime>
#include <QTest>

#include <memory>

using namespace Sandbox;

class TestAuthStores : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Database>();
        QVERIFY2(m_store->open(QString()), qPrintable(m_store->errorString()));
    }

    void innerTransactionRollsBackAloneAndOuterDecides()
    {
        Database &db = *m_store;
        db.exec(QStringLiteral("CREATE TABLE t (v TEXT)"));
        const auto values = [&db] {
            QStringList list;
            for (const QVariantMap &row : db.all(QStringLiteral("SELECT v FROM t ORDER BY v")))
                list << row.value(QStringLiteral("v")).toString();
            return list;
        };
        {
            Database::Transaction outer(db);
            db.exec(QStringLiteral("INSERT INTO t VALUES ('a')"));
            {
                Database::Transaction kept(db);
                db.exec(QStringLiteral("INSERT INTO t VALUES ('b')"));
                QVERIFY(kept.commit());
            }
            {
                Database::Transaction dropped(db);
                db.exec(QStringLiteral("INSERT INTO t VALUES ('c')"));
            }
            QCOMPARE(values(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
            // Not committed: everything goes, the committed inner savepoint included.
        }
        QCOMPARE(values(), QStringList());
        {
            Database::Transaction outer(db);
            Database::Transaction inner(db);
            db.exec(QStringLiteral("INSERT INTO t VALUES ('d')"));
            QVERIFY(inner.commit());
            QVERIFY(outer.commit());
        }
        QCOMPARE(values(), QStringList({QStringLiteral("d")}));
    }

    void tokenSecretIsHashedAtRest()
    {
        TokenStore tokens(*m_store);
        const QVariantMap row =
                tokens.create(QStringLiteral("u1"), Schema::Recovery, QStringLiteral("s3cret"), 60);
        QCOMPARE(row.value(QStringLiteral("secret_hash")).toString(),
                 Crypto::sha256Hex(QStringLiteral("s3cret")));
        QCOMPARE(m_store->count(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE secret_hash = ?"),
                                {QStringLiteral("s3cret")}),
                 0);
    }
    void tokenIsFoundByUserSecretAndType()
    {
        TokenStore tokens(*m_store);
        tokens.create(QStringLiteral("u1"), Schema::Verification, QStringLiteral("abc"), 60);
        QVERIFY(tokens.find(QStringLiteral("u1"), QStringLiteral("abc")));
        QVERIFY(tokens.find(QStringLiteral("u1"), QStringLiteral("abc"), Schema::Verification));
        QVERIFY(!tokens.find(QStringLiteral("u1"), QStringLiteral("abc"), Schema::Recovery));
        QVERIFY(!tokens.find(QStringLiteral("u2"), QStringLiteral("abc")));
        QVERIFY(!tokens.find(QStringLiteral("u1"), QStringLiteral("abd")));
        QVERIFY(!tokens.find(QStringLiteral("u1"), QString()));
    }
    void expiredTokenIsNotFound()
    {
        TokenStore tokens(*m_store);
        tokens.create(QStringLiteral("u1"), Schema::MagicUrl, QStringLiteral("old"), -1);
        QVERIFY(!tokens.find(QStringLiteral("u1"), QStringLiteral("old")));
    }
    void removedTokenIsGone()
    {
        TokenStore tokens(*m_store);
        const QVariantMap row =
                tokens.create(QStringLiteral("u1"), Schema::EmailOtp, QStringLiteral("123456"), 60);
        tokens.remove(row.value(QStringLiteral("id")).toString());
        QVERIFY(!tokens.find(QStringLiteral("u1"), QStringLiteral("123456")));
    }

    void recoveryCodeWorksOnce()
    {
        MfaStore mfa(*m_store);
        const QStringList codes = mfa.replaceRecoveryCodes(QStringLiteral("u1"));
        QCOMPARE(codes.size(), 6);
        QVERIFY(!mfa.consumeRecoveryCode(QStringLiteral("u2"), codes.at(2)));
        QVERIFY(mfa.consumeRecoveryCode(QStringLiteral("u1"), codes.at(2)));
        QVERIFY(!mfa.consumeRecoveryCode(QStringLiteral("u1"), codes.at(2)));
        QStringList left = codes;
        left.removeAt(2);
        QCOMPARE(mfa.recoveryCodes(QStringLiteral("u1")), left);
        const QStringList fresh = mfa.replaceRecoveryCodes(QStringLiteral("u1"));
        QCOMPARE(mfa.recoveryCodes(QStringLiteral("u1")), fresh);
        QVERIFY(!mfa.consumeRecoveryCode(QStringLiteral("u1"), codes.at(0)));
    }
    void totpEnrolment()
    {
        MfaStore mfa(*m_store);
        const QString first = mfa.startTotp(QStringLiteral("u1"));
        const QString second = mfa.startTotp(QStringLiteral("u1"));
        QVERIFY(first != second);
        QCOMPARE(mfa.totp(QStringLiteral("u1"))->value(QStringLiteral("secret")).toString(),
                 second);
        QVERIFY(!mfa.hasVerifiedTotp(QStringLiteral("u1")));
        const QString code = Totp::codeForSecret(second, QDateTime::currentSecsSinceEpoch());
        QVERIFY(mfa.totpAccepts(QStringLiteral("u1"), code));
        mfa.verifyTotp(QStringLiteral("u1"));
        QVERIFY(mfa.hasVerifiedTotp(QStringLiteral("u1")));
        mfa.removeTotp(QStringLiteral("u1"));
        QVERIFY(!mfa.totp(QStringLiteral("u1")));
        QVERIFY(!mfa.totpAccepts(QStringLiteral("u1"), code));
    }
    void challengeKeepsTheCodeHashed()
    {
        MfaStore mfa(*m_store);
        const QVariantMap challenge = mfa.createChallenge(
                QStringLiteral("u1"), QStringLiteral("email"), QStringLiteral("123456"));
        const QString id = challenge.value(QStringLiteral("id")).toString();
        QCOMPARE(challenge.value(QStringLiteral("code_hash")).toString(),
                 Crypto::sha256Hex(QStringLiteral("123456")));
        QVERIFY(mfa.challenge(QStringLiteral("u1"), id));
        QVERIFY(!mfa.challenge(QStringLiteral("u2"), id));
        mfa.removeChallenge(id);
        QVERIFY(!mfa.challenge(QStringLiteral("u1"), id));
    }

private:
    std::unique_ptr<Database> m_store;
};

QTEST_GUILESS_MAIN(TestAuthStores)
#include "tst_auth_stores.moc"
