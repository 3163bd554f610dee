// Magic link: send a sign-in link by email, wait (with a resend cooldown). Opening the link signs in through
// the app's URL scheme (CallbackRouter); pasting it here works too.
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui
import "callbacklink.js" as CallbackLink

AuthScreen {
    id: root

    property string email
    property Operation sendOp
    property Operation completeOp
    // Stays true while a resend runs, so the screen does not jump back to the email form.
    property bool sent: false
    readonly property bool sendSucceeded: sendOp !== null && sendOp.done && sendOp.ok
    readonly property var link: CallbackLink.parse(linkField.text)
    // The link opened from the email reaches the app through its URL scheme.
    readonly property Operation schemeOp: CallbackRouter.purpose === "magic-url" ? CallbackRouter.operation : null

    function send() {
        if (emailField.text.trim().length > 0 && !(sendOp && sendOp.busy))
            sendOp = Account.sendMagicLink(emailField.text.trim(), "")
    }
    function complete() {
        if (link.valid && !(completeOp && completeOp.busy))
            completeOp = Account.completeMagicLink(link.userId, link.secret)
    }

    onSendSucceededChanged: if (sendSucceeded) {
        sent = true
        resend.restart()
        linkField.forceActiveFocus()
    }

    objectName: "MagicLink"
    title: sent ? qsTr("Check your inbox") : qsTr("Sign in with a link")
    description: sent
        //: %1 is an email address.
        ? qsTr("We sent a sign-in link to %1. Open it on this computer and the app signs you in, or paste the link here.")
          .arg(NoBreak.address(emailField.text.trim()))
        : qsTr("We will email you a link that signs you in, no password needed.")
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
    BusyButton {
        objectName: "sendLinkButton"
        Layout.fillWidth: true
        visible: !root.sent
        primary: true
        busy: root.sendOp !== null && root.sendOp.busy
        enabled: !busy && emailField.text.trim().length > 0
        text: qsTr("Email me a link")
        onClicked: root.send()
    }
    RowLayout {
        Layout.fillWidth: true
        visible: root.sent
        spacing: Theme.spacing

        Spinner {}
        Text {
            Layout.fillWidth: true
            text: qsTr("Waiting for the link\u2026")
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }
    FormField {
        id: linkField
        objectName: "linkField"
        Layout.fillWidth: true
        visible: root.sent
        label: qsTr("Link from the email")
        placeholderText: qsTr("Paste the whole link here")
        errorText: text.trim().length > 0 && !root.link.valid
                   ? qsTr("This does not look like the sign-in link. Copy the whole address.") : ""
        onAccepted: root.complete()
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.completeOp && root.completeOp.error ? root.completeOp.error
               : root.schemeOp && root.schemeOp.done && !root.schemeOp.ok ? root.schemeOp.error
               : root.sendOp && root.sendOp.error && !root.sendOp.error.field ? root.sendOp.error : ({})
    }
    BusyButton {
        objectName: "completeLinkButton"
        Layout.fillWidth: true
        visible: root.sent
        primary: true
        busy: (root.completeOp !== null && root.completeOp.busy) || (root.schemeOp !== null && root.schemeOp.busy)
        enabled: !busy && root.link.valid
        text: qsTr("Sign in")
        onClicked: root.complete()
    }
    RowLayout {
        Layout.fillWidth: true
        visible: root.sent

        LinkButton {
            text: qsTr("Use another email")
            onClicked: {
                root.sent = false
                root.sendOp = null
            }
        }
        Item {
            Layout.fillWidth: true
        }
        ResendButton {
            id: resend
            busy: root.sendOp !== null && root.sendOp.busy
            onClicked: root.send()
        }
    }
}
