// SavedConnectionRow: one saved connection in the Connect screen (model roles of Connections.model),
// chosen with a click; removable. Made of Qt Quick items, its dialog loaded when asked for: the
// Connect screen is the first screen of a first run and imports no Qt Quick Controls.
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

ButtonBase {
    id: root

    required property string connectionId
    required property string label
    required property string endpoint
    required property string projectId
    required property bool isSandbox
    required property string accountEmail

    // The forget dialog once made; untyped, as a typed reference would compile ConfirmDialog, and
    // Controls, with this row.
    readonly property var confirmDialog: confirm.item

    signal chosen(string id)

    function askToForget() {
        if (!confirm.item) {
            // Bound, so that a change of language or name reaches the dialog.
            confirm.setSource(Qt.resolvedUrl("../components/ConfirmDialog.qml"), {
                title: Qt.binding(() => qsTr("Forget this connection?")),
                //: %1 is a connection's name.
                text: Qt.binding(() => qsTr("%1 disappears from this list and you are signed out of it on this computer. Your account itself is not touched.")
                                 .arg(root.label)),
                confirmText: Qt.binding(() => qsTr("Forget")),
                destructive: true
            })
            confirmDialog.confirmed.connect(() => Connections.remove(root.connectionId))
        }
        confirmDialog.open()
    }

    objectName: "connection_" + connectionId
    padding: Theme.spacing + 2
    implicitHeight: content.implicitHeight + topPadding + bottomPadding
    implicitWidth: content.implicitWidth + leftPadding + rightPadding
    Accessible.name: qsTr("Use %1").arg(label)
    onClicked: chosen(connectionId)

    Rectangle {
        anchors.fill: parent
        radius: Theme.radiusSmall + 2
        color: root.hovered ? Theme.hover : Theme.surfaceAlt
        border.color: Connections.current === root.connectionId ? Theme.accent : Theme.border

        FocusRing {
            shown: root.visualFocus
        }
    }
    RowLayout {
        id: content
        anchors.fill: parent
        anchors.leftMargin: root.leftPadding
        anchors.rightMargin: root.rightPadding
        anchors.topMargin: root.topPadding
        anchors.bottomMargin: root.bottomPadding
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
            onClicked: root.askToForget()
        }
    }
    // Made when first asked for, with Qt Quick Controls.
    Loader {
        id: confirm
    }
}
