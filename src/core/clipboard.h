#pragma once

#include <QByteArray>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

//! Copies text to the system clipboard; secrets are wiped again after a while.
class Clipboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    //! How long a copied secret stays on the clipboard, in milliseconds (60 s).
    Q_PROPERTY(int secretLifetime READ secretLifetime WRITE setSecretLifetime NOTIFY
                       secretLifetimeChanged)
public:
    explicit Clipboard(QObject *parent = nullptr);

    Q_INVOKABLE void copy(const QString &text);
    //! Copies \a text and clears the clipboard after secretLifetime, unless something else was
    //! copied in between.
    Q_INVOKABLE void copySecret(const QString &text);

    //! A copied secret is still waiting to be wiped.
    bool secretPending() const { return m_wipeTimer.isActive(); }
    int secretLifetime() const { return m_wipeTimer.interval(); }
    void setSecretLifetime(int ms);

Q_SIGNALS:
    void copied();
    void secretCleared();
    void secretLifetimeChanged();

private:
    void wipeSecret();

    QTimer m_wipeTimer;
    //! Only a digest of the secret is kept, to recognise it on the clipboard later.
    QByteArray m_secretDigest;
};
