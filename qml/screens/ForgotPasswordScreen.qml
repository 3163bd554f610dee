// Forgot password: asks for the email, sends a reset link, then leads to pasting it.
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

AuthScreen {
    id: root

    property string email
    property Operation sendOp
    property bool sent: false
    readonly property bool sendSucceeded: sendOp !== null && sendOp.done && sendOp.ok

    function submit() {
        if (emailField.text.trim().length > 0 && !(sendOp && sendOp.busy))
            sendOp = Account.sendRecovery(emailField.text.trim(), "")
    }

    onSendSucceededChanged: if (sendSucceeded) {
        sent = true
        resend.restart()
    }

    objectName: "ForgotPassword"
    title: sent ? qsTr("Check your inbox") : qsTr("Reset your password")
    description: sent
        //: %1 is an email address. Deliberately says "if": we do not reveal who has an account.
        ? qsTr("If %1 has an account, we have sent it a link to choose a new password. It works for one hour.")
          .arg(NoBreak.address(emailField.text.trim()))
        : qsTr("Enter the email address you sign in with and we will send you a link to choose a new password.")
    backVisible: true

    FormField {
        id: emailField
        objectName: "emailField"
        Layout.fillWidth: true
        visible: !root.sent
        label: qsTr("Email")
        text: root.email
        placeholderText: qsTr("you@example.com")
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        errorText: root.sendOp && root.sendOp.error && root.sendOp.error.field === "email"
                   ? root.sendOp.error.text : ""
        onAccepted: root.submit()
        Component.onCompleted: forceActiveFocus()
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.sendOp && root.sendOp.error && !root.sendOp.error.field ? root.sendOp.error : ({})
    }
    BusyButton {
        objectName: "sendRecoveryButton"
        Layout.fillWidth: true
        visible: !root.sent
        primary: true
        busy: root.sendOp !== null && root.sendOp.busy
        enabled: !busy && emailField.text.trim().length > 0
        text: qsTr("Send reset link")
        onClicked: root.submit()
    }
    BusyButton {
        objectName: "haveLinkButton"
        Layout.fillWidth: true
        primary: root.sent
        iconName: "link"
        text: root.sent ? qsTr("I have the link") : qsTr("I already have a reset link")
        onClicked: root.flow.show("ResetPassword", {})
    }
    ResendButton {
        id: resend
        Layout.alignment: Qt.AlignHCenter
        visible: root.sent
        busy: root.sendOp !== null && root.sendOp.busy
        onClicked: root.submit()
    }
}
