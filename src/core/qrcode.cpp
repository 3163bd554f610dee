#include "core/qrcode.h"

#include <QAccessible>
#include <QImage>
#include <QPainter>
#include <QQmlProperty>
#include <QQuickWindow>

QrCode::QrCode(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
    setOpaquePainting(false);
}

void QrCode::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_matrix = QrMatrix::encode(text);
    Q_EMIT textChanged();
    update();
}

void QrCode::setQuietZone(int modules)
{
    modules = qMax(0, modules);
    if (modules == m_quietZone)
        return;
    m_quietZone = modules;
    Q_EMIT quietZoneChanged();
    update();
}

void QrCode::setForeground(const QColor &color)
{
    if (color == m_foreground)
        return;
    m_foreground = color;
    Q_EMIT foregroundChanged();
    update();
}

void QrCode::setBackground(const QColor &color)
{
    if (color == m_background)
        return;
    m_background = color;
    Q_EMIT backgroundChanged();
    update();
}

int QrCode::modules() const
{
    return m_matrix.isEmpty() ? 0 : m_matrix.size() + 2 * m_quietZone;
}

void QrCode::componentComplete()
{
    QQuickPaintedItem::componentComplete();
    // Screen readers need a name; the UI may set a better one through Accessible.name.
    QQmlProperty name(this, QStringLiteral("Accessible.name"), qmlContext(this));
    if (name.isValid() && name.read().toString().isEmpty())
        name.write(tr("QR code"));
    QQmlProperty role(this, QStringLiteral("Accessible.role"), qmlContext(this));
    if (role.isValid())
        role.write(QVariant::fromValue(int(QAccessible::Graphic)));
}

void QrCode::paint(QPainter *painter)
{
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const int side = int(qMin(width(), height()) * dpr);
    painter->save();
    // Work in device pixels so every module edge falls on a pixel boundary.
    painter->scale(1 / dpr, 1 / dpr);
    const int offsetX = int((width() * dpr - side) / 2);
    const int offsetY = int((height() * dpr - side) / 2);
    painter->translate(offsetX, offsetY);
    paintCode(painter, side);
    painter->restore();
}

void QrCode::paintCode(QPainter *painter, int sidePx) const
{
    const int count = modules();
    if (count == 0 || sidePx <= 0)
        return;
    // Whole pixels per module; what is left over becomes extra margin, split evenly.
    const int modulePx = qMax(1, sidePx / count);
    const int codePx = modulePx * count;
    const int margin = (sidePx - codePx) / 2;
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(QRect(0, 0, sidePx, sidePx), m_background);
    const int origin = margin + m_quietZone * modulePx;
    for (int y = 0; y < m_matrix.size(); ++y) {
        for (int x = 0; x < m_matrix.size(); ++x) {
            if (m_matrix.isDark(x, y)) {
                painter->fillRect(
                        QRect(origin + x * modulePx, origin + y * modulePx, modulePx, modulePx),
                        m_foreground);
            }
        }
    }
}

QImage QrCode::toImage(int sizePx) const
{
    QImage image(sizePx, sizePx, QImage::Format_ARGB32);
    image.fill(m_background);
    QPainter painter(&image);
    paintCode(&painter, sizePx);
    return image;
}

bool QrCode::saveImage(const QString &path, int sizePx) const
{
    if (m_matrix.isEmpty() || sizePx <= 0)
        return false;
    return toImage(sizePx).save(path);
}
