#include "iconprovider.h"

#include <QColor>
#include <QImageReader>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

IconProvider::IconProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{ }

QImage IconProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const qsizetype slash = id.indexOf(u'/');
    const QStringView name = QStringView(id).left(slash);
    const QColor tint(u'#' + id.mid(slash + 1));
    const bool nameIsPlain = std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
    if (slash <= 0 || !nameIsPlain || !tint.isValid())
        return {};
    QImageReader reader(u":/icons/%1.svg"_s.arg(name), "svg");
    const QSize drawn(requestedSize.width() > 0 ? requestedSize.width() : defaultSize,
                      requestedSize.height() > 0 ? requestedSize.height() : defaultSize);
    reader.setScaledSize(drawn);
    QImage image = reader.read();
    if (image.isNull())
        return {};
    image = std::move(image).convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), tint);
    painter.end();
    if (size)
        *size = image.size();
    return image;
}
