// The security page, offscreen, against a private sandbox: an authenticator enrolled end to end
// (the rendered QR decoded with zbarimg, the code computed here as an authenticator app does),
// recovery codes shown, saved and replaced after a fresh second step. With UI_SCREENSHOT_DIR set,
// a PNG of every step in light and dark.
#include "pagesfixture.h"
#include "totp.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>

class TestSecurityUi : public PagesFixture
{
    Q_OBJECT

private:
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

    QString m_totpSecret;
    QStringList m_recoveryCodes;

private Q_SLOTS:
    void initTestCase() { startPages(QStringLiteral("Pat Security")); }

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
        m_totpSecret = secret;

        QVERIFY(click(QStringLiteral("authenticatorNext")));
        QTRY_VERIFY(visibleItem(QStringLiteral("authenticatorCode")));
        screenshot(QStringLiteral("security-authenticator-code"));
        // Codes are checked against the current 30-second step only: not too close to its end.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() % 30 < 25, 10000);
        type(visibleItem(QStringLiteral("authenticatorCode")),
             totpCode(secret, QDateTime::currentSecsSinceEpoch()));

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
        if (m_totpSecret.isEmpty())
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
             totpCode(m_totpSecret, QDateTime::currentSecsSinceEpoch()));

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
};

QTEST_MAIN(TestSecurityUi)
#include "tst_security_ui.moc"
