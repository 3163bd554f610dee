import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// Changes the display name. Update stays disabled until the name differs.
Card {
    id: root

    property Operation op: null
    readonly property string savedName: Account.user.name ?? ""
    // Typed but not saved: the page stays loaded while the person looks elsewhere.
    readonly property bool holdsInput: nameField.text.trim() !== savedName

    title: qsTr("Name")
    description: qsTr("How you appear in apps that use this account.")

    FormField {
        id: nameField
        objectName: "profileNameField"
        Layout.fillWidth: true
        label: qsTr("Full name")
        text: root.savedName
        maximumLength: 128
        placeholderText: qsTr("Your name")
        onAccepted: if (updateButton.enabled) updateButton.clicked()
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.op && !root.op.busy ? root.op.error : ({})
    }

    footer: BusyButton {
        id: updateButton
        objectName: "profileNameUpdate"
        text: qsTr("Update")
        primary: true
        busy: root.op !== null && root.op.busy
        enabled: !busy && nameField.text.trim() !== root.savedName
        Accessible.name: qsTr("Update name")
        onClicked: root.op = Account.updateName(nameField.text.trim())
    }
}
