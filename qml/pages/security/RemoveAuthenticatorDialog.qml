import QtQml as Qml
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// Removing the authenticator needs a current code from it, or a recovery code if the device is
// gone. Blocked when it is the only second step while two-step verification is on.
PageDialog {
    id: root

    property Operation op: null
    readonly property bool blocked: (Account.user.mfa ?? false) && !Account.mfaFactors.email && !Account.mfaFactors.phone

    objectName: "removeAuthenticatorDialog"
    title: qsTr("Remove the authenticator app?")
    preferredWidth: 60 * Theme.spacing

    onOpened: {
        op = null
        codeField.text = ""
        if (!blocked)
            codeField.forceActiveFocus()
    }

    Qml.Connections {
        target: root.op
        function onFinished() {
            if (root.op.ok) {
                Account.refreshFactors()
                root.close()
            }
        }
    }

    Label {
        objectName: root.blocked ? "removeAuthenticatorBlocked" : "removeAuthenticatorText"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.bodySize
        text: root.blocked
              ? qsTr("Two-step verification is on and this app is your only second step, so removing it would leave sign-in with your password alone. Turn two-step verification off first, or verify your email or phone on the Profile page so you keep a second step.")
              : qsTr("Codes from the app will no longer be accepted. To confirm, enter a current code from the app, or one of your recovery codes if you no longer have the device.")
    }
    AppTextField {
        id: codeField
        objectName: "removeAuthenticatorCode"
        Layout.fillWidth: true
        visible: !root.blocked
        font.family: Theme.monoFamily
        placeholderText: qsTr("6-digit code or recovery code")
        Accessible.name: qsTr("Code from the authenticator app, or a recovery code")
        onAccepted: if (removeButton.enabled) removeButton.clicked()
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.op && root.op.done && !root.op.ok ? root.op.error : ({})
    }

    buttons: [
        BusyButton {
            objectName: "removeAuthenticatorClose"
            text: root.blocked ? qsTr("Close") : qsTr("Cancel")
            onClicked: root.close()
        },
        BusyButton {
            id: removeButton
            objectName: "removeAuthenticatorConfirm"
            visible: !root.blocked
            text: qsTr("Remove")
            destructive: true
            busy: root.op !== null && root.op.busy
            enabled: !busy && codeField.text.trim().length >= 6
            Accessible.name: qsTr("Remove the authenticator app")
            onClicked: root.op = Account.removeAuthenticator(codeField.text.trim().toLowerCase())
        }
    ]
}
