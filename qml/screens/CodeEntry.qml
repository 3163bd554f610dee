// CodeEntry: the second half of a code sign-in: the segmented code, its error, Verify and Send again.
// Properties: busy, error (ErrorInfo map), resendBusy; signals submitted(code), resendRequested();
// functions restartCooldown(), fail(), focusCode().
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

ColumnLayout {
    id: root

    property bool busy: false
    property var error: ({})
    property bool resendBusy: false
    property bool canResend: true
    property string resendText: qsTr("Send a new code")

    signal submitted(string code)
    signal resendRequested()

    function restartCooldown() {
        resend.restart()
    }
    function fail() {
        code.fail()
    }
    function focusCode() {
        code.forceActiveFocus()
    }

    spacing: Theme.spacingLarge

    CodeInput {
        id: code
        objectName: "codeInput"
        Layout.alignment: Qt.AlignHCenter
        enabled: !root.busy
        onSubmitted: entered => root.submitted(entered)
    }
    ErrorBanner {
        objectName: "codeError"
        Layout.fillWidth: true
        error: root.error
    }
    BusyButton {
        objectName: "verifyButton"
        Layout.fillWidth: true
        primary: true
        busy: root.busy
        enabled: !busy && code.complete
        text: qsTr("Verify")
        onClicked: root.submitted(code.code)
    }
    ResendButton {
        id: resend
        Layout.alignment: Qt.AlignHCenter
        text: root.resendText
        visible: root.canResend
        busy: root.resendBusy
        onClicked: root.resendRequested()
    }
}
