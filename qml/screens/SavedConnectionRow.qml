// SavedConnectionRow: one saved connection in the Connect screen (model roles of Connections.model),
// chosen with a click; removable.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

ItemDelegate {
    id: root

    required property string connectionId
    required property string label
    required property string endpoint
    required property string projectId
    required property bool isSandbox
    required property string accountEmail

    signal chosen(string id)

    objectName: "connection_" + connectionId
    padding: Theme.spacing + 2
    hoverEnabled: true
    Accessible.name: qsTr("Use %1").arg(label)
    onClicked: chosen(connectionId)

    background: Rectangle {
        radius: Theme.radiusSmall + 2
        color: root.hovered ? Theme.hover : Theme.surfaceAlt
        border.color: Connections.current === root.connectionId ? Theme.accent : Theme.border

        FocusRing {
            shown: root.visualFocus
        }
    }
    contentItem: RowLayout {
        spacing: Theme.spacing + 4

        Icon {
            name: root.isSandbox ? "flask" : "server"
            color: Theme.textMuted
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Text {
                Layout.fillWidth: true
                text: root.label
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.Medium
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: root.accountEmail.length > 0 ? root.accountEmail
                                                   : root.endpoint + " \u00b7 " + root.projectId
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
                elide: Text.ElideMiddle
            }
        }
        IconButton {
            objectName: "forgetConnection"
            visible: !root.isSandbox
            iconName: "trash"
            text: qsTr("Forget %1").arg(root.label)
            onClicked: confirm.open()
        }
    }
    ConfirmDialog {
        id: confirm
        title: qsTr("Forget this connection?")
        //: %1 is a connection's name.
        text: qsTr("%1 disappears from this list and you are signed out of it on this computer. Your account itself is not touched.")
              .arg(root.label)
        confirmText: qsTr("Forget")
        destructive: true
        onConfirmed: Connections.remove(root.connectionId)
    }
}
