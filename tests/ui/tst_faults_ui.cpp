// The signed-in UI against a failing server, offscreen: a save that fails (server down, 500,
// dropped connection) explains itself, keeps the person's unsaved edit, and works when tried
// again after the server recovered; the window keeps handling input while a slow request runs.
#include "core/uiengine.h"
#include "pagesharness.h"
#include "sandboxprocess.h"
#include "uidriver.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

} // namespace

class TestFaultsUi : public QObject
{
    Q_OBJECT

    QQuickItem *visibleItem(const QString &name) { return UiDriver::findVisible(m_window, name); }
    bool click(const QString &name)
    {
        QQuickItem *button = visibleItem(name);
        if (!button || !button->isEnabled())
            return false;
        return QMetaObject::invokeMethod(button, "clicked");
    }
    //! The inner text input of a FormField.
    QQuickItem *input(const QString &name)
    {
        QQuickItem *field = visibleItem(name);
        if (!field)
            return nullptr;
        auto *inner = field->property("field").value<QQuickItem *>();
        return inner ? inner : field;
    }
    //! Replaces the field's text with key presses, as a person edits it.
    bool typeInto(const QString &name, const QString &text)
    {
        QQuickItem *field = input(name);
        if (!field)
            return false;
        field->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(m_window, Qt::Key_Backspace);
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
        return field->property("text").toString() == text;
    }
    QString fieldText(const QString &name)
    {
        QQuickItem *field = input(name);
        return field ? field->property("text").toString() : QStringLiteral("<no field>");
    }
    QString savedName() const
    {
        return m_window->property("user").toMap().value(QStringLiteral("name")).toString();
    }
    QString errorShown()
    {
        QQuickItem *text = visibleItem(QStringLiteral("errorText"));
        return text ? text->property("text").toString() : QString();
    }
    //! PATCH /v1/sandbox/faults; keys not given mean "no fault".
    bool setFaults(const QJsonObject &faults)
    {
        QJsonObject all{{QStringLiteral("latency"), 0},
                        {QStringLiteral("failRate"), 0},
                        {QStringLiteral("dropRate"), 0}};
        for (auto it = faults.begin(); it != faults.end(); ++it)
            all.insert(it.key(), it.value());
        return control("PATCH", QJsonDocument(all).toJson()).value(u"failRate").isDouble();
    }
    QJsonObject control(const QByteArray &verb, const QByteArray &body = {})
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(
                QUrl(m_sandbox.endpoint().toString() + QStringLiteral("/sandbox/faults")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(manager.sendCustomRequest(request, verb, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    QTemporaryDir m_data;
    quint16 m_port = 0;
    SandboxProcess m_sandbox;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsEmpty("APPWRITE_ENDPOINT"))
            QSKIP("Fault injection needs the sandbox (APPWRITE_ENDPOINT is set)");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("appwrite-account-faults-tests"));
        QVERIFY(m_data.isValid());
        m_port = freePort();
        QVERIFY(m_port != 0);
        // On disk and on a fixed port: the server can go down and come back as it was.
        QVERIFY2(m_sandbox.startWithData(m_data.path(),
                                         {QStringLiteral("--port"), QString::number(m_port)}),
                 qPrintable(m_sandbox.errorString()));

        m_engine = std::make_unique<QQmlApplicationEngine>();
        const QString email =
                QStringLiteral("faults.%1@example.com").arg(QDateTime::currentMSecsSinceEpoch());
        QString error;
        m_window = pages::openSignedUp(*m_engine, m_sandbox, email,
                                       QStringLiteral("correct horse battery"),
                                       QStringLiteral("Pat Faults"), &error);
        QVERIFY2(m_window, qPrintable(error));
        QMetaObject::invokeMethod(m_window, "show", Q_ARG(QVariant, QStringLiteral("Profile")));
        QTRY_VERIFY(visibleItem(QStringLiteral("profileNameField")));
    }

    void editSurvivesAServerError()
    {
        QVERIFY(typeInto(QStringLiteral("profileNameField"), QStringLiteral("Pat Five Hundred")));
        QVERIFY(setFaults({{QStringLiteral("failRate"), 1}}));
        QVERIFY(click(QStringLiteral("profileNameUpdate")));
        QTRY_VERIFY_WITH_TIMEOUT(!errorShown().isEmpty(), 10000);
        QCOMPARE(fieldText(QStringLiteral("profileNameField")), QStringLiteral("Pat Five Hundred"));
        QCOMPARE(savedName(), QStringLiteral("Pat Faults"));
        QVERIFY(m_window->property("signedIn").toBool());

        QVERIFY(setFaults({}));
        QVERIFY(click(QStringLiteral("profileNameUpdate")));
        QTRY_COMPARE_WITH_TIMEOUT(savedName(), QStringLiteral("Pat Five Hundred"), 10000);
        QTRY_VERIFY(errorShown().isEmpty());
    }

    void editSurvivesTheServerGoingDown()
    {
        QVERIFY(typeInto(QStringLiteral("profileNameField"), QStringLiteral("Pat Offline")));
        m_sandbox.stop();
        QVERIFY(click(QStringLiteral("profileNameUpdate")));
        QTRY_VERIFY_WITH_TIMEOUT(!errorShown().isEmpty(), 10000);
        QVERIFY2(errorShown().contains(QLatin1String("reach")), qPrintable(errorShown()));
        QCOMPARE(fieldText(QStringLiteral("profileNameField")), QStringLiteral("Pat Offline"));
        // Being offline is not being signed out.
        QVERIFY(m_window->property("signedIn").toBool());

        QVERIFY2(m_sandbox.startWithData(m_data.path(),
                                         {QStringLiteral("--port"), QString::number(m_port)}),
                 qPrintable(m_sandbox.errorString()));
        // Something else refreshes the account meanwhile: the edit must still survive.
        QVariant refresh;
        QVERIFY(QMetaObject::invokeMethod(m_window, "refresh", Q_RETURN_ARG(QVariant, refresh)));
        QPointer<QObject> op = refresh.value<QObject *>();
        QVERIFY(op);
        QTRY_VERIFY_WITH_TIMEOUT(op && op->property("done").toBool(), 10000);
        QVERIFY(op->property("ok").toBool());
        QCOMPARE(fieldText(QStringLiteral("profileNameField")), QStringLiteral("Pat Offline"));
        QVERIFY(click(QStringLiteral("profileNameUpdate")));
        QTRY_COMPARE_WITH_TIMEOUT(savedName(), QStringLiteral("Pat Offline"), 10000);
    }

    void editSurvivesADroppedConnection()
    {
        QVERIFY(typeInto(QStringLiteral("profileNameField"), QStringLiteral("Pat Dropped")));
        QVERIFY(setFaults({{QStringLiteral("dropRate"), 1}}));
        QVERIFY(click(QStringLiteral("profileNameUpdate")));
        QTRY_VERIFY_WITH_TIMEOUT(!errorShown().isEmpty(), 10000);
        QCOMPARE(fieldText(QStringLiteral("profileNameField")), QStringLiteral("Pat Dropped"));

        QVERIFY(setFaults({}));
        QVERIFY(click(QStringLiteral("profileNameUpdate")));
        QTRY_COMPARE_WITH_TIMEOUT(savedName(), QStringLiteral("Pat Dropped"), 10000);
    }

    void rateLimitShowsACountdownAndKeepsTheForm()
    {
        // Set as a paste would. The current-password field shows only once the account's
        // password has a date; without it the server refuses the change all the same.
        QQuickItem *oldField = input(QStringLiteral("profileOldPassword"));
        if (oldField)
            oldField->setProperty("text", QStringLiteral("not my password"));
        QVERIFY(input(QStringLiteral("profileNewPassword")));
        input(QStringLiteral("profileNewPassword"))
                ->setProperty("text", QStringLiteral("a new password 1"));
        // Ten wrong passwords are refused one by one; the server then throttles the route.
        for (int attempt = 0; attempt < 12 && !visibleItem(QStringLiteral("rateLimitText"));
             ++attempt) {
            QVERIFY(click(QStringLiteral("profilePasswordUpdate")));
            QTRY_VERIFY_WITH_TIMEOUT(
                    visibleItem(QStringLiteral("profilePasswordUpdate"))->isEnabled(), 15000);
        }
        QQuickItem *countdown = visibleItem(QStringLiteral("rateLimitText"));
        QVERIFY(countdown);
        QVERIFY(!countdown->property("text").toString().isEmpty());
        if (oldField)
            QCOMPARE(oldField->property("text").toString(), QStringLiteral("not my password"));
        QCOMPARE(fieldText(QStringLiteral("profileNewPassword")),
                 QStringLiteral("a new password 1"));
        QVERIFY(m_window->property("signedIn").toBool());
    }

    void windowKeepsRespondingDuringASlowRequest()
    {
        QVERIFY(typeInto(QStringLiteral("profileNameField"), QStringLiteral("Pat Slow")));
        QVERIFY(setFaults({{QStringLiteral("latency"), 3000}}));
        QVERIFY(click(QStringLiteral("profileNameUpdate")));
        QTRY_COMPARE(control("GET").value(u"waiting").toInt(), 1);
        QVERIFY(visibleItem(QStringLiteral("profileNameUpdate"))->property("busy").toBool());
        // While the server holds the answer, the window takes key presses and repaints.
        QQuickItem *field = input(QStringLiteral("profileNameField"));
        QVERIFY(field);
        field->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_End);
        QTest::keyClick(m_window, '!');
        QTRY_COMPARE(field->property("text").toString(), QStringLiteral("Pat Slow!"));
        QSignalSpy frames(m_window, &QQuickWindow::frameSwapped);
        m_window->update();
        QVERIFY(frames.wait(5000));

        QTRY_COMPARE_WITH_TIMEOUT(savedName(), QStringLiteral("Pat Slow"), 15000);
        QVERIFY(setFaults({}));
    }
};

QTEST_MAIN(TestFaultsUi)
#include "tst_faults_ui.moc"
