// IconButton: a small icon-only button; `text` is its spoken name and tooltip.
// Properties: iconName, text, iconColor, size.
import QtQuick
import QtQuick.Controls
import AppwriteAccount.Ui

ToolButton {
    id: root

    property string iconName
    property color iconColor: Theme.textMuted
    property int size: 32

    implicitWidth: size
    implicitHeight: size
    padding: 0
    display: AbstractButton.IconOnly
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    icon.source: Theme.icon(iconName, iconColor)
    icon.color: "transparent" // tinted already
    icon.width: 16
    icon.height: 16
    Accessible.name: text
    ToolTip.visible: hovered && text.length > 0
    ToolTip.delay: 500
    ToolTip.text: text

    background: Rectangle {
        radius: Theme.radiusSmall
        color: root.down ? Theme.border : root.hovered ? Theme.hover : "transparent"

        FocusRing {
            shown: root.visualFocus
        }
    }
}
