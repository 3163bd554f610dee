// Reset password from the emailed link: opened through the app's URL scheme (CallbackRouter.pendingRecovery)
// or pasted (userId and secret are read from it); then choose a new password.
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui
import "callbacklink.js" as CallbackLink

AuthScreen {
    id: root

    property Operation resetOp
    readonly property var routed: CallbackRouter.pendingRecovery
    readonly property bool fromScheme: routed.userId !== undefined && routed.secret !== undefined
    readonly property var link: fromScheme ? ({ valid: true, userId: routed.userId, secret: routed.secret })
                                           : CallbackLink.parse(linkField.text)
    readonly property bool done: resetOp !== null && resetOp.done && resetOp.ok

    function submit() {
        if (button.enabled)
            resetOp = Account.completeRecovery(link.userId, link.secret, passwordField.text)
    }

    onDoneChanged: if (done) CallbackRouter.clearPendingRecovery()
    onBackRequested: CallbackRouter.clearPendingRecovery()

    objectName: "ResetPassword"
    title: done ? qsTr("Password changed") : qsTr("Choose a new password")
    description: done ? qsTr("You can now sign in with your new password.")
                      : fromScheme ? qsTr("Your reset link is here. Choose your new password.")
                      : qsTr("Paste the link from the email, then choose your new password.")
    backVisible: !done

    FormField {
        id: linkField
        objectName: "linkField"
        Layout.fillWidth: true
        visible: !root.done && !root.fromScheme
        label: qsTr("Link from the email")
        placeholderText: qsTr("Paste the whole link here")
        errorText: text.trim().length > 0 && !root.link.valid
                   ? qsTr("This does not look like the reset link. Copy the whole address from the email.")
                   : ""
        onAccepted: passwordField.forceActiveFocus()
        Component.onCompleted: if (!root.fromScheme) forceActiveFocus()
    }
    FormField {
        id: passwordField
        objectName: "passwordField"
        Component.onCompleted: if (root.fromScheme) forceActiveFocus()
        Layout.fillWidth: true
        visible: !root.done
        label: qsTr("New password")
        password: true
        helpText: qsTr("At least 8 characters.")
        errorText: root.resetOp && root.resetOp.error && root.resetOp.error.field === "password"
                   ? root.resetOp.error.text : ""
        onAccepted: root.submit()
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.resetOp && root.resetOp.error && root.resetOp.error.field !== "password"
               ? root.resetOp.error : ({})
    }
    BusyButton {
        id: button
        objectName: "resetButton"
        Layout.fillWidth: true
        visible: !root.done
        primary: true
        busy: root.resetOp !== null && root.resetOp.busy
        enabled: !busy && root.link.valid && passwordField.text.length > 0
        text: qsTr("Change password")
        onClicked: root.submit()
    }
    BusyButton {
        objectName: "backToSignInButton"
        Layout.fillWidth: true
        visible: root.done
        primary: true
        text: qsTr("Sign in")
        onClicked: root.flow.reset("SignIn")
    }
}
