// AppSwitch: the app's on/off switch, drawn from the theme: an accent track when on, a muted one
// when off, and a focus ring. Give it an Accessible.name; it has no label of its own.
import QtQuick
import QtQuick.Controls
import AppwriteAccount.Ui

Switch {
    id: root

    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    padding: Theme.spacingSmall
    // The label-less content adds nothing: the switch is as wide as its track.
    implicitWidth: implicitIndicatorWidth + leftPadding + rightPadding
    implicitHeight: implicitIndicatorHeight + topPadding + bottomPadding

    indicator: Rectangle {
        implicitWidth: 40
        implicitHeight: 22
        x: root.leftPadding + (root.availableWidth - width) / 2
        y: root.topPadding + (root.availableHeight - height) / 2
        radius: height / 2
        color: root.checked ? (root.hovered ? Theme.accentHover : Theme.accent)
                            : (root.hovered ? Theme.borderStrong : Theme.border)
        opacity: root.enabled ? 1 : 0.5

        Rectangle {
            width: parent.height - 4
            height: width
            radius: width / 2
            y: 2
            x: root.visualPosition * (parent.width - width - 4) + 2
            color: root.checked ? Theme.accentText : Theme.surface
            border.width: root.checked ? 0 : 1
            border.color: Theme.borderStrong

            Behavior on x {
                enabled: !root.down
                NumberAnimation { duration: Theme.motionShort }
            }
        }
        FocusRing {
            shown: root.visualFocus
            baseRadius: height / 2
        }
    }
    contentItem: Item {}
}
