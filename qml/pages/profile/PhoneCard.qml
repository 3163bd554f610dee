import QtQml as Qml
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// Adds or changes the phone number (password asked once it differs) and verifies it by SMS code.
Card {
    id: root

    property Operation op: null
    readonly property string savedPhone: Account.user.phone ?? ""
    readonly property string typed: phoneField.text.replace(/[\s().-]/g, "")
    readonly property bool changed: typed !== savedPhone
    // Typed but not saved, or a verification under way: the page stays loaded meanwhile.
    readonly property bool holdsInput: changed || passwordField.text.length > 0 || verification.inProgress
    readonly property bool wellFormed: /^\+[1-9][0-9]{5,14}$/.test(typed)

    title: qsTr("Phone")
    description: qsTr("Used for sign-in codes by text message and as a second step at sign-in.")

    headerActions: StatusBadge {
        objectName: "phoneVerificationBadge"
        visible: root.savedPhone.length > 0
        tone: Account.user.phoneVerification ? "success" : "warning"
        text: Account.user.phoneVerification ? qsTr("Verified") : qsTr("Not verified")
    }

    FormField {
        id: phoneField
        objectName: "profilePhoneField"
        Layout.fillWidth: true
        label: qsTr("Phone number")
        text: root.savedPhone
        inputMethodHints: Qt.ImhDialableCharactersOnly
        placeholderText: qsTr("+14155550123")
        errorText: root.changed && root.typed.length > 0 && !root.wellFormed
                   ? qsTr("Use the international format: a plus sign, the country code, then the number.") : ""
        onAccepted: passwordField.forceActiveFocus()
    }
    FormField {
        id: passwordField
        objectName: "profilePhonePassword"
        Layout.fillWidth: true
        visible: root.changed
        password: true
        label: qsTr("Current password")
        onAccepted: if (updateButton.enabled) updateButton.clicked()
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.op && !root.op.busy ? root.op.error : ({})
    }
    // Made the first time it is needed (most accounts have no phone), then kept while the card
    // lives: a code already sent stays awaited.
    Loader {
        id: verification

        readonly property bool inProgress: item !== null && (item as PhoneVerification).inProgress

        Layout.fillWidth: true
        visible: root.savedPhone.length > 0 && !Account.user.phoneVerification && !root.changed
        active: false
        onVisibleChanged: if (visible) active = true
        Component.onCompleted: if (visible) active = true
        sourceComponent: PhoneVerification {}
    }

    footer: BusyButton {
        id: updateButton
        objectName: "profilePhoneUpdate"
        text: root.savedPhone.length > 0 ? qsTr("Update") : qsTr("Add phone")
        primary: true
        busy: root.op !== null && root.op.busy
        enabled: !busy && root.changed && root.wellFormed && passwordField.text.length > 0
        Accessible.name: qsTr("Update phone number")
        onClicked: root.op = Account.updatePhone(root.typed, passwordField.text)
    }

    Qml.Connections {
        target: root.op
        function onFinished() {
            if (root.op.ok)
                passwordField.text = ""
        }
    }
}
