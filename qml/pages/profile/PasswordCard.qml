import QtQml as Qml
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// Changes the password. Accounts created by link, code or provider have no password yet, so the
// current-password field only shows when there is one.
Card {
    id: root

    property Operation op: null
    readonly property bool hasPassword: Account.hasPassword
    readonly property bool holdsInput: oldField.text.length > 0 || newField.text.length > 0
    readonly property bool newValid: newField.text.length >= 8 && newField.text.length <= 256

    title: hasPassword ? qsTr("Password") : qsTr("Set a password")
    description: hasPassword ? qsTr("Use at least 8 characters. A long phrase is easier to remember and harder to guess.")
                             : qsTr("You signed in without a password. Set one to also sign in with your email and a password.")

    FormField {
        id: oldField
        objectName: "profileOldPassword"
        Layout.fillWidth: true
        visible: root.hasPassword
        password: true
        label: qsTr("Current password")
        onAccepted: newField.forceActiveFocus()
    }
    FormField {
        id: newField
        objectName: "profileNewPassword"
        Layout.fillWidth: true
        password: true
        label: qsTr("New password")
        helpText: newField.text.length === 0 ? qsTr("At least 8 characters.")
                : newField.text.length < 8 ? qsTr("%n more character(s) needed.", "", 8 - newField.text.length)
                : newField.text.length > 256 ? qsTr("Use at most 256 characters.") : ""
        onAccepted: if (updateButton.enabled) updateButton.clicked()
    }
    AppCheckBox {
        id: signOutOthers
        Layout.fillWidth: true
        objectName: "profileSignOutOthers"
        checked: true
        text: qsTr("Sign out of all other devices (recommended)")
        font.pixelSize: Theme.bodySize
        Accessible.name: text
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.op && !root.op.busy ? root.op.error : ({})
    }
    Text {
        objectName: "profilePasswordDone"
        Layout.fillWidth: true
        visible: root.op !== null && root.op.ok
        text: qsTr("Password changed.")
        color: Theme.success
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    footer: BusyButton {
        id: updateButton
        objectName: "profilePasswordUpdate"
        text: root.hasPassword ? qsTr("Change password") : qsTr("Set password")
        primary: true
        busy: root.op !== null && root.op.busy
        enabled: !busy && root.newValid && (!root.hasPassword || oldField.text.length > 0)
        onClicked: root.op = Account.updatePassword(newField.text, oldField.text, signOutOthers.checked)
    }

    Qml.Connections {
        target: root.op
        function onFinished() {
            if (root.op.ok) {
                oldField.text = ""
                newField.text = ""
            }
        }
    }
}
