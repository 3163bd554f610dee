import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// Two-step verification in one card: the switch, every second step the account has, and the
// recovery codes. Turning it on with nothing to use as a second step is explained, not allowed.
Card {
    id: root

    property Operation mfaOp: null
    readonly property bool mfaOn: Account.user.mfa ?? false
    readonly property var factors: Account.mfaFactors
    readonly property bool hasSecondStep: !!(factors.totp || factors.email || factors.phone)

    signal addAuthenticator()
    signal removeAuthenticator()
    signal turnOffRequested()
    signal recoveryCodes(string mode)

    title: qsTr("Two-step verification")
    description: qsTr("After your password, sign-in also asks for a code from something only you have. Someone who learns your password still cannot get in.")

    RowLayout {
        Layout.fillWidth: true
        spacing: 2 * Theme.spacing
        Label {
            Layout.fillWidth: true
            text: root.mfaOn ? qsTr("On: sign-in asks for a second step.") : qsTr("Off: your password alone signs you in.")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        StatusBadge {
            objectName: "mfaStatusBadge"
            text: root.mfaOn ? qsTr("On") : qsTr("Off")
            tone: root.mfaOn ? "success" : "neutral"
        }
        AppSwitch {
            id: mfaSwitch
            objectName: "mfaSwitch"
            checked: root.mfaOn
            enabled: !(root.mfaOp && root.mfaOp.busy) && (root.mfaOn || root.hasSecondStep)
            Accessible.name: qsTr("Two-step verification")
            Accessible.description: root.mfaOn ? qsTr("On") : qsTr("Off")
            onToggled: {
                checked = Qt.binding(() => root.mfaOn)
                if (root.mfaOn)
                    root.turnOffRequested()
                else
                    root.mfaOp = Account.setMfa(true)
            }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: !root.mfaOn && !root.hasSecondStep
        text: qsTr("To turn it on, first add an authenticator app below, or verify your email or phone on the Profile page.")
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.mfaOp && root.mfaOp.done && !root.mfaOp.ok ? root.mfaOp.error : ({})
    }

    SectionTitle { text: qsTr("Second steps") }
    FactorRow {
        Layout.fillWidth: true
        objectName: "factorTotp"
        title: qsTr("Authenticator app")
        iconName: "key"
        description: qsTr("A 6-digit code that changes every 30 seconds, from an app on your phone or computer.")
        status: root.factors.totp ? qsTr("Active") : qsTr("Not set up")
        statusTone: root.factors.totp ? "success" : "neutral"
        BusyButton {
            objectName: "addAuthenticatorButton"
            visible: !root.factors.totp
            primary: true
            text: qsTr("Add")
            Accessible.name: qsTr("Add an authenticator app")
            onClicked: root.addAuthenticator()
        }
        BusyButton {
            objectName: "removeAuthenticatorButton"
            visible: root.factors.totp === true
            text: qsTr("Remove…")
            Accessible.name: qsTr("Remove the authenticator app")
            onClicked: root.removeAuthenticator()
        }
    }
    FactorRow {
        Layout.fillWidth: true
        title: qsTr("Code by email")
        iconName: "mail"
        description: root.factors.email ? qsTr("Sent to %1.").arg(Account.user.email ?? "")
                                        : qsTr("Available once your email address is verified (Profile page).")
        status: root.factors.email ? qsTr("Available") : qsTr("Needs a verified email")
        statusTone: root.factors.email ? "success" : "neutral"
    }
    FactorRow {
        Layout.fillWidth: true
        title: qsTr("Code by text message")
        iconName: "message"
        description: root.factors.phone ? qsTr("Sent to %1.").arg(Account.user.phone ?? "")
                                        : qsTr("Available once your phone number is verified (Profile page).")
        status: root.factors.phone ? qsTr("Available") : qsTr("Needs a verified phone")
        statusTone: root.factors.phone ? "success" : "neutral"
    }

    SectionTitle { text: qsTr("If you lose your device") }
    FactorRow {
        Layout.fillWidth: true
        objectName: "factorRecoveryCodes"
        title: qsTr("Recovery codes")
        iconName: "lock"
        description: root.factors.recoveryCode ? qsTr("Single-use codes that get you in without your second step.")
                                               : qsTr("Create them now, before you need them.")
        status: root.factors.recoveryCode ? qsTr("Created") : qsTr("None yet")
        statusTone: root.factors.recoveryCode ? "success" : (root.mfaOn ? "warning" : "neutral")
        BusyButton {
            objectName: "createRecoveryCodesButton"
            visible: !root.factors.recoveryCode
            text: qsTr("Create")
            primary: root.mfaOn
            Accessible.name: qsTr("Create recovery codes")
            onClicked: root.recoveryCodes("create")
        }
        BusyButton {
            objectName: "showRecoveryCodesButton"
            visible: root.factors.recoveryCode === true
            text: qsTr("Show")
            Accessible.name: qsTr("Show recovery codes")
            onClicked: root.recoveryCodes("show")
        }
        BusyButton {
            objectName: "regenerateRecoveryCodesButton"
            visible: root.factors.recoveryCode === true
            text: qsTr("Regenerate")
            Accessible.name: qsTr("Make new recovery codes; the old ones stop working")
            onClicked: root.recoveryCodes("regenerate")
        }
    }
}
