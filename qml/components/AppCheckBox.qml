// AppCheckBox: the app's check box, drawn from the theme in both schemes: an accent box with a
// tick, a focus ring, and a label that wraps instead of running off the card.
import QtQuick
import QtQuick.Controls
import AppwriteAccount.Ui

CheckBox {
    id: root

    font.pixelSize: Theme.bodySize
    spacing: Theme.spacing
    padding: Theme.spacingSmall
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    Accessible.name: text

    indicator: Rectangle {
        implicitWidth: 18
        implicitHeight: 18
        x: root.mirrored ? root.width - width - root.rightPadding : root.leftPadding
        // Level with the first line of a label that wraps.
        y: root.topPadding + Math.max(0, (fontMetrics.height - height) / 2)
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
    contentItem: Text {
        leftPadding: root.mirrored ? 0 : root.indicator.width + root.spacing
        rightPadding: root.mirrored ? root.indicator.width + root.spacing : 0
        text: root.text
        font: root.font
        color: root.enabled ? Theme.text : Theme.textMuted
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignTop
    }

    FontMetrics {
        id: fontMetrics
        font: root.font
    }
}
