#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

//! The modules of one QR code, without quiet zone. Kept apart from the item so tests and the
//! painter share exactly the same encoding.
class QrMatrix
{
public:
    QrMatrix() = default;
    //! Encodes \a text (UTF-8, medium error correction); empty when it does not fit a QR code.
    static QrMatrix encode(const QString &text);

    bool isEmpty() const { return m_size == 0; }
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }

private:
    int m_size = 0;
    QVector<bool> m_modules;
};
