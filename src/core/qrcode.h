#pragma once

#include "core/qrmatrix.h"

#include <QColor>
#include <QQuickPaintedItem>

//! A QR code drawn as whole device pixels per module, so it stays sharp at every size and scale.
class QrCode : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int quietZone READ quietZone WRITE setQuietZone NOTIFY quietZoneChanged)
    Q_PROPERTY(QColor foreground READ foreground WRITE setForeground NOTIFY foregroundChanged)
    Q_PROPERTY(QColor background READ background WRITE setBackground NOTIFY backgroundChanged)
    //! Modules per side including the quiet zone, 0 when there is nothing to show.
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)
public:
    explicit QrCode(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    int quietZone() const { return m_quietZone; }
    void setQuietZone(int modules);
    QColor foreground() const { return m_foreground; }
    void setForeground(const QColor &color);
    QColor background() const { return m_background; }
    void setBackground(const QColor &color);
    int modules() const;

    void paint(QPainter *painter) override;

    //! Writes the code as a \a sizePx square image (PNG by the file suffix); false on failure.
    Q_INVOKABLE bool saveImage(const QString &path, int sizePx) const;
    //! Renders into a square of \a sizePx pixels.
    QImage toImage(int sizePx) const;

Q_SIGNALS:
    void textChanged();
    void quietZoneChanged();
    void foregroundChanged();
    void backgroundChanged();

protected:
    void componentComplete() override;

private:
    void paintCode(QPainter *painter, int sidePx) const;

    QString m_text;
    QrMatrix m_matrix;
    int m_quietZone = 4;
    QColor m_foreground = Qt::black;
    QColor m_background = Qt::white;
};
