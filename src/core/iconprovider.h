#pragma once

#include <QQuickImageProvider>

//! The app's monochrome icons, tinted: "image://icon/<name>/<colour>", where the colour is hex
//! without its '#' (rrggbb or aarrggbb) and the SVG is resources/icons/<name>.svg.
//!
//! Tinted here rather than by IconImage, the image cache keeps each icon in each colour and size
//! once, however many buttons show it; and the images are read without the generic file path
//! that loads every image format plugin to list the formats.
class IconProvider : public QQuickImageProvider
{
public:
    IconProvider();

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    //! The drawing size when QML asks for none (an Image without sourceSize).
    static constexpr int defaultSize = 16;
};
