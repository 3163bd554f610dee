// IconProvider: the app's SVG icons drawn at the size asked for and in the colour the id names;
// anything but a plain icon name and a hex colour is refused.
#include "core/iconprovider.h"

#include <QGuiApplication>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

//! The colours of the pixels drawn at least half opaque, without their alpha.
QSet<QRgb> drawnColours(const QImage &image)
{
    QSet<QRgb> colours;
    const QImage plain = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < plain.height(); ++y) {
        for (int x = 0; x < plain.width(); ++x) {
            if (qAlpha(plain.pixel(x, y)) >= 0x80)
                colours.insert(plain.pixel(x, y) | 0xff000000);
        }
    }
    return colours;
}

} // namespace

class TestIconProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsInTheColourAsked()
    {
        IconProvider provider;
        QSize size;
        const QImage image = provider.requestImage(u"user/c0144e"_s, &size, QSize(24, 24));
        QCOMPARE(image.size(), QSize(24, 24));
        QCOMPARE(size, QSize(24, 24));
        const QSet<QRgb> colours = drawnColours(image);
        QVERIFY(!colours.isEmpty());
        // Antialiased edges keep the hue: unpremultiplied, each drawn pixel is the tint (give or
        // take the rounding of premultiplied alpha).
        for (QRgb colour : colours)
            QVERIFY2(qAbs(qRed(colour) - 0xc0) <= 2 && qAbs(qGreen(colour) - 0x14) <= 2
                             && qAbs(qBlue(colour) - 0x4e) <= 2,
                     qPrintable(QColor(colour).name()));
    }

    void translucentTintAndDefaultSize()
    {
        IconProvider provider;
        const QImage image = provider.requestImage(u"eye/80ffffff"_s, nullptr, QSize());
        QCOMPARE(image.size(), QSize(IconProvider::defaultSize, IconProvider::defaultSize));
        int maxAlpha = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                maxAlpha = qMax(maxAlpha, qAlpha(image.pixel(x, y)));
        }
        QVERIFY(maxAlpha > 0x70);
        QVERIFY(maxAlpha <= 0x80);
    }

    void sameIdDrawsTheSame()
    {
        IconProvider provider;
        QCOMPARE(provider.requestImage(u"mail/000000"_s, nullptr, QSize(16, 16)),
                 provider.requestImage(u"mail/000000"_s, nullptr, QSize(16, 16)));
        QVERIFY(provider.requestImage(u"mail/000000"_s, nullptr, QSize(16, 16))
                != provider.requestImage(u"link/000000"_s, nullptr, QSize(16, 16)));
    }

    void preparedIconsAreTintedAfresh()
    {
        // Drawn ahead, untinted: each request tints its own copy.
        IconProvider::prepare({u"guest"_s, u"../user"_s, u"no-such-icon"_s}, 20);
        IconProvider provider;
        const auto maxAlpha = [](const QImage &image) {
            int alpha = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    alpha = qMax(alpha, qAlpha(image.pixel(x, y)));
            }
            return alpha;
        };
        QVERIFY(maxAlpha(provider.requestImage(u"guest/80ffffff"_s, nullptr, QSize(20, 20)))
                <= 0x80);
        const QImage opaque = provider.requestImage(u"guest/ff0000"_s, nullptr, QSize(20, 20));
        QVERIFY(maxAlpha(opaque) > 0xf0); // not the half-transparent tint's drawing
        const QSet<QRgb> colours = drawnColours(opaque);
        QVERIFY(!colours.isEmpty());
        for (QRgb colour : colours)
            QVERIFY2(qRed(colour) >= 0xfd && qGreen(colour) <= 2 && qBlue(colour) <= 2,
                     qPrintable(QColor(colour).name()));
    }

    void refusesOtherIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("unknown icon") << u"no-such-icon/000000"_s;
        QTest::newRow("no colour") << u"user"_s;
        QTest::newRow("empty colour") << u"user/"_s;
        QTest::newRow("not a colour") << u"user/zz0000"_s;
        QTest::newRow("colour with #") << u"user/#000000"_s;
        QTest::newRow("colour name") << u"user/red"_s;
        QTest::newRow("no name") << u"/000000"_s;
        QTest::newRow("path") << u"../icons/user/000000"_s;
        QTest::newRow("upper case") << u"User/000000"_s;
    }
    void refusesOtherIds()
    {
        QFETCH(QString, id);
        IconProvider provider;
        QVERIFY(provider.requestImage(id, nullptr, QSize(16, 16)).isNull());
    }
};

QTEST_MAIN(TestIconProvider)
#include "tst_core_iconprovider.moc"
