// AppCheckBox: the app's check box, drawn from the theme in both schemes: an accent box with a
// tick, a focus ring, and a label that wraps instead of running off the card. Made of Qt Quick
// items (ButtonBase), like every control of the screens before sign-in.
// Properties: text, checked, plus ButtonBase's.
import QtQuick
import AppwriteAccount.Ui

ButtonBase {
    id: root

    readonly property bool mirrored: LayoutMirroring.enabled
    readonly property real labelStart: leftPadding + box.width + Theme.spacing

    checkable: true
    padding: Theme.spacingSmall
    implicitWidth: labelStart + label.implicitWidth + rightPadding
    implicitHeight: topPadding + Math.max(box.height, label.implicitHeight) + bottomPadding
    Accessible.role: Accessible.CheckBox

    Rectangle {
        id: box
        x: root.mirrored ? root.width - width - root.leftPadding : root.leftPadding
        // Level with the first line of a label that wraps.
        y: root.topPadding + Math.max(0, (fontMetrics.height - height) / 2)
        width: 18
        height: 18
        radius: Theme.radiusSmall
        color: root.checked ? (root.hovered ? Theme.accentHover : Theme.accent) : Theme.surface
        border.width: root.checked ? 0 : 1
        border.color: root.hovered ? Theme.text : Theme.borderStrong
        opacity: root.enabled ? 1 : 0.5

        Icon {
            anchors.centerIn: parent
            name: "check"
            size: 14
            color: Theme.accentText
            visible: root.checked
        }
        FocusRing {
            shown: root.visualFocus
            baseRadius: Theme.radiusSmall
        }
    }
    Text {
        id: label
        x: root.mirrored ? root.rightPadding : root.labelStart
        y: root.topPadding
        width: Math.max(0, root.width - root.labelStart - root.rightPadding)
        text: root.text
        font: root.font
        color: root.enabled ? Theme.text : Theme.textMuted
        wrapMode: Text.Wrap
    }
    FontMetrics {
        id: fontMetrics
        font: root.font
    }
}
