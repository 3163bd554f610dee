// Create an account with name, email and password; signs in straight away.
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

AuthScreen {
    id: root

    property string email
    property Operation signUpOp
    readonly property var error: signUpOp && signUpOp.error ? signUpOp.error : ({})

    function fieldError(field: string): string {
        return error && error.field === field ? error.text : ""
    }
    function submit() {
        if (!button.enabled)
            return
        signUpOp = Account.signUp(emailField.text.trim(), passwordField.text, nameField.text.trim())
    }

    objectName: "SignUp"
    title: qsTr("Create your account")
    description: qsTr("Your name helps people recognise you; you can change everything later.")
    backVisible: true

    FormField {
        id: nameField
        objectName: "nameField"
        Layout.fillWidth: true
        label: qsTr("Name (optional)")
        errorText: root.fieldError("name")
        onAccepted: emailField.forceActiveFocus()
        Component.onCompleted: forceActiveFocus()
    }
    FormField {
        id: emailField
        objectName: "emailField"
        Layout.fillWidth: true
        label: qsTr("Email")
        text: root.email
        placeholderText: qsTr("you@example.com")
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        errorText: root.fieldError("email")
        onAccepted: passwordField.forceActiveFocus()
    }
    FormField {
        id: passwordField
        objectName: "passwordField"
        Layout.fillWidth: true
        label: qsTr("Password")
        password: true
        helpText: qsTr("At least 8 characters. A few unusual words make a strong one.")
        errorText: root.fieldError("password")
        onAccepted: root.submit()
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.error.field ? ({}) : root.error
    }
    BusyButton {
        id: button
        objectName: "signUpButton"
        Layout.fillWidth: true
        primary: true
        busy: root.signUpOp !== null && root.signUpOp.busy
        enabled: !busy && emailField.text.trim().length > 0 && passwordField.text.length > 0
        text: qsTr("Create account")
        onClicked: root.submit()
    }
    LinkButton {
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("I already have an account")
        onClicked: root.flow.back()
    }
}
