// The signed-in pages, offscreen, against a private sandbox: an authenticator enrolled end to end
// (the rendered QR decoded with zbarimg, the code computed here), sessions signed out, preferences
// saved and reloaded, errors shown. With UI_SCREENSHOT_DIR set, a PNG of every page and dialog in
// light and dark.
#include "core/language.h"
#include "core/uiengine.h"
#include "sandboxprocess.h"
#include "uidriver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QApplication>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>
#include <QtEndian>

#include <memory>

namespace {

const char harness[] = R"(
import QtQuick
import QtQuick.Controls
import AppwriteAccount.Ui
import AppwriteAccount.Core
import AppwriteAccount.Core as Core

ApplicationWindow {
    // The page area of the app's default 1100×760 window (sidebar and header around it).
    width: 867
    height: 700
    visible: true
    color: Theme.window
    readonly property bool signedIn: Account.signedIn
    readonly property var user: Account.user
    readonly property var factors: Account.mfaFactors
    readonly property var lastError: Account.lastError
    readonly property bool connected: Account.connected
    readonly property Item page: loader.item
    function show(name) { loader.source = "qrc:/qt/qml/AppwriteAccount/Ui/pages/" + name + "Page.qml" }
    function setDark(dark) { Theme.mode = dark ? "dark" : "light" }
    function connectTo(endpoint, project) { Core.Connections.select(Core.Connections.add("Test", endpoint, project, false)) }
    function signUp(email, password, name) { Account.signUp(email, password, name) }
    Loader { id: loader; anchors.fill: parent }
}
)";

//! RFC 4648 base32, as in otpauth secrets (no padding, upper case).
QByteArray base32Decode(const QString &text)
{
    static const QLatin1String alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const qsizetype value = alphabet.indexOf(c.toUpper());
        if (value < 0)
            continue;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    return out;
}

//! RFC 6238 TOTP: SHA-1, 30-second steps, 6 digits.
QString totp(const QByteArray &key, qint64 unixSeconds)
{
    const quint64 counter = quint64(unixSeconds / 30);
    QByteArray message(8, '\0');
    qToBigEndian(counter, message.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(uchar(mac.at(offset)) & 0x7f) << 24)
            | (quint32(uchar(mac.at(offset + 1))) << 16) | (quint32(uchar(mac.at(offset + 2))) << 8)
            | quint32(uchar(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

} // namespace

class TestPagesUi : public QObject
{
    Q_OBJECT

private:
    QQuickItem *visibleItem(const QString &name)
    {
        const auto items = UiDriver::findAll(m_window, name);
        for (QQuickItem *item : items) {
            if (item->isVisible())
                return item;
        }
        return nullptr;
    }
    QObject *object(const QString &name) { return m_window->findChild<QObject *>(name); }
    void show(const QString &page)
    {
        QMetaObject::invokeMethod(m_window, "show", Q_ARG(QVariant, page));
    }
    bool click(const QString &name)
    {
        QQuickItem *button = visibleItem(name);
        if (!button || !button->isEnabled())
            return false;
        return QMetaObject::invokeMethod(button, "clicked");
    }
    QVariantMap windowMap(const char *property) const
    {
        return m_window->property(property).toMap();
    }
    //! Types into the field (keyboard focus first), as a person would.
    void type(QQuickItem *field, const QString &text)
    {
        QQuickItem *input = field;
        const auto inner = UiDriver::findAll(field, QStringLiteral("codeTextInput"));
        if (!inner.isEmpty())
            input = inner.first();
        input->forceActiveFocus();
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
    }
    void setText(const QString &name, const QString &text)
    {
        QQuickItem *field = visibleItem(name);
        QVERIFY2(field, qPrintable(name));
        // FormField exposes its input as `field`; plain fields take the text directly.
        auto *input = field->property("field").value<QQuickItem *>();
        (input ? input : field)->setProperty("text", text);
    }
    //! Writes <name>-light.png and <name>-dark.png with the window grown to the page's full
    //! height, then <name>-800x600-*.png: the page area the smallest app window leaves (what a
    //! person sees there, scroll bars included).
    void screenshot(const QString &name)
    {
        if (m_shotDir.isEmpty())
            return;
        const QSize size = m_window->size();
        auto *page = m_window->property("page").value<QQuickItem *>();
        const qreal contentHeight = page ? page->property("contentHeight").toReal() : 0;
        const QSize full(size.width(), int(qBound<qreal>(size.height(), contentHeight, 4000)));
        // The shell's sidebar (232 px and a 1 px rule) and header (60 px) around the page.
        const QSize smallest(800 - 233, 600 - 60);
        for (const QSize &shot : {full, smallest}) {
            QVERIFY(UiDriver::resizeAndSettle(m_window, shot));
            const QString suffix = shot == smallest ? QStringLiteral("-800x600") : QString();
            for (const bool dark : {false, true}) {
                QMetaObject::invokeMethod(m_window, "setDark", Q_ARG(QVariant, dark));
                UiDriver::waitForStillFrame(m_window);
                const QImage image = m_window->grabWindow();
                const QString file = QDir(m_shotDir).filePath(
                        name + suffix
                        + (dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png")));
                QVERIFY2(image.save(file), qPrintable(file));
            }
        }
        QMetaObject::invokeMethod(m_window, "setDark", Q_ARG(QVariant, false));
        QVERIFY(UiDriver::resizeAndSettle(m_window, size));
    }
    //! Signs the test user in from a second client, so there is another session to sign out.
    bool signInElsewhere()
    {
        QNetworkAccessManager manager;
        QString base = m_sandbox.endpoint().toString();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        QNetworkRequest request(QUrl(base + QStringLiteral("/account/sessions/email")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("X-Appwrite-Project", m_sandbox.project().toUtf8());
        request.setRawHeader("User-Agent",
                             "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/126.0");
        const QJsonObject body{{QStringLiteral("email"), m_email},
                               {QStringLiteral("password"), m_password}};
        std::unique_ptr<QNetworkReply> reply(
                manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000))
            return false;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201;
    }

    //! The recovery codes the open dialog shows, in order.
    QStringList recoveryCodesShown()
    {
        QStringList codes;
        const auto items = UiDriver::findAll(m_window, QStringLiteral("recoveryCode"));
        for (QQuickItem *item : items) {
            if (item->isVisible())
                codes.append(item->property("text").toString());
        }
        return codes;
    }

    //! "Save as text…" asks where, in the desktop's file dialog, and writes \a codes there.
    void saveRecoveryCodesAsText(const QStringList &codes)
    {
        QVERIFY(click(QStringLiteral("recoveryCodesSaveText")));
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = saveDialog()));
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("codes.txt"));
        dialog->selectFile(path);
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QTRY_VERIFY(!saveDialog()); // closed and deleted
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString &code : codes)
            QVERIFY2(text.contains(code), qPrintable(text));
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QTRY_VERIFY(visibleItem(QStringLiteral("recoveryCodesStatus")));
    }

    static QFileDialog *saveDialog()
    {
        const auto widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            if (widget->objectName() == QLatin1String("recoveryCodesSaveDialog"))
                return qobject_cast<QFileDialog *>(widget);
        }
        return nullptr;
    }

    //! The open PageDialog stays inside a window shorter than its content, and scrolls.
    void dialogFitsAndScrolls()
    {
        const QSize size = m_window->size();
        for (const QSize &shot : {QSize(800, 600), QSize(800, 420)}) {
            QVERIFY(UiDriver::resizeAndSettle(m_window, shot));
            QQuickItem *scroller = visibleItem(QStringLiteral("dialogScroller"));
            QVERIFY(scroller);
            const QRectF box =
                    scroller->mapRectToScene(QRectF(0, 0, scroller->width(), scroller->height()));
            QVERIFY2(box.top() >= 0 && box.bottom() <= shot.height(),
                     qPrintable(QStringLiteral("dialog content from %1 to %2 in a window %3 high")
                                        .arg(box.top())
                                        .arg(box.bottom())
                                        .arg(shot.height())));
            if (shot.height() < 600) {
                QVERIFY(scroller->property("contentHeight").toReal() > scroller->height());
                QVERIFY(scroller->property("interactive").toBool());
            }
        }
        QVERIFY(UiDriver::resizeAndSettle(m_window, size));
    }

    SandboxProcess m_sandbox;
    QByteArray m_totpKey;
    QStringList m_recoveryCodes;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QString m_shotDir;
    QString m_email =
            QStringLiteral("pages.%1@example.com").arg(QDateTime::currentMSecsSinceEpoch());
    QString m_password = QStringLiteral("correct horse battery");

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("appwrite-account-tests"));
        m_shotDir = qEnvironmentVariable("UI_SCREENSHOT_DIR");
        if (!m_shotDir.isEmpty())
            QVERIFY(QDir().mkpath(m_shotDir));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));

        // The app's controls style: every page is themed on top of Basic.
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        m_engine = std::make_unique<QQmlApplicationEngine>();
        UiEngine::configure(*m_engine);
        Language::instance()->apply(); // as the app does: "13 events", not "13 event(s)"
        m_engine->loadData(harness, QUrl(QStringLiteral("qrc:/tst_pages_ui/Harness.qml")));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));

        QVERIFY(QMetaObject::invokeMethod(m_window, "connectTo",
                                          Q_ARG(QVariant, m_sandbox.endpoint().toString()),
                                          Q_ARG(QVariant, m_sandbox.project())));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->property("connected").toBool(), 10000);
        QMetaObject::invokeMethod(m_window, "signUp", Q_ARG(QVariant, m_email),
                                  Q_ARG(QVariant, m_password),
                                  Q_ARG(QVariant, QStringLiteral("Pat Pages")));
        QTRY_VERIFY2_WITH_TIMEOUT(
                m_window->property("signedIn").toBool(),
                QJsonDocument::fromVariant(m_window->property("lastError")).toJson().constData(),
                15000);
    }

    void profileUpdatesNameAndShowsErrors()
    {
        show(QStringLiteral("Profile"));
        QTRY_VERIFY(visibleItem(QStringLiteral("profileNameField")));
        QVERIFY(visibleItem(QStringLiteral("emailVerificationBadge")));
        QVERIFY(!visibleItem(QStringLiteral("guestUpgradeCard")));
        // Nothing changed yet: Update is off, and the password asked for an email change is hidden.
        QVERIFY(!visibleItem(QStringLiteral("profileNameUpdate"))->isEnabled());
        QVERIFY(!visibleItem(QStringLiteral("profileEmailPassword")));
        screenshot(QStringLiteral("profile"));

        setText(QStringLiteral("profileNameField"), QStringLiteral("Pat Renamed"));
        QVERIFY(click(QStringLiteral("profileNameUpdate")));
        QTRY_COMPARE_WITH_TIMEOUT(windowMap("user").value(QStringLiteral("name")).toString(),
                                  QStringLiteral("Pat Renamed"), 10000);

        // A wrong password when changing the email is explained in words, in the card.
        setText(QStringLiteral("profileEmailField"), QStringLiteral("pat.new@example.com"));
        QTRY_VERIFY(visibleItem(QStringLiteral("profileEmailPassword")));
        setText(QStringLiteral("profileEmailPassword"), QStringLiteral("not my password"));
        QVERIFY(click(QStringLiteral("profileEmailUpdate")));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("errorText")), 10000);
        QVERIFY(!visibleItem(QStringLiteral("errorText"))->property("text").toString().isEmpty());
        QCOMPARE(windowMap("user").value(QStringLiteral("email")).toString(), m_email);
        screenshot(QStringLiteral("profile-error"));
    }

    // The phone's verification is made once a number is saved; a code sent keeps the page.
    void profileAddsPhoneAndVerifies()
    {
        show(QStringLiteral("Profile"));
        QTRY_VERIFY(visibleItem(QStringLiteral("profilePhoneField")));
        QVERIFY(!visibleItem(QStringLiteral("phoneVerificationSend")));
        setText(QStringLiteral("profilePhoneField"), QStringLiteral("+14155550123"));
        QTRY_VERIFY(visibleItem(QStringLiteral("profilePhonePassword")));
        setText(QStringLiteral("profilePhonePassword"), m_password);
        QVERIFY(click(QStringLiteral("profilePhoneUpdate")));
        QTRY_COMPARE_WITH_TIMEOUT(windowMap("user").value(QStringLiteral("phone")).toString(),
                                  QStringLiteral("+14155550123"), 10000);

        QTRY_VERIFY(visibleItem(QStringLiteral("phoneVerificationSend")));
        QVERIFY(!visibleItem(QStringLiteral("phoneVerificationCode")));
        QVERIFY(click(QStringLiteral("phoneVerificationSend")));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("phoneVerificationCode")), 10000);
        screenshot(QStringLiteral("profile-phone-code"));

        // The code is awaited: the page asks the shell to keep it when the person looks away.
        auto *page = m_window->property("page").value<QQuickItem *>();
        QVERIFY(page);
        QVERIFY(page->property("keepLoaded").toBool());
    }

    void sessionsSignOutOthers()
    {
        QVERIFY(signInElsewhere());
        show(QStringLiteral("Sessions"));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("signOutSession")), 10000);
        QVERIFY(visibleItem(QStringLiteral("thisDeviceBadge")));
        screenshot(QStringLiteral("sessions"));

        QVERIFY(click(QStringLiteral("signOutOthers")));
        QTRY_VERIFY(visibleItem(QStringLiteral("confirmButton")));
        screenshot(QStringLiteral("sessions-confirm"));
        QVERIFY(click(QStringLiteral("confirmButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!visibleItem(QStringLiteral("signOutSession")), 10000);
        QVERIFY(visibleItem(QStringLiteral("thisDeviceBadge")));
        QVERIFY(m_window->property("signedIn").toBool());
    }

    void preferencesSaveAndReload()
    {
        show(QStringLiteral("Preferences"));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("newPrefKey")), 10000);
        screenshot(QStringLiteral("preferences-empty"));
        setText(QStringLiteral("newPrefKey"), QStringLiteral("theme"));
        setText(QStringLiteral("newPrefValue"),
                QStringLiteral("{\"mode\": \"dark\", \"scale\": 2}"));
        QVERIFY(click(QStringLiteral("newPrefAdd")));
        QTRY_VERIFY(visibleItem(QStringLiteral("prefKey")));
        QVERIFY(click(QStringLiteral("preferencesSave")));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("preferencesSaved")), 10000);
        screenshot(QStringLiteral("preferences"));

        // A fresh page loads from the server: the saved key and value are there.
        show(QStringLiteral("Profile"));
        show(QStringLiteral("Preferences"));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("prefKey")), 10000);
        QCOMPARE(visibleItem(QStringLiteral("prefKey"))->property("text").toString(),
                 QStringLiteral("theme"));
        const QString value = visibleItem(QStringLiteral("prefValue"))->property("text").toString();
        const QJsonObject saved = QJsonDocument::fromJson(value.toUtf8()).object();
        QCOMPARE(saved.value(QStringLiteral("mode")).toString(), QStringLiteral("dark"));
        QCOMPARE(saved.value(QStringLiteral("scale")).toInt(), 2);
    }

    void securityEnrolsAuthenticator()
    {
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbarimg.isEmpty())
            QSKIP("zbarimg (Debian package zbar-tools) is not installed: the QR code cannot be "
                  "read back");

        show(QStringLiteral("Security"));
        QTRY_VERIFY(visibleItem(QStringLiteral("addAuthenticatorButton")));
        QVERIFY(!visibleItem(QStringLiteral("mfaSwitch"))
                         ->isEnabled()); // nothing to use as a second step yet
        screenshot(QStringLiteral("security"));

        QVERIFY(click(QStringLiteral("addAuthenticatorButton")));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("authenticatorQr")), 10000);
        QTRY_VERIFY(visibleItem(QStringLiteral("authenticatorNext"))->isEnabled());
        QVERIFY(!visibleItem(QStringLiteral("authenticatorIssuer"))
                         ->property("text")
                         .toString()
                         .isEmpty());
        QCOMPARE(visibleItem(QStringLiteral("authenticatorAccount"))->property("text").toString(),
                 m_email);
        screenshot(QStringLiteral("security-authenticator"));
        dialogFitsAndScrolls();

        // Read the QR code as a phone would: from the pixels on screen.
        QTemporaryDir temp;
        const QString png = temp.filePath(QStringLiteral("qr.png"));
        QVERIFY(m_window->grabWindow().save(png));
        QProcess decode;
        decode.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), png});
        QVERIFY(decode.waitForFinished(20000));
        const QString uri = QString::fromUtf8(decode.readAllStandardOutput()).trimmed();
        QVERIFY2(uri.startsWith(QStringLiteral("otpauth://totp/")), qPrintable(uri));
        const QString secret =
                QUrlQuery(QUrl(uri).query()).queryItemValue(QStringLiteral("secret"));
        QVERIFY(secret.size() >= 16);
        m_totpKey = base32Decode(secret);

        QVERIFY(click(QStringLiteral("authenticatorNext")));
        QTRY_VERIFY(visibleItem(QStringLiteral("authenticatorCode")));
        screenshot(QStringLiteral("security-authenticator-code"));
        // Codes are checked against the current 30-second step only: not too close to its end.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() % 30 < 25, 10000);
        type(visibleItem(QStringLiteral("authenticatorCode")),
             totp(base32Decode(secret), QDateTime::currentSecsSinceEpoch()));

        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("authenticatorDoneText")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(windowMap("factors").value(QStringLiteral("totp")).toBool(),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(windowMap("user").value(QStringLiteral("mfa")).toBool(), 10000);
        screenshot(QStringLiteral("security-authenticator-done"));

        // Recovery codes are offered right away: six of them, shown once.
        QVERIFY(click(QStringLiteral("authenticatorNext")));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("recoveryCodesCopyAll")), 10000);
        const QStringList codes = recoveryCodesShown();
        QCOMPARE(codes.size(), 6);
        for (const QString &code : codes)
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{10}$")).match(code).hasMatch());
        m_recoveryCodes = codes;
        screenshot(QStringLiteral("security-recovery-codes"));
        saveRecoveryCodesAsText(codes);
        QVERIFY(click(QStringLiteral("recoveryCodesDone")));
        QTRY_VERIFY(!visibleItem(QStringLiteral("recoveryCodesCopyAll")));
        QTRY_VERIFY(visibleItem(QStringLiteral("removeAuthenticatorButton")));
        QTRY_VERIFY(visibleItem(QStringLiteral("showRecoveryCodesButton")));
        screenshot(QStringLiteral("security-mfa-on"));

        // The authenticator is the only second step while MFA is on: removing it is explained and
        // refused, not offered.
        QVERIFY(click(QStringLiteral("removeAuthenticatorButton")));
        QTRY_VERIFY(visibleItem(QStringLiteral("removeAuthenticatorBlocked")));
        QVERIFY(!visibleItem(QStringLiteral("removeAuthenticatorConfirm")));
        screenshot(QStringLiteral("security-remove-authenticator"));
        QVERIFY(click(QStringLiteral("removeAuthenticatorClose")));
    }

    void stepUpBeforeRegeneratingRecoveryCodes()
    {
        if (m_totpKey.isEmpty())
            QSKIP("Needs the authenticator enrolled by securityEnrolsAuthenticator");
        show(QStringLiteral("Security"));
        QTRY_VERIFY(visibleItem(QStringLiteral("regenerateRecoveryCodesButton")));

        // Replacing the codes is a consequence stated first; this session has passed no
        // challenge in the last 30 minutes, so the server then asks for a fresh second step.
        QVERIFY(click(QStringLiteral("regenerateRecoveryCodesButton")));
        QTRY_VERIFY(visibleItem(QStringLiteral("confirmButton")));
        screenshot(QStringLiteral("security-regenerate-confirm"));
        QVERIFY(click(QStringLiteral("confirmButton")));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("stepUpCode"))
                                         && visibleItem(QStringLiteral("stepUpCode"))->isEnabled(),
                                 10000);
        QVERIFY(recoveryCodesShown().isEmpty());
        screenshot(QStringLiteral("security-stepup"));

        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() % 30 < 25, 10000);
        type(visibleItem(QStringLiteral("stepUpCode")),
             totp(m_totpKey, QDateTime::currentSecsSinceEpoch()));

        // Accepted: the dialog closes and the waiting change goes through on its own.
        QTRY_VERIFY_WITH_TIMEOUT(!visibleItem(QStringLiteral("stepUpCode")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(recoveryCodesShown().size(), 6, 10000);
        const QStringList fresh = recoveryCodesShown();
        for (const QString &code : fresh)
            QVERIFY2(!m_recoveryCodes.contains(code), qPrintable(code));
        screenshot(QStringLiteral("security-recovery-codes-new"));
        QVERIFY(click(QStringLiteral("recoveryCodesDone")));
        QTRY_VERIFY(!visibleItem(QStringLiteral("recoveryCodesCopyAll")));
    }

    void otherPagesRender()
    {
        show(QStringLiteral("Activity"));
        QTRY_VERIFY(visibleItem(QStringLiteral("activityList")));
        // Sign-up, sign-ins and the changes above are in the log, in plain words.
        QTRY_VERIFY_WITH_TIMEOUT(
                visibleItem(QStringLiteral("activityList"))->property("count").toInt() > 0, 10000);
        screenshot(QStringLiteral("activity"));

        show(QStringLiteral("Identities"));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("identitiesEmpty")), 10000);
        screenshot(QStringLiteral("identities"));

        show(QStringLiteral("Advanced"));
        QTRY_VERIFY(visibleItem(QStringLiteral("createJwt")));
        QVERIFY(click(QStringLiteral("createJwt")));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("jwtCountdown")), 10000);
        // A fresh JWT lives 15 minutes: the countdown starts at 15:00 or just under it.
        const QString countdown =
                visibleItem(QStringLiteral("jwtCountdown"))->property("text").toString();
        QVERIFY2(QRegularExpression(QStringLiteral("\\b1[45]:[0-5]\\d\\b"))
                         .match(countdown)
                         .hasMatch(),
                 qPrintable(countdown));
        screenshot(QStringLiteral("advanced"));
        QVERIFY(click(QStringLiteral("blockAccount")));
        QTRY_VERIFY(visibleItem(QStringLiteral("typedConfirmation")));
        QVERIFY(!visibleItem(QStringLiteral("confirmButton"))->isEnabled());
        screenshot(QStringLiteral("advanced-block"));
        // Escape gives up: nothing is blocked.
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!visibleItem(QStringLiteral("typedConfirmation")));
        QVERIFY(m_window->property("signedIn").toBool());

        show(QStringLiteral("Outbox"));
        QTRY_VERIFY(visibleItem(QStringLiteral("outboxRefresh")));
        screenshot(QStringLiteral("outbox"));
    }
};

QTEST_MAIN(TestPagesUi)
#include "tst_pages_ui.moc"
