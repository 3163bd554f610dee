import QtQml as Qml
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// Changes the email address (the password field appears only once the address differs) and
// shows whether the address is verified, with the way to verify it.
Card {
    id: root

    property Operation op: null
    readonly property string savedEmail: Account.user.email ?? ""
    readonly property bool changed: emailField.text.trim().toLowerCase() !== root.savedEmail
    // Typed but not saved, or a verification under way: the page stays loaded meanwhile.
    readonly property bool holdsInput: changed || passwordField.text.length > 0 || verification.inProgress

    title: qsTr("Email")
    description: qsTr("Where we send sign-in links, codes and security notices.")

    headerActions: StatusBadge {
        objectName: "emailVerificationBadge"
        visible: root.savedEmail.length > 0
        tone: Account.user.emailVerification ? "success" : "warning"
        text: Account.user.emailVerification ? qsTr("Verified") : qsTr("Not verified")
    }

    FormField {
        id: emailField
        objectName: "profileEmailField"
        Layout.fillWidth: true
        label: qsTr("Email address")
        text: root.savedEmail
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        placeholderText: qsTr("you@example.com")
        onAccepted: passwordField.forceActiveFocus()
    }
    FormField {
        id: passwordField
        objectName: "profileEmailPassword"
        Layout.fillWidth: true
        visible: root.changed
        password: true
        label: qsTr("Current password")
        helpText: root.savedEmail.length > 0 ? qsTr("After the change, the new address needs to be verified again.") : ""
        onAccepted: if (updateButton.enabled) updateButton.clicked()
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.op && !root.op.busy ? root.op.error : ({})
    }
    EmailVerification {
        id: verification
        Layout.fillWidth: true
        visible: root.savedEmail.length > 0 && !Account.user.emailVerification && !root.changed
    }

    footer: BusyButton {
        id: updateButton
        objectName: "profileEmailUpdate"
        text: qsTr("Update")
        primary: true
        busy: root.op !== null && root.op.busy
        enabled: !busy && root.changed && emailField.text.trim().length > 0 && passwordField.text.length > 0
        Accessible.name: qsTr("Update email address")
        onClicked: root.op = Account.updateEmail(emailField.text.trim(), passwordField.text)
    }

    Qml.Connections {
        target: root.op
        function onFinished() {
            if (root.op.ok)
                passwordField.text = ""
        }
    }
}
