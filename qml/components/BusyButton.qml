// BusyButton: the app's push button; shows a spinner and is disabled while `busy`.
// Properties: busy, primary (accent fill), destructive (danger colours), flat, iconName, plus
// ButtonBase's. It sets `enabled: !busy`; if you bind `enabled` yourself, include `&& !busy`.
import QtQuick
import AppwriteAccount.Ui

ButtonBase {
    id: root

    property bool busy: false
    property bool primary: false
    property bool destructive: false
    property bool flat: false
    property string iconName

    readonly property color foregroundColor: {
        if (primary)
            return destructive ? Theme.dangerText : Theme.accentText
        return destructive ? Theme.danger : Theme.text
    }
    readonly property color fillColor: {
        if (primary) {
            const base = destructive ? Theme.danger : Theme.accent
            const hovered = destructive ? Theme.dangerHover : Theme.accentHover
            return root.down || root.hovered ? hovered : base
        }
        if (root.down || root.hovered)
            return Theme.hover
        return root.flat ? "transparent" : Theme.surface
    }

    enabled: !busy
    implicitWidth: Math.max(Theme.controlHeight, iconRoom + label.implicitWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.controlHeight, label.implicitHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacingLarge
    rightPadding: Theme.spacingLarge
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing
    font.weight: primary ? Font.DemiBold : Font.Medium
    opacity: enabled || busy ? 1 : 0.5
    //: Added to a button's spoken description while its action runs.
    Accessible.description: busy ? qsTr("Working, please wait") : ""

    Rectangle {
        anchors.fill: parent
        z: -1
        radius: Theme.radiusSmall + 2
        color: root.fillColor
        border.width: root.primary || root.flat ? 0 : 1
        border.color: root.destructive ? Theme.danger : Theme.border

        FocusRing {
            shown: root.visualFocus
            baseRadius: Theme.radiusSmall + 2
        }
    }

    // Spinner or icon and label stay together in the middle, however wide the button is; a narrow
    // button elides the label. Placed by hand: a layout here costs more than the rest of the button.
    readonly property bool mirrored: LayoutMirroring.enabled
    readonly property real iconRoom: iconSlot.visible ? iconSlot.width + (root.text.length > 0 ? Theme.spacing : 0) : 0
    readonly property real contentStart: leftPadding
                                         + Math.max(0, (width - leftPadding - rightPadding - iconRoom - label.width) / 2)

    Item {
        id: iconSlot
        x: root.mirrored ? root.width - root.contentStart - width : root.contentStart
        anchors.verticalCenter: parent.verticalCenter
        width: 16
        height: 16
        visible: root.busy || root.iconName.length > 0

        Icon {
            objectName: "buttonIcon"
            anchors.centerIn: parent
            name: root.iconName
            color: root.foregroundColor
            size: 16
            visible: !root.busy
        }
        // The spinner, in the icon's place, made only while busy: most buttons never turn.
        Loader {
            objectName: "buttonSpinner"
            anchors.centerIn: parent
            active: root.busy
            sourceComponent: Spinner {
                size: 16
            }
            onLoaded: item.color = Qt.binding(() => root.foregroundColor)
        }
    }
    Text {
        id: label
        x: root.mirrored ? root.width - root.contentStart - root.iconRoom - width
                         : root.contentStart + root.iconRoom
        anchors.verticalCenter: parent.verticalCenter
        width: Math.min(implicitWidth, Math.max(4 * Theme.spacing, root.width - root.leftPadding
                                                                    - root.rightPadding - root.iconRoom))
        text: root.text
        font: root.font
        color: root.foregroundColor
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideRight
        visible: text.length > 0
    }
}
