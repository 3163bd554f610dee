import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui

// Step two of adding an authenticator: the first code proves the app and this account agree.
ColumnLayout {
    id: root

    property string issuer
    property string account
    property bool busy
    property var error: ({})
    readonly property string code: codeInput.code

    signal submitted(string code)

    function rejectCode() {
        codeInput.fail()
    }
    function focusCode() {
        codeInput.forceActiveFocus()
    }

    spacing: 2 * Theme.spacing

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.bodySize
        text: qsTr("Open your authenticator app and type the 6-digit code it shows for %1 (%2).")
              .arg(root.issuer).arg(root.account)
    }
    CodeInput {
        id: codeInput
        objectName: "authenticatorCode"
        Layout.alignment: Qt.AlignHCenter
        enabled: !root.busy
        Accessible.name: qsTr("Code from the authenticator app")
        onSubmitted: (code) => root.submitted(code)
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.error
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        text: qsTr("Codes change every 30 seconds. If a code is refused, check that this computer's clock is right and wait for the next code.")
    }
}
