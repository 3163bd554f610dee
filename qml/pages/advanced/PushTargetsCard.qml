import QtQml as Qml
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// Push targets: the devices (tokens) that receive push notifications for this account.
Card {
    id: root

    property Operation op: null
    // Rows whose token is being edited, plus the new device typed below: not to be lost.
    property int editedRows: 0
    readonly property bool holdsInput: editedRows > 0 || identifierField.text.length > 0
                                       || providerField.text.length > 0

    title: qsTr("Push notification targets")
    description: qsTr("Devices registered to receive push notifications from this project. Remove ones you no longer use.")

    PushTargetsModel {
        id: targets
        account: Account
        Component.onCompleted: reload()
    }

    Qml.Connections {
        target: root.op
        function onFinished() {
            targets.reload()
        }
    }

    Spinner {
        Layout.alignment: Qt.AlignHCenter
        size: 24
        running: targets.loading && targets.count === 0
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.op && root.op.done && !root.op.ok ? root.op.error : (targets.error ?? ({}))
    }
    Text {
        objectName: "pushTargetsEmpty"
        Layout.fillWidth: true
        visible: !targets.loading && targets.count === 0
        text: qsTr("No devices are registered. Apps register one when you allow notifications; you can also add a device token by hand below.")
        color: Theme.textMuted
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Repeater {
        model: targets
        delegate: PushTargetRow {
            id: targetEntry
            required property var model
            Layout.fillWidth: true
            targetId: targetEntry.model.targetId ?? ""
            identifier: targetEntry.model.identifier ?? ""
            providerId: targetEntry.model.providerId ?? ""
            name: targetEntry.model.name ?? ""
            createdAt: targetEntry.model.createdAt
            onSaveRequested: (id, identifier) => root.op = targets.update(id, identifier)
            onRemoveRequested: (id) => root.op = targets.remove(id)
            onEditedChanged: () => root.editedRows += targetEntry.edited ? 1 : -1
            Component.onDestruction: () => { if (targetEntry.edited) root.editedRows -= 1 }
        }
    }

    SectionTitle {
        text: qsTr("Add a device")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        FormField {
            id: identifierField
            objectName: "pushIdentifier"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            label: qsTr("Device token")
            placeholderText: qsTr("The token your push service gave this device")
            onAccepted: providerField.forceActiveFocus()
        }
        FormField {
            id: providerField
            objectName: "pushProvider"
            Layout.preferredWidth: 24 * Theme.spacing
            Layout.alignment: Qt.AlignTop
            label: qsTr("Provider ID (optional)")
            onAccepted: if (addButton.enabled) addButton.clicked()
        }
    }

    footer: BusyButton {
        id: addButton
        objectName: "pushAdd"
        primary: true
        iconName: "plus"
        text: qsTr("Add target")
        busy: root.op !== null && root.op.busy
        enabled: !busy && identifierField.text.trim().length > 0
        onClicked: {
            root.op = targets.add(identifierField.text.trim(), providerField.text.trim())
            identifierField.text = ""
            providerField.text = ""
        }
    }
}
