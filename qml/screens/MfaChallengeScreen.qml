// MFA challenge after the first factor: pick a factor (authenticator, email, SMS, recovery code),
// enter its code. Back ends the half-signed-in session.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

AuthScreen {
    id: root

    property string factor
    property Operation challengeOp
    property Operation completeOp
    property Operation abandonOp
    readonly property var factors: Account.mfaFactors || ({})
    readonly property var available: {
        const list = []
        if (factors.totp)
            list.push("totp")
        if (factors.email)
            list.push("email")
        if (factors.phone)
            list.push("phone")
        if (factors.recoveryCode)
            list.push("recoverycode")
        return list
    }
    readonly property string challengeId: challengeOp && challengeOp.ok && challengeOp.result
                                          ? challengeOp.result["$id"] || "" : ""
    readonly property bool completeFailed: completeOp !== null && completeOp.done && !completeOp.ok
    readonly property bool sendsMessage: factor === "email" || factor === "phone"

    function choose(id: string) {
        factor = id
        completeOp = null
        challengeOp = Account.createChallenge(id)
        if (id === "recoverycode")
            recoveryField.forceActiveFocus()
        else
            entry.focusCode()
    }
    function submit(code: string) {
        if (challengeId.length > 0 && code.length > 0 && !(completeOp && completeOp.busy))
            completeOp = Account.completeChallenge(challengeId, code.trim())
    }

    onAvailableChanged: if (factor.length === 0 && available.length > 0) choose(available[0])
    onCompleteFailedChanged: if (completeFailed && factor !== "recoverycode") entry.fail()
    Component.onCompleted: {
        Account.refreshFactors()
        if (available.length > 0)
            choose(available[0])
    }
    onBackRequested: {
        abandonOp = Account.abandonSecondFactor()
        flow.reset("SignIn")
    }

    objectName: "MfaChallenge"
    title: qsTr("Confirm it's you")
    description: {
        switch (factor) {
        case "totp": return qsTr("Enter the 6-digit code your authenticator app shows for this account.")
        case "email": return qsTr("We emailed you a 6-digit code. Enter it here.")
        case "phone": return qsTr("We texted you a 6-digit code. Enter it here.")
        case "recoverycode": return qsTr("Enter one of the recovery codes you saved when you turned on two-step verification. Each code works once.")
        default: return qsTr("Your account asks for a second step. Checking which ones you have\u2026")
        }
    }
    backVisible: true

    RowLayout {
        Layout.fillWidth: true
        visible: root.challengeOp !== null && root.challengeOp.busy
        spacing: Theme.spacing

        Spinner {}
        Text {
            Layout.fillWidth: true
            text: root.sendsMessage ? qsTr("Sending the code\u2026") : qsTr("Preparing\u2026")
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
        }
    }
    CodeEntry {
        id: entry
        Layout.fillWidth: true
        visible: root.factor.length > 0 && root.factor !== "recoverycode"
        busy: root.completeOp !== null && root.completeOp.busy
        error: root.completeOp && root.completeOp.error ? root.completeOp.error
               : root.challengeOp && root.challengeOp.error ? root.challengeOp.error : ({})
        resendBusy: root.challengeOp !== null && root.challengeOp.busy
        canResend: root.sendsMessage
        onSubmitted: code => root.submit(code)
        onResendRequested: root.choose(root.factor)
        Component.onCompleted: restartCooldown()
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: root.factor === "recoverycode"
        spacing: Theme.spacingLarge

        FormField {
            id: recoveryField
            objectName: "recoveryCodeField"
            Layout.fillWidth: true
            label: qsTr("Recovery code")
            placeholderText: qsTr("e.g. 3f9a2c71b0")
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            onAccepted: root.submit(text)
        }
        ErrorBanner {
            Layout.fillWidth: true
            error: root.completeOp && root.completeOp.error ? root.completeOp.error
                   : root.challengeOp && root.challengeOp.error ? root.challengeOp.error : ({})
        }
        BusyButton {
            objectName: "verifyRecoveryButton"
            Layout.fillWidth: true
            primary: true
            busy: root.completeOp !== null && root.completeOp.busy
            enabled: !busy && recoveryField.text.trim().length > 0 && root.challengeId.length > 0
            text: qsTr("Verify")
            onClicked: root.submit(recoveryField.text)
        }
    }
    Text {
        Layout.fillWidth: true
        visible: root.factor === "totp"
        text: qsTr("Lost your phone? Use a recovery code, or ask the app's support to reset your second step.")
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
    FactorSwitch {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        factors: root.available
        current: root.factor
        onChosen: key => root.choose(key)
    }
}
