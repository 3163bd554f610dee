// The Connect screen and plain http://: an endpoint off this computer without TLS is not
// contacted until the person confirms with "Connect anyway"; then it connects as usual.
#include "core/accountmodel.h"
#include "core/connections.h"
#include "sandboxprocess.h"
#include "uidriver.h"

#include <QNetworkInterface>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectUi : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<UiDriver> m_ui;

    bool waitForScreen(const QString &screen)
    {
        return QTest::qWaitFor([&] { return m_ui->currentScreen() == screen; }, 10000);
    }
    //! An address of this machine that is not loopback, or empty.
    static QString lanAddress()
    {
        const auto addresses = QNetworkInterface::allAddresses();
        for (const QHostAddress &address : addresses) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()
                && !address.isLinkLocal())
                return address.toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiDriver::isolate(u"appwrite-account-connect-tests"_s);
        m_ui = std::make_unique<UiDriver>();
        QVERIFY2(m_ui->load(), qPrintable(m_ui->errorString()));
    }
    void cleanupTestCase()
    {
        m_ui.reset();
        UiDriver::clearSettings();
    }

    void plainHttpNeedsConfirmation()
    {
        const QString lan = lanAddress();
        if (lan.isEmpty())
            QSKIP("This machine has no non-loopback IPv4 address to serve plain http on");
        if (!qEnvironmentVariableIsEmpty("APPWRITE_ENDPOINT"))
            QSKIP("Needs its own sandbox on a network address (APPWRITE_ENDPOINT is set)");
        QVERIFY2(m_sandbox.start({u"--host"_s, u"0.0.0.0"_s}), qPrintable(m_sandbox.errorString()));
        const QString endpoint = u"http://%1:%2/v1"_s.arg(lan).arg(m_sandbox.endpoint().port());

        QVERIFY(waitForScreen(u"Connect"_s));
        QVERIFY(!m_ui->find(u"connectAnywayButton"_s));
        QVERIFY(m_ui->setText(u"endpointField"_s, endpoint));
        QVERIFY(m_ui->setText(u"projectField"_s, m_sandbox.project()));
        QVERIFY(m_ui->click(u"connectButton"_s));
        // Refused before any request: a warning under the address and the way to confirm.
        QTRY_VERIFY(m_ui->find(u"connectAnywayButton"_s));
        QVERIFY(!m_ui->find(u"endpointField"_s)->property("errorText").toString().isEmpty());
        QCOMPARE(m_ui->currentScreen(), u"Connect"_s);
        QCOMPARE(Connections::instance()->count(), 0);
        m_ui->screenshot(u"connect-plain-http"_s);

        // Another address clears the confirmation state.
        QVERIFY(m_ui->setText(u"endpointField"_s, endpoint + u"/"_s));
        QTRY_VERIFY(!m_ui->find(u"connectAnywayButton"_s));
        QVERIFY(m_ui->click(u"connectButton"_s));
        QTRY_VERIFY(m_ui->find(u"connectAnywayButton"_s));

        QVERIFY(m_ui->click(u"connectAnywayButton"_s));
        QVERIFY(waitForScreen(u"SignIn"_s));
        QTRY_VERIFY(AccountModel::instance()->connected());
        QCOMPARE(QUrl(AccountModel::instance()->endpoint()).host(), lan);
        QCOMPARE(Connections::instance()->count(), 1);
    }
};

QTEST_MAIN(TestConnectUi)
#include "tst_connect_ui.moc"
