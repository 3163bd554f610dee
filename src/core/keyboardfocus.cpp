#include "core/keyboardfocus.h"

#include <QFocusEvent>

KeyboardFocus::KeyboardFocus(QObject *item)
    : QObject(item)
{
    item->installEventFilter(this);
}

KeyboardFocus *KeyboardFocus::qmlAttachedProperties(QObject *item)
{
    return new KeyboardFocus(item);
}

bool KeyboardFocus::eventFilter(QObject *, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        const bool fromKeyboard = reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason
                || reason == Qt::ShortcutFocusReason;
        if (fromKeyboard != m_fromKeyboard) {
            m_fromKeyboard = fromKeyboard;
            Q_EMIT fromKeyboardChanged();
        }
    }
    return false;
}
