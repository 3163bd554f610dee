// SMS code: send a 6-digit code to a phone number, then enter it.
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

AuthScreen {
    id: root

    property Operation sendOp
    property Operation completeOp
    property bool sent: false
    property string userId
    readonly property bool sendSucceeded: sendOp !== null && sendOp.done && sendOp.ok
    readonly property bool completeFailed: completeOp !== null && completeOp.done && !completeOp.ok

    function send() {
        if (phoneField.text.trim().length > 0 && !(sendOp && sendOp.busy))
            sendOp = Account.sendSmsCode(phoneField.text.replace(/[\s()-]/g, ""))
    }

    onSendSucceededChanged: if (sendSucceeded) {
        userId = sendOp.result.userId || ""
        sent = true
        entry.restartCooldown()
        entry.focusCode()
    }
    onCompleteFailedChanged: if (completeFailed) entry.fail()

    objectName: "SmsCode"
    title: sent ? qsTr("Enter the code") : qsTr("Sign in with a text message")
    description: sent
        //: %1 is a phone number.
        ? qsTr("We texted a 6-digit code to %1.").arg(NoBreak.address(phoneField.text.trim()))
        : qsTr("We will text a one-time code to your phone.")
    backVisible: true

    FormField {
        id: phoneField
        objectName: "phoneField"
        Layout.fillWidth: true
        visible: !root.sent
        label: qsTr("Phone number")
        placeholderText: qsTr("+14155550123")
        helpText: qsTr("Include the country code, starting with +.")
        inputMethodHints: Qt.ImhDialableCharactersOnly
        errorText: root.sendOp && root.sendOp.error && root.sendOp.error.field === "phone"
                   ? root.sendOp.error.text : ""
        onAccepted: root.send()
        Component.onCompleted: forceActiveFocus()
    }
    ErrorBanner {
        Layout.fillWidth: true
        visible: !root.sent && shown
        error: root.sendOp && root.sendOp.error && !root.sendOp.error.field ? root.sendOp.error : ({})
    }
    BusyButton {
        objectName: "sendCodeButton"
        Layout.fillWidth: true
        visible: !root.sent
        primary: true
        busy: root.sendOp !== null && root.sendOp.busy
        enabled: !busy && phoneField.text.trim().length > 0
        text: qsTr("Text me a code")
        onClicked: root.send()
    }
    CodeEntry {
        id: entry
        Layout.fillWidth: true
        visible: root.sent
        busy: root.completeOp !== null && root.completeOp.busy
        error: root.completeOp && root.completeOp.error ? root.completeOp.error
               : root.sendOp && root.sendOp.error ? root.sendOp.error : ({})
        resendBusy: root.sendOp !== null && root.sendOp.busy
        onSubmitted: code => root.completeOp = Account.completeSmsCode(root.userId, code)
        onResendRequested: root.send()
    }
}
