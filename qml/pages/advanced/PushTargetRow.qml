import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

// One push target, with its token editable in place.
RowLayout {
    id: root

    property string targetId
    property string identifier
    property string providerId
    property string name
    property var createdAt
    readonly property bool edited: field.text !== identifier

    signal saveRequested(string targetId, string identifier)
    signal removeRequested(string targetId)

    spacing: Theme.spacing
    Accessible.role: Accessible.ListItem
    Accessible.name: name.length > 0 ? name : identifier

    Icon {
        name: "phone"
        color: Theme.textMuted
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        AppTextField {
            id: field
            objectName: "pushTargetIdentifier"
            Layout.fillWidth: true
            text: root.identifier
            font.family: Theme.monoFamily
            Accessible.name: qsTr("Device token of %1").arg(root.name.length > 0 ? root.name : root.targetId)
            onAccepted: if (saveButton.enabled) saveButton.clicked()
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge
            Text {
                visible: root.providerId.length > 0
                text: qsTr("Provider: %1").arg(root.providerId)
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
            }
            RelativeTimeLabel {
                date: root.createdAt
                prefix: qsTr("Added %1")
            }
        }
    }
    BusyButton {
        id: saveButton
        objectName: "pushTargetSave"
        Layout.alignment: Qt.AlignTop
        text: qsTr("Save")
        enabled: field.text.trim().length > 0 && field.text.trim() !== root.identifier
        onClicked: root.saveRequested(root.targetId, field.text.trim())
    }
    BusyButton {
        objectName: "pushTargetRemove"
        Layout.alignment: Qt.AlignTop
        flat: true
        iconName: "trash"
        Accessible.name: qsTr("Remove this push target")
        onClicked: root.removeRequested(root.targetId)
    }
}
