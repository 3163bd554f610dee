// The QR code item: what it encodes can be read back, and it is drawn without blur.
#include "core/qrcode.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qrcodegen/qrcodegen.hpp>

namespace {
const QString otpauth =
        QStringLiteral("otpauth://totp/Sandbox:alice%40example.com?issuer=Sandbox&secret="
                       "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
}

class TestQrCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matrixMatchesQrcodegen()
    {
        const QrMatrix matrix = QrMatrix::encode(otpauth);
        const auto reference = qrcodegen::QrCode::encodeText(otpauth.toUtf8().constData(),
                                                             qrcodegen::QrCode::Ecc::MEDIUM);
        QCOMPARE(matrix.size(), reference.getSize());
        for (int y = 0; y < matrix.size(); ++y) {
            for (int x = 0; x < matrix.size(); ++x)
                QCOMPARE(matrix.isDark(x, y), reference.getModule(x, y));
        }
    }

    void emptyTextDrawsNothing()
    {
        QrCode code;
        QCOMPARE(code.modules(), 0);
        QTemporaryDir dir;
        QVERIFY(!code.saveImage(dir.filePath(QStringLiteral("x.png")), 100));
    }

    void imageIsCrispWithQuietZone_data()
    {
        QTest::addColumn<int>("sizePx");
        QTest::newRow("small") << 120;
        QTest::newRow("odd") << 333;
        QTest::newRow("large") << 1024;
    }
    void imageIsCrispWithQuietZone()
    {
        QFETCH(int, sizePx);
        QrCode code;
        code.setText(otpauth);
        const QrMatrix matrix = QrMatrix::encode(otpauth);
        QCOMPARE(code.modules(), matrix.size() + 8);
        const QImage image = code.toImage(sizePx);
        QCOMPARE(image.size(), QSize(sizePx, sizePx));

        const int modulePx = sizePx / code.modules();
        QVERIFY(modulePx >= 1);
        const int origin = (sizePx - modulePx * code.modules()) / 2 + 4 * modulePx;
        // Every pixel is pure foreground or background (no anti-aliased edges), and each one
        // agrees with the module it belongs to.
        for (int y = 0; y < sizePx; ++y) {
            for (int x = 0; x < sizePx; ++x) {
                const QRgb pixel = image.pixel(x, y);
                QVERIFY(pixel == qRgb(0, 0, 0) || pixel == qRgb(255, 255, 255));
                const int mx = x >= origin ? (x - origin) / modulePx : -1;
                const int my = y >= origin ? (y - origin) / modulePx : -1;
                const bool inCode = mx >= 0 && my >= 0 && mx < matrix.size() && my < matrix.size();
                const bool dark = inCode && matrix.isDark(mx, my);
                if (dark != (pixel == qRgb(0, 0, 0)))
                    QFAIL(qPrintable(QStringLiteral("pixel %1,%2 is wrong").arg(x).arg(y)));
            }
        }
    }

    void coloursAndQuietZoneFollowProperties()
    {
        QrCode code;
        code.setText(QStringLiteral("hello"));
        code.setQuietZone(0);
        code.setForeground(Qt::darkBlue);
        code.setBackground(Qt::yellow);
        const QImage image = code.toImage(code.modules() * 10);
        // Without a quiet zone the finder pattern's dark corner touches the image corner.
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::darkBlue));
        QCOMPARE(image.pixelColor(75, 15), QColor(Qt::yellow)); // the finder's light ring
    }

    void decodesBackWithZbar()
    {
        const QString zbar = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbar.isEmpty())
            QSKIP("zbarimg is not installed; matrixMatchesQrcodegen covers the encoding");
        QrCode code;
        code.setText(otpauth);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("code.png"));
        QVERIFY(code.saveImage(path, 400));
        QProcess process;
        process.start(zbar, {QStringLiteral("--quiet"), QStringLiteral("--raw"), path});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), otpauth);
    }
};

QTEST_MAIN(TestQrCode)
#include "tst_core_qrcode.moc"
