// NavItem: one sidebar entry. Properties: name, text, iconName, current.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui

ItemDelegate {
    id: root

    property string name
    property string iconName
    property bool current: false

    objectName: "nav_" + name
    implicitHeight: 36
    leftPadding: Theme.spacing + 4
    rightPadding: Theme.spacing
    hoverEnabled: true
    font.pixelSize: Theme.bodySize
    Accessible.role: Accessible.ListItem
    Accessible.name: text
    Accessible.selected: current

    contentItem: RowLayout {
        spacing: Theme.spacing + 4

        Icon {
            name: root.iconName
            color: root.current ? Theme.link : Theme.textMuted
        }
        Text {
            Layout.fillWidth: true
            text: root.text
            font: root.font
            color: root.current ? Theme.text : Theme.textMuted
            elide: Text.ElideRight
        }
    }
    background: Rectangle {
        radius: Theme.radiusSmall + 2
        color: root.current ? Theme.selected : root.hovered ? Theme.hover : "transparent"

        Rectangle {
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            width: 3
            height: parent.height - 14
            radius: 2
            color: Theme.accent
            visible: root.current
        }
        FocusRing {
            shown: root.visualFocus
        }
    }
}
