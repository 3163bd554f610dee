import QtQml as Qml
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// Some changes (recovery codes, removing the authenticator) need a second factor from the last
// 30 minutes. This asks for one; once it is accepted the account retries the change itself.
PageDialog {
    id: root

    property string factor: ""
    property Operation challengeOp: null
    property Operation completeOp: null
    readonly property var factors: {
        const f = Account.mfaFactors
        const list = []
        if (f.totp)
            list.push("totp")
        if (f.email)
            list.push("email")
        if (f.phone)
            list.push("phone")
        if (f.recoveryCode)
            list.push("recoverycode")
        return list
    }
    readonly property string challengeId: challengeOp && challengeOp.ok ? (challengeOp.result.$id ?? "") : ""

    objectName: "stepUpDialog"
    title: qsTr("Confirm it's you")
    preferredWidth: 60 * Theme.spacing

    function choose(key: string) {
        factor = key
        completeOp = null
        codeInput.clear()
        recoveryField.text = ""
        challengeOp = Account.createChallenge(key)
    }
    function submit(code: string) {
        if (challengeId.length > 0 && !(completeOp && completeOp.busy))
            completeOp = Account.completeChallenge(challengeId, code)
    }

    // Closing without a code (Cancel, Escape) gives the waiting change up; after an accepted
    // code the account is retrying it, which must not be cancelled.
    property bool verified: false
    onClosed: if (!verified && Account.stepUpRequired) Account.cancelStepUp()
    onOpened: {
        verified = false
        Account.refreshFactors()
        choose(factors.length > 0 ? factors[0] : "totp")
    }

    Qml.Connections {
        target: root.completeOp
        function onFinished() {
            if (root.completeOp.ok) {
                root.verified = true
                root.close()
            }
            else if (root.factor !== "recoverycode")
                codeInput.fail()
        }
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.bodySize
        text: root.factor === "totp" ? qsTr("This change needs a fresh check. Enter the code from your authenticator app.")
            : root.factor === "email" ? qsTr("This change needs a fresh check. We emailed you a 6-digit code.")
            : root.factor === "phone" ? qsTr("This change needs a fresh check. We texted you a 6-digit code.")
            : qsTr("This change needs a fresh check. Enter one of your recovery codes; it will be used up.")
    }
    CodeInput {
        id: codeInput
        objectName: "stepUpCode"
        Layout.alignment: Qt.AlignHCenter
        visible: root.factor !== "recoverycode"
        enabled: root.challengeId.length > 0 && !(root.completeOp && root.completeOp.busy)
        Accessible.name: qsTr("Verification code")
        onSubmitted: (code) => root.submit(code)
    }
    AppTextField {
        id: recoveryField
        objectName: "stepUpRecoveryCode"
        Layout.fillWidth: true
        visible: root.factor === "recoverycode"
        font.family: Theme.monoFamily
        placeholderText: qsTr("10-character recovery code")
        Accessible.name: qsTr("Recovery code")
        onAccepted: root.submit(text.trim().toLowerCase())
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.completeOp && root.completeOp.done && !root.completeOp.ok ? root.completeOp.error
             : root.challengeOp && root.challengeOp.done && !root.challengeOp.ok ? root.challengeOp.error : ({})
    }
    FactorSwitch {
        Layout.fillWidth: true
        factors: root.factors
        current: root.factor
        onChosen: key => root.choose(key)
    }

    buttons: [
        BusyButton {
            text: qsTr("Cancel")
            onClicked: root.close()
        },
        BusyButton {
            objectName: "stepUpVerify"
            primary: true
            text: qsTr("Verify")
            busy: (root.completeOp !== null && root.completeOp.busy) || (root.challengeOp !== null && root.challengeOp.busy)
            enabled: !busy && root.challengeId.length > 0
                     && (root.factor === "recoverycode" ? recoveryField.text.trim().length > 0 : codeInput.code.length === 6)
            Accessible.name: text
            onClicked: root.submit(root.factor === "recoverycode" ? recoveryField.text.trim().toLowerCase() : codeInput.code)
        }
    ]
}
