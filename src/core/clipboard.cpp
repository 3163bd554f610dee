#include "core/clipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>

namespace {
QByteArray digestOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

Clipboard::Clipboard(QObject *parent)
    : QObject(parent)
{
    m_wipeTimer.setSingleShot(true);
    m_wipeTimer.setInterval(60 * 1000);
    connect(&m_wipeTimer, &QTimer::timeout, this, &Clipboard::wipeSecret);
}

void Clipboard::copy(const QString &text)
{
    m_wipeTimer.stop();
    m_secretDigest.clear();
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT copied();
}

void Clipboard::copySecret(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    m_secretDigest = digestOf(text);
    m_wipeTimer.start();
    Q_EMIT copied();
}

void Clipboard::setSecretLifetime(int ms)
{
    if (ms == m_wipeTimer.interval())
        return;
    m_wipeTimer.setInterval(ms);
    Q_EMIT secretLifetimeChanged();
}

void Clipboard::wipeSecret()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!m_secretDigest.isEmpty() && digestOf(clipboard->text()) == m_secretDigest) {
        clipboard->clear();
        Q_EMIT secretCleared();
    }
    m_secretDigest.clear();
}
