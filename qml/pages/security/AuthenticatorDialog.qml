import QtQml as Qml
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core
import "otpauth.js" as OtpAuth

// Adding an authenticator app: scan (or type) the key, prove it works with a code, then turn
// two-step verification on and offer recovery codes, all in one place.
PageDialog {
    id: root

    property Operation addOp: null
    property Operation verifyOp: null
    property Operation mfaOp: null
    property int step: 0
    readonly property var setup: addOp && addOp.ok ? OtpAuth.parse(addOp.result.uri) : ({ issuer: "", account: "", secret: "" })

    signal recoveryCodesRequested()

    objectName: "authenticatorDialog"
    preferredWidth: 72 * Theme.spacing
    title: [qsTr("Add an authenticator app"), qsTr("Enter the code from your app"), qsTr("Authenticator added")][step]

    function start() {
        step = 0
        verifyOp = null
        mfaOp = null
        turnOn.checked = true
        addOp = Account.addAuthenticator()
        open()
    }

    function verify(code: string) {
        if (!(verifyOp && verifyOp.busy))
            verifyOp = Account.verifyAuthenticator(code)
    }

    Qml.Connections {
        target: root.verifyOp
        function onFinished() {
            if (!root.verifyOp.ok) {
                verifyStep.rejectCode()
                return
            }
            Account.refreshFactors()
            if (turnOn.checked && !(Account.user.mfa ?? false))
                root.mfaOp = Account.setMfa(true)
            root.step = 2
        }
    }

    // One page per step, the dialog as tall as the step shown. Steps hidden inside one column
    // made the layout loop and left stale positions.
    StackLayout {
        id: steps
        Layout.fillWidth: true
        Layout.preferredHeight: steps.children[steps.currentIndex]?.implicitHeight ?? 0
        currentIndex: root.step

        AuthenticatorScanStep {
            Layout.fillWidth: true
            wide: root.availableWidth >= 60 * Theme.spacing
            busy: root.addOp !== null && root.addOp.busy
            error: root.addOp && root.addOp.done && !root.addOp.ok ? root.addOp.error : ({})
            issuer: root.setup.issuer
            account: root.setup.account
            secret: root.setup.secret
            uri: root.addOp && root.addOp.ok ? root.addOp.result.uri : ""
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge

            AuthenticatorVerifyStep {
                id: verifyStep
                Layout.fillWidth: true
                issuer: root.setup.issuer
                account: root.setup.account
                busy: root.verifyOp !== null && root.verifyOp.busy
                error: root.verifyOp && root.verifyOp.done && !root.verifyOp.ok ? root.verifyOp.error : ({})
                onSubmitted: (code) => root.verify(code)
            }
            AppCheckBox {
                id: turnOn
                Layout.fillWidth: true
                objectName: "authenticatorTurnOnMfa"
                visible: !(Account.user.mfa ?? false)
                checked: true
                text: qsTr("Turn on two-step verification once the code is accepted")
                font.pixelSize: Theme.bodySize
                Accessible.name: text
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingLarge

                Rectangle {
                    Layout.alignment: Qt.AlignTop
                    implicitWidth: 40
                    implicitHeight: 40
                    radius: 20
                    color: Theme.successSurface

                    Icon {
                        anchors.centerIn: parent
                        name: "check"
                        size: 20
                        color: Theme.success
                    }
                }
                Text {
                    objectName: "authenticatorDoneText"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignVCenter
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    text: (Account.user.mfa ?? false)
                          ? qsTr("Your authenticator app is active. From now on, signing in asks for a code from it.")
                          : qsTr("Your authenticator app is verified. Turn on two-step verification on the Security page to require it at sign-in.")
                }
            }
            ErrorBanner {
                Layout.fillWidth: true
                error: root.mfaOp && root.mfaOp.done && !root.mfaOp.ok ? root.mfaOp.error : ({})
            }
            Text {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                text: Account.mfaFactors.recoveryCode
                      ? qsTr("You already have recovery codes. Keep them somewhere safe: they get you in if you lose this device.")
                      : qsTr("Next, create recovery codes. If you lose this device, a recovery code is the only way back in.")
            }
        }
    }

    buttons: [
        BusyButton {
            objectName: "authenticatorCancel"
            text: root.step === 2 ? qsTr("Close") : qsTr("Cancel")
            onClicked: root.close()
        },
        BusyButton {
            objectName: "authenticatorBack"
            text: qsTr("Back")
            visible: root.step === 1
            Accessible.name: qsTr("Back to the QR code")
            onClicked: root.step = 0
        },
        BusyButton {
            objectName: "authenticatorNext"
            primary: true
            visible: root.step !== 2 || !Account.mfaFactors.recoveryCode
            text: [qsTr("Next"), qsTr("Verify"), qsTr("Create recovery codes")][root.step]
            busy: root.step === 1 && root.verifyOp !== null && root.verifyOp.busy
            enabled: !busy && (root.step !== 0 || (root.addOp !== null && root.addOp.ok))
                     && (root.step !== 1 || verifyStep.code.length === 6)
            onClicked: {
                if (root.step === 0) {
                    root.step = 1
                    verifyStep.focusCode()
                } else if (root.step === 1) {
                    root.verify(verifyStep.code)
                } else {
                    root.close()
                    root.recoveryCodesRequested()
                }
            }
        }
    ]
}
