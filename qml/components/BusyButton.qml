// BusyButton: the app's push button; shows a spinner and is disabled while `busy`.
// Properties: busy, primary (accent fill), destructive (danger colours), flat, iconName, plus
// ButtonBase's. It sets `enabled: !busy`; if you bind `enabled` yourself, include `&& !busy`.
import QtQuick
import QtQuick.Layouts
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
    implicitWidth: Math.max(Theme.controlHeight, content.implicitWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.controlHeight, content.implicitHeight + topPadding + bottomPadding)
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

    // Spinner or icon and label stay together in the middle, however wide the button is: the two
    // fillers share the spare room, and a narrow button shrinks (and elides) the label.
    RowLayout {
        id: content
        anchors.fill: parent
        anchors.leftMargin: root.leftPadding
        anchors.rightMargin: root.rightPadding
        anchors.topMargin: root.topPadding
        anchors.bottomMargin: root.bottomPadding
        spacing: 0

        Item {
            Layout.fillWidth: true
        }
        Spinner {
            Layout.rightMargin: root.text.length > 0 ? Theme.spacing : 0
            running: root.busy
            color: root.foregroundColor
            size: 16
        }
        Icon {
            Layout.rightMargin: root.text.length > 0 ? Theme.spacing : 0
            name: root.iconName
            color: root.foregroundColor
            visible: root.iconName.length > 0 && !root.busy
        }
        Text {
            Layout.minimumWidth: Math.min(implicitWidth, 4 * Theme.spacing)
            text: root.text
            font: root.font
            color: root.foregroundColor
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
            visible: text.length > 0
        }
        Item {
            Layout.fillWidth: true
        }
    }
}
