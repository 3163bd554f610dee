#include "core/qrmatrix.h"

#include <qrcodegen/qrcodegen.hpp>

#include <stdexcept>

QrMatrix QrMatrix::encode(const QString &text)
{
    QrMatrix matrix;
    if (text.isEmpty())
        return matrix;
    const QByteArray utf8 = text.toUtf8();
    try {
        const auto code =
                qrcodegen::QrCode::encodeText(utf8.constData(), qrcodegen::QrCode::Ecc::MEDIUM);
        matrix.m_size = code.getSize();
        matrix.m_modules.resize(matrix.m_size * matrix.m_size);
        for (int y = 0; y < matrix.m_size; ++y) {
            for (int x = 0; x < matrix.m_size; ++x)
                matrix.m_modules[y * matrix.m_size + x] = code.getModule(x, y);
        }
    } catch (const std::length_error &) {
        // Too long for the largest QR version: nothing is drawn rather than a wrong code.
        matrix = QrMatrix();
    }
    return matrix;
}
