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
        onAddAuthenticator: authenticatorDialog.get().start()
        onRemoveAuthenticator: removeDialog.get().open()
        onTurnOffRequested: turnOffDialog.get().open()
        onRecoveryCodes: (mode) => mode === "regenerate" ? regenerateConfirm.get().open() : recoveryDialog.get().start(mode)
    }

    // Each dialog is made when first opened: most visits open none. What they do is wired by the
    // Connections below, since Qt 6.4 cannot load a component that reads this file's ids.
    LazyDialog {
        id: authenticatorDialog
        sourceComponent: AuthenticatorDialog {}
    }
    LazyDialog {
        id: recoveryDialog
        sourceComponent: RecoveryCodesDialog {}
    }
    LazyDialog {
        id: regenerateConfirm
        sourceComponent: ConfirmDialog {
            objectName: "regenerateConfirmDialog"
            title: qsTr("Make new recovery codes?")
            text: qsTr("Your current recovery codes stop working as soon as the new ones are made. You may be asked to confirm it's you first.")
            confirmText: qsTr("Make new codes")
            destructive: true
        }
    }
    LazyDialog {
        id: removeDialog
        sourceComponent: RemoveAuthenticatorDialog {}
    }
    LazyDialog {
        id: stepUpDialog
        sourceComponent: StepUpDialog {}
    }
    LazyDialog {
        id: turnOffDialog
        sourceComponent: ConfirmDialog {
            objectName: "mfaTurnOffDialog"
            title: qsTr("Turn off two-step verification?")
            text: qsTr("Signing in will only need your password. Your authenticator and recovery codes stay set up, so you can turn it back on at any time.")
            confirmText: qsTr("Turn off")
            destructive: true
        }
    }

    Qml.Connections {
        target: authenticatorDialog.item as AuthenticatorDialog
        function onRecoveryCodesRequested() { recoveryDialog.get().start("create") }
    }
    Qml.Connections {
        target: recoveryDialog.item as RecoveryCodesDialog
        function onRegenerateRequested() { regenerateConfirm.get().open() }
    }
    Qml.Connections {
        target: regenerateConfirm.item as ConfirmDialog
        function onConfirmed() { recoveryDialog.get().start("regenerate") }
    }
    Qml.Connections {
        target: turnOffDialog.item as ConfirmDialog
        function onConfirmed() { mfaCard.mfaOp = Account.setMfa(false) }
    }
    Qml.Connections {
        target: Account
        function onStepUpRequiredChanged() {
            if (Account.stepUpRequired && root.visible)
                stepUpDialog.get().open()
        }
    }
}
