import QtQuick
import AppwriteAccount.Ui
import AppwriteAccount.Core

// Blocking the account is the only self-service way to shut it: it cannot be undone from here.
Card {
    id: root

    property Operation op: null

    objectName: "dangerZoneCard"
    title: qsTr("Danger zone")
    description: qsTr("Block your account if you no longer want it to be used. Every sign-in stops working, including this one. Only an administrator of this project can unblock it; you cannot undo it yourself.")
    border.color: Theme.danger

    ConfirmDialog {
        id: confirm
        objectName: "blockConfirm"
        title: qsTr("Block your account?")
        //: %1 is the account's email or name.
        text: qsTr("%1 will be blocked and signed out everywhere, this device included. To use it again you will have to ask an administrator of this project to unblock it.").arg(Account.user.email || Account.user.name || qsTr("This account"))
        //: The word the person types to confirm blocking; keep it short and lower-case.
        typedConfirmation: qsTr("block")
        confirmText: qsTr("Block account")
        destructive: true
        closeOnConfirm: false
        busy: root.op !== null && root.op.busy
        error: root.op && root.op.done && !root.op.ok ? root.op.error : ({})
        onConfirmed: root.op = Account.blockAccount()
    }

    footer: BusyButton {
        objectName: "blockAccount"
        primary: true
        destructive: true
        text: qsTr("Block account…")
        onClicked: {
            root.op = null
            confirm.open()
        }
    }
}
