// Email code: send a 6-digit code by email, then enter it (CodeInput submits on the last digit).
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

AuthScreen {
    id: root

    property string email
    property Operation sendOp
    property Operation completeOp
    property bool sent: false
    property string userId
    property string phrase
    readonly property bool sendSucceeded: sendOp !== null && sendOp.done && sendOp.ok
    readonly property bool completeFailed: completeOp !== null && completeOp.done && !completeOp.ok

    function send() {
        if (emailField.text.trim().length > 0 && !(sendOp && sendOp.busy))
            sendOp = Account.sendEmailCode(emailField.text.trim(), true)
    }

    onSendSucceededChanged: if (sendSucceeded) {
        userId = sendOp.result.userId || ""
        phrase = sendOp.result.phrase || ""
        sent = true
        entry.restartCooldown()
        entry.focusCode()
    }
    onCompleteFailedChanged: if (completeFailed) entry.fail()

    objectName: "EmailCode"
    title: sent ? qsTr("Enter the code") : qsTr("Sign in with an email code")
    description: sent
        //: %1 is an email address.
        ? qsTr("We sent a 6-digit code to %1. It works for 15 minutes.").arg(NoBreak.address(emailField.text.trim()))
        : qsTr("We will email you a one-time code, no password needed.")
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
        enabled: !busy && emailField.text.trim().length > 0
        text: qsTr("Email me a code")
        onClicked: root.send()
    }
    Rectangle {
        Layout.fillWidth: true
        visible: root.sent && root.phrase.length > 0
        implicitHeight: phraseColumn.implicitHeight + 2 * Theme.spacing + 4
        radius: Theme.radiusSmall + 2
        color: Theme.infoSurface

        ColumnLayout {
            id: phraseColumn
            anchors.fill: parent
            anchors.margins: Theme.spacing + 2
            spacing: Theme.spacingSmall

            Text {
                Layout.fillWidth: true
                text: qsTr("The email shows this security phrase. Only use the code if they match:")
                color: Theme.text
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "securityPhrase"
                Layout.fillWidth: true
                text: root.phrase
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
        }
    }
    CodeEntry {
        id: entry
        Layout.fillWidth: true
        visible: root.sent
        busy: root.completeOp !== null && root.completeOp.busy
        error: root.completeOp && root.completeOp.error ? root.completeOp.error
               : root.sendOp && root.sendOp.error ? root.sendOp.error : ({})
        resendBusy: root.sendOp !== null && root.sendOp.busy
        onSubmitted: code => root.completeOp = Account.completeEmailCode(root.userId, code)
        onResendRequested: root.send()
    }
}
