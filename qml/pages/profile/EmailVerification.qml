import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core
import "links.js" as Links

// Verifying the email address: send a link, then finish by opening it or pasting it here
// (a desktop app cannot always receive the link from the browser).
ColumnLayout {
    id: root

    property Operation sendOp: null
    property Operation completeOp: null
    readonly property bool sent: sendOp !== null && sendOp.ok
    readonly property bool inProgress: sent || linkField.text.length > 0
    readonly property var parsed: parseLink(linkField.text)

    function parseLink(text: string): var {
        return Links.parse(text)
    }

    spacing: Theme.spacing

    Rectangle {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        implicitHeight: 1
        color: Theme.border
    }
    SectionTitle {
        Layout.fillWidth: true
        text: qsTr("Verify your address")
    }
    Text {
        Layout.fillWidth: true
        text: root.sent
              ? qsTr("We sent a link to %1. Open it, or paste it below to finish.").arg(NoBreak.address(Account.user.email ?? ""))
              : qsTr("Verify your address so you can use it to recover your account and as a second step at sign-in.")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    FormField {
        id: linkField
        objectName: "emailVerificationLink"
        Layout.fillWidth: true
        visible: root.sent
        label: qsTr("Link from the email")
        placeholderText: qsTr("https://…?userId=…&secret=…")
        errorText: text.length > 0 && !root.parsed.valid
                   ? qsTr("That does not look like the verification link. It should contain userId= and secret=.") : ""
        onAccepted: if (verifyButton.enabled) verifyButton.clicked()
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
            objectName: "emailVerificationSend"
            text: root.sent ? qsTr("Send again") : qsTr("Send verification email")
            busy: root.sendOp !== null && root.sendOp.busy
            onClicked: root.sendOp = Account.sendEmailVerification("")
        }
        BusyButton {
            id: verifyButton
            objectName: "emailVerificationComplete"
            visible: root.sent
            primary: true
            text: qsTr("Verify")
            busy: root.completeOp !== null && root.completeOp.busy
            enabled: !busy && root.parsed.valid
            Accessible.name: qsTr("Verify email address")
            onClicked: root.completeOp = Account.completeEmailVerification(root.parsed.userId, root.parsed.secret)
        }
        Item { Layout.fillWidth: true }
    }
}
