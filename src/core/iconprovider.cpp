#include "iconprovider.h"

#include <QCache>
#include <QColor>
#include <QImageReader>
#include <QMutex>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isPlainName(QStringView name)
{
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

//! resources/icons/<name>.svg drawn at \a size, untinted; null if there is no such icon. Image
//! providers may be called from Qt's image loading thread too, hence the lock.
QImage drawn(QStringView name, const QSize &size)
{
    static QMutex mutex;
    static QCache<QString, QImage> cache(256); // icons, each at one size: 256 × 1 KiB at 16 px
    const QString key = u"%1@%2x%3"_s.arg(name).arg(size.width()).arg(size.height());
    {
        const QMutexLocker lock(&mutex);
        if (const QImage *image = cache.object(key))
            return *image;
    }
    QImageReader reader(u":/icons/%1.svg"_s.arg(name), "svg");
    reader.setScaledSize(size);
    QImage image = reader.read().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (!image.isNull()) {
        const QMutexLocker lock(&mutex);
        cache.insert(key, new QImage(image));
    }
    return image;
}

} // namespace

IconProvider::IconProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{ }

QImage IconProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const qsizetype slash = id.indexOf(u'/');
    const QStringView name = QStringView(id).left(slash);
    const QColor tint(u'#' + id.mid(slash + 1));
    if (slash <= 0 || !isPlainName(name) || !tint.isValid())
        return {};
    QImage image = drawn(name,
                         QSize(requestedSize.width() > 0 ? requestedSize.width() : defaultSize,
                               requestedSize.height() > 0 ? requestedSize.height() : defaultSize));
    if (image.isNull())
        return {};
    QPainter painter(&image);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), tint);
    painter.end();
    if (size)
        *size = image.size();
    return image;
}

void IconProvider::prepare(const QStringList &names, int size)
{
    for (const QString &name : names) {
        if (isPlainName(name))
            drawn(name, QSize(size, size));
    }
}
