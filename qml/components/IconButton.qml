// IconButton: a small icon-only button; `text` is its spoken name and tooltip.
// Properties: iconName, text, iconColor, iconSize, size, plus ButtonBase's.
import QtQuick
import AppwriteAccount.Ui

ButtonBase {
    id: root

    property string iconName
    property color iconColor: Theme.textMuted
    property int iconSize: 16
    property int size: 32

    implicitWidth: size
    implicitHeight: size

    Rectangle {
        anchors.fill: parent
        radius: Theme.radiusSmall
        color: root.down ? Theme.border : root.hovered ? Theme.hover : "transparent"

        FocusRing {
            shown: root.visualFocus
        }
    }
    Icon {
        anchors.centerIn: parent
        name: root.iconName
        color: root.iconColor
        size: root.iconSize
    }
    HoverHint {
        text: root.text
        shown: root.hovered
    }
}
