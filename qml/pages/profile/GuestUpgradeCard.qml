import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// A guest account lives only in this session. Adding an email and a password keeps it, with
// everything in it, and lets the person sign in again anywhere.
Card {
    id: root

    property Operation op: null
    readonly property bool holdsInput: emailField.text.length > 0 || passwordField.text.length > 0

    objectName: "guestUpgradeCard"
    title: qsTr("Keep this account")
    description: qsTr("You are using a guest account: if you sign out, it is gone. Add an email and a password to turn it into a full account. Nothing you have is lost.")

    FormField {
        id: emailField
        objectName: "guestEmailField"
        Layout.fillWidth: true
        label: qsTr("Email address")
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        placeholderText: qsTr("you@example.com")
        onAccepted: passwordField.forceActiveFocus()
    }
    FormField {
        id: passwordField
        objectName: "guestPasswordField"
        Layout.fillWidth: true
        password: true
        label: qsTr("Choose a password")
        helpText: qsTr("At least 8 characters.")
        onAccepted: if (upgradeButton.enabled) upgradeButton.clicked()
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.op && !root.op.busy ? root.op.error : ({})
    }

    footer: BusyButton {
        id: upgradeButton
        objectName: "guestUpgradeButton"
        text: qsTr("Create full account")
        primary: true
        busy: root.op !== null && root.op.busy
        enabled: !busy && emailField.text.trim().indexOf("@") > 0 && passwordField.text.length >= 8
        // For an account without a password, the password sent here becomes its password.
        onClicked: root.op = Account.updateEmail(emailField.text.trim(), passwordField.text)
    }
}
