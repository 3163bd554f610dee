import QtQml as Qml
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// Two-step verification: the authenticator app, recovery codes, and the checks that keep the
// person from locking themselves out.
PageFrame {
    id: root

    objectName: "securityPage"
    title: qsTr("Security")
    description: qsTr("Protect your account with a second step at sign-in.")

    Component.onCompleted: Account.refreshFactors()

    MfaCard {
        id: mfaCard
        Layout.fillWidth: true
        onAddAuthenticator: authenticatorDialog.start()
        onRemoveAuthenticator: removeDialog.open()
        onTurnOffRequested: turnOffDialog.open()
        onRecoveryCodes: (mode) => mode === "regenerate" ? regenerateConfirm.open() : recoveryDialog.start(mode)
    }

    AuthenticatorDialog {
        id: authenticatorDialog
        onRecoveryCodesRequested: recoveryDialog.start("create")
    }
    RecoveryCodesDialog {
        id: recoveryDialog
        onRegenerateRequested: regenerateConfirm.open()
    }
    ConfirmDialog {
        id: regenerateConfirm
        objectName: "regenerateConfirmDialog"
        title: qsTr("Make new recovery codes?")
        text: qsTr("Your current recovery codes stop working as soon as the new ones are made. You may be asked to confirm it's you first.")
        confirmText: qsTr("Make new codes")
        destructive: true
        onConfirmed: recoveryDialog.start("regenerate")
    }
    RemoveAuthenticatorDialog {
        id: removeDialog
    }
    StepUpDialog {
        id: stepUpDialog
    }
    Qml.Connections {
        target: Account
        function onStepUpRequiredChanged() {
            if (Account.stepUpRequired && root.visible)
                stepUpDialog.open()
        }
    }
    ConfirmDialog {
        id: turnOffDialog
        objectName: "mfaTurnOffDialog"
        title: qsTr("Turn off two-step verification?")
        text: qsTr("Signing in will only need your password. Your authenticator and recovery codes stay set up, so you can turn it back on at any time.")
        confirmText: qsTr("Turn off")
        destructive: true
        onConfirmed: mfaCard.mfaOp = Account.setMfa(false)
    }
}
