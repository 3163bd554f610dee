#pragma once

#include <QQuickImageProvider>
#include <QStringList>

//! The app's monochrome icons, tinted: "image://icon/<name>/<colour>", where the colour is hex
//! without its '#' (rrggbb or aarrggbb) and the SVG is resources/icons/<name>.svg.
//!
//! Tinted here rather than by IconImage, the image cache keeps each icon in each colour and size
//! once, however many buttons show it; and the images are read without the generic file path
//! that loads every image format plugin to list the formats. Each SVG is drawn once per size (a
//! small cache shared by every provider): another colour, a hover's say, is only a tint.
class IconProvider : public QQuickImageProvider
{
public:
    IconProvider();

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    //! Draws \a names at \a size ahead, so that a screen asking for them later only tints them.
    static void prepare(const QStringList &names, int size);

    //! The drawing size when QML asks for none (an Image without sourceSize).
    static constexpr int defaultSize = 16;
};
