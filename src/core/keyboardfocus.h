#pragma once

#include <QObject>
#include <QQmlEngine>

//! Whether an item's focus came from the keyboard (Tab, Backtab, a shortcut): when Qt Quick
//! Controls show a focus ring (`visualFocus`). Qt 6.4's Item does not tell why it has the focus,
//! so this watches the reason of the focus events it receives. Attached:
//! `readonly property bool visualFocus: KeyboardFocus.fromKeyboard && activeFocus`, in that
//! order: it is attached when first read, and must be before the item's first focus event.
class KeyboardFocus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("KeyboardFocus is an attached property.")
    QML_ATTACHED(KeyboardFocus)
    Q_PROPERTY(bool fromKeyboard READ fromKeyboard NOTIFY fromKeyboardChanged)
public:
    explicit KeyboardFocus(QObject *item);
    static KeyboardFocus *qmlAttachedProperties(QObject *item);

    //! The item's last focus came from the keyboard.
    bool fromKeyboard() const { return m_fromKeyboard; }

Q_SIGNALS:
    void fromKeyboardChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_fromKeyboard = false;
};
