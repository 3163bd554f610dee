import QtQml as Qml
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// Finishes a password reset from a recovery link: choose the new password here.
PageDialog {
    id: root

    property string userId
    property string secret
    property Operation op: null

    objectName: "resetPasswordDialog"
    title: qsTr("Choose a new password")
    preferredWidth: 56 * Theme.spacing

    function start(user: string, token: string) {
        userId = user
        secret = token
        op = null
        passwordField.text = ""
        open()
        passwordField.forceActiveFocus()
    }

    Qml.Connections {
        target: root.op
        function onFinished() {
            if (root.op.ok)
                root.close()
        }
    }

    FormField {
        id: passwordField
        objectName: "resetPasswordField"
        Layout.fillWidth: true
        label: qsTr("New password")
        password: true
        helpText: qsTr("At least 8 characters.")
        onAccepted: if (saveButton.enabled) saveButton.clicked()
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.op && root.op.done && !root.op.ok ? root.op.error : ({})
    }

    buttons: [
        BusyButton {
            text: qsTr("Cancel")
            onClicked: root.close()
        },
        BusyButton {
            id: saveButton
            primary: true
            text: qsTr("Set password")
            busy: root.op !== null && root.op.busy
            enabled: !busy && passwordField.text.length >= 8
            onClicked: root.op = Account.completeRecovery(root.userId, root.secret, passwordField.text)
        }
    ]
}
