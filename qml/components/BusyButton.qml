// BusyButton: the app's push button; shows a spinner and is disabled while `busy`.
// Properties: busy, primary (accent fill), destructive (danger colours), flat, iconName.
// It sets `enabled: !busy`; if you bind `enabled` yourself, include `&& !busy`.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui

Button {
    id: root

    property bool busy: false
    property bool primary: false
    property bool destructive: false
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
    implicitHeight: Math.max(Theme.controlHeight, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacingLarge
    rightPadding: Theme.spacingLarge
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing
    font.pixelSize: Theme.bodySize
    font.weight: primary ? Font.DemiBold : Font.Medium
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    opacity: enabled || busy ? 1 : 0.5
    Accessible.name: text
    //: Added to a button's spoken description while its action runs.
    Accessible.description: busy ? qsTr("Working, please wait") : ""

    // Spinner or icon and label stay together in the middle, however wide the button is: the two
    // fillers share the spare room, and a narrow button shrinks (and elides) the label.
    contentItem: RowLayout {
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

    background: Rectangle {
        implicitWidth: Theme.controlHeight
        implicitHeight: Theme.controlHeight
        radius: Theme.radiusSmall + 2
        color: root.fillColor
        border.width: root.primary || root.flat ? 0 : 1
        border.color: root.destructive ? Theme.danger : Theme.border

        FocusRing {
            shown: root.visualFocus
            baseRadius: Theme.radiusSmall + 2
        }
    }
}
