import QtQml as Qml
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// Verifying the phone number: text a code, then type (or paste) the six digits.
ColumnLayout {
    id: root

    property Operation sendOp: null
    property Operation completeOp: null
    readonly property bool sent: sendOp !== null && sendOp.ok
    // A code was sent and is awaited: leaving the page must not forget it.
    readonly property bool inProgress: sent

    function complete(code: string) {
        if (!(completeOp && completeOp.busy))
            completeOp = Account.completePhoneVerification(Account.user.$id ?? "", code)
    }

    spacing: Theme.spacing

    Qml.Connections {
        target: root.completeOp
        function onFinished() {
            if (!root.completeOp.ok)
                codeInput.fail()
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        implicitHeight: 1
        color: Theme.border
    }
    SectionTitle {
        Layout.fillWidth: true
        text: qsTr("Verify your number")
    }
    Text {
        Layout.fillWidth: true
        text: root.sent ? qsTr("We texted a 6-digit code to %1. Enter it below.").arg(NoBreak.address(Account.user.phone ?? ""))
                        : qsTr("Verify your number so it can be used as a second step at sign-in.")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    CodeInput {
        id: codeInput
        objectName: "phoneVerificationCode"
        visible: root.sent
        enabled: !(root.completeOp && root.completeOp.busy)
        Accessible.name: qsTr("Code from the text message")
        onSubmitted: (code) => root.complete(code)
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.completeOp && !root.completeOp.busy ? root.completeOp.error
             : root.sendOp && !root.sendOp.busy ? root.sendOp.error : ({})
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        // Leading, unlike the card's footer: these act on the verification, not on the field.
        BusyButton {
            objectName: "phoneVerificationSend"
            text: root.sent ? qsTr("Text me again") : qsTr("Text me a code")
            busy: root.sendOp !== null && root.sendOp.busy
            onClicked: {
                codeInput.clear()
                root.sendOp = Account.sendPhoneVerification()
            }
        }
        BusyButton {
            visible: root.sent
            primary: true
            text: qsTr("Verify")
            busy: root.completeOp !== null && root.completeOp.busy
            enabled: !busy && codeInput.code.length === 6
            Accessible.name: qsTr("Verify phone number")
            onClicked: root.complete(codeInput.code)
        }
        Item { Layout.fillWidth: true }
    }
}
